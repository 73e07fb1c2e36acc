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
    // Parses data; an empty or malformed file (with line and column) or a root that is not
    // an object is reported, and the file is then not valid. A member name written twice in
    // one object is reported at each repeat (the file stays valid: the last one is read).
    JsonFile(const QString &path, const QByteArray &data, ProblemList *problems);
    // A file that could not be read: its error is reported and it is not valid.
    static JsonFile unreadable(const QString &path, const QString &error, ProblemList *problems);

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
