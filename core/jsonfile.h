#pragma once

#include "jsonlocator.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// One JSON input file as a loader reads it: its root object, and the problems found in it,
// each located at the line (and column) a person has to look at. Positions are worked out
// only when there is a problem to place.
class JsonFile
{
public:
    // Parses data; an unreadable or malformed file (with line and column) or a root that is
    // not an object is reported, and the file is then not valid.
    JsonFile(const QString &path, const QByteArray &data, ProblemList *problems);
    // Reads path first; a file that cannot be read is reported.
    static JsonFile read(const QString &path, ProblemList *problems);

    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }
    const QByteArray &data() const { return m_data; }
    const QJsonObject &root() const { return m_root; }

    // About the file as a whole (no line).
    void report(const QString &message);
    // At the root object's member key (line 1 when it has none).
    void reportAtMember(const QString &key, const QString &message);
    // At the "id" of element index of the array the root holds under arrayName.
    void reportAtElement(const QString &arrayName, qsizetype index, const QString &message);

    // Built on first use.
    const JsonLocator &locator();

private:
    JsonFile(const QString &path, ProblemList *problems) : m_path(path), m_problems(problems) {}
    void add(JsonLocator::Position position, const QString &message);

    QString m_path;
    QByteArray m_data;
    QJsonObject m_root;
    ProblemList *m_problems;
    std::optional<JsonLocator> m_locator;
    bool m_valid = false;
};
