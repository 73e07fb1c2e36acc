#pragma once

#include "jsonlocator.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <QLatin1String>

#include <memory>
#include <optional>

namespace simdjson::dom {
class element;
class object;
}

// One JSON input file as a loader reads it: its root object, and the problems found in it,
// each located at the line (and column) a person has to look at. Positions are worked out
// only when there is a problem to place.
// The file is parsed with simdjson, whose DOM (dom()) large catalogues are read from; the
// QJsonObject (root()) that other formats are read from is made when first asked for. Where
// simdjson is stricter than QJsonDocument (an integer beyond 64 bits), QJsonDocument decides,
// and the DOM is made from its writing of the file.
class JsonFile
{
public:
    // Parses data; an empty or malformed file (with line and column) or a root that is not
    // an object is reported, and the file is then not valid. A member name written twice in
    // one object is reported at each repeat (the file stays valid: the last one is read).
    JsonFile(const QString &path, const QByteArray &data, ProblemList *problems);
    JsonFile(JsonFile &&other) noexcept;
    ~JsonFile();
    // A file that could not be read: its error is reported and it is not valid.
    static JsonFile unreadable(const QString &path, const QString &error, ProblemList *problems);
    // data, with the DOM made of skeleton alone: data's root without the bulk of one member
    // (a catalogue's events, read a batch at a time), while problems are still placed in
    // data. Null, with nothing reported, when simdjson does not read skeleton as an object or
    // it names a member twice: the caller then reads data whole, which explains that.
    static std::optional<JsonFile> withSkeleton(const QString &path, const QByteArray &data,
                                                const QByteArray &skeleton, ProblemList *problems);
    // Whether an object in value names a member twice.
    static bool repeatsAKey(const simdjson::dom::element &value);

    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }
    const QByteArray &data() const { return m_data; }
    const QJsonObject &root() const;
    // Whether the root object has that member.
    bool rootHas(QLatin1String key) const;
    // The root object as simdjson's DOM, valid while the file is; null when the file is not
    // valid, once root() has been asked for, or when it holds text simdjson refuses (an
    // escape that is half a character), which reportNoDom() explains.
    const simdjson::dom::object *dom() const;
    void reportNoDom();

    // About the file as a whole (no line).
    void report(const QString &message);
    // At the root object's member key (line 1 when it has none).
    void reportAtMember(const QString &key, const QString &message);
    // At the "id" of element index of the array the root holds under arrayName.
    void reportAtElement(const QString &arrayName, qsizetype index, const QString &message);

    // Built on first use.
    const JsonLocator &locator();

private:
    struct Dom;

    JsonFile(const QString &path, ProblemList *problems);
    void add(JsonLocator::Position position, const QString &message);
    bool parseDom(const char *data, qsizetype size);

    QString m_path;
    QByteArray m_data;
    mutable QJsonObject m_root;
    mutable bool m_rootParsed = false;
    mutable std::unique_ptr<Dom> m_dom;
    ProblemList *m_problems;
    std::optional<JsonLocator> m_locator;
    bool m_valid = false;
};
