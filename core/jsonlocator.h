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

    // Where a byte offset (such as QJsonParseError::offset) falls.
    Position position(qsizetype byteOffset) const;

    // Where the root object's member key is written; {} when it has none.
    Position rootMember(const QString &key) const;
    // Where element index of the array held by the root member arrayName is written; with a
    // key, where that element's member is written (the element itself when it has no such
    // member); {} when there is no such element.
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
    QHash<QString, qsizetype> m_rootMembers;
    QHash<QString, QList<Element>> m_arrays;
};
