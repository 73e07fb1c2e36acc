#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

// Finds where things are written in a JSON text, for problems that name a line: QJsonDocument
// keeps no positions. Lines and columns are 1-based; columns count characters (code points).
// Built only when there is something to report, so large files pay nothing when they are fine.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0; // 0: not found
        int column = 0;
    };

    explicit JsonLocator(const QByteArray &json);

    // Where a byte offset (such as QJsonParseError::offset) falls. Takes time bounded by a
    // block of the text, not by the length of its line: one-line files have many problems.
    Position position(qsizetype byteOffset) const;

    // Member names written twice in one object, anywhere in json: the byte offset of each
    // repeat and of the first use. QJsonDocument keeps the last one silently.
    struct Repeat
    {
        QString key;
        qsizetype offset = 0;
        qsizetype firstOffset = 0;
    };
    static QList<Repeat> repeatedKeys(const QByteArray &json);

    // Where the root object's member key is written; {} when it has none.
    Position rootMember(const QString &key) const;
    // Where element index of the array held by the root member arrayName is written; with a
    // key, where that element's member is written (the element itself when it has no such
    // member); {} when there is no such element. The elements of a root array are those of the
    // empty arrayName.
    Position element(const QString &arrayName, qsizetype index, const QString &key = {}) const;

private:
    struct Element
    {
        qsizetype offset = 0;
        QList<std::pair<QString, qsizetype>> members; // key, offset of its opening quote
    };

    void index();

    QByteArray m_json;
    QList<qsizetype> m_lineStarts;
    // Code points before the start of each block of kBlock bytes.
    static constexpr qsizetype kBlock = 1024;
    QList<qsizetype> m_blockCodePoints;
    qsizetype codePointsBefore(qsizetype offset) const;
    QHash<QString, qsizetype> m_rootMembers;
    QHash<QString, QList<Element>> m_arrays;
};
