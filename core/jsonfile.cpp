#include "jsonfile.h"

#include "domjson.h"
#include "inputlimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <string_view>

using namespace Qt::StringLiterals;

struct JsonFile::Dom
{
    simdjson::dom::parser parser;
    simdjson::dom::element element;
    simdjson::dom::object root; // element's
};

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The \uXXXX escape at i of a string, or -1.
int escapedUnit(QByteArrayView json, qsizetype i)
{
    if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(json[k]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Where the first \u escape in a string of json that is half a character (an unpaired
// surrogate) begins, or -1: QJsonDocument reads it, simdjson refuses it.
qsizetype halfCharacterEscape(QByteArrayView json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            const int unit = escapedUnit(json, i);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return i;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int next = escapedUnit(json, i + 6);
                if (next < 0xDC00 || next > 0xDFFF)
                    return i;
                i += 6;
            }
            i += unit >= 0 ? 5 : 1;
        }
    }
    return -1;
}

} // namespace

JsonFile::JsonFile(const QString &path, ProblemList *problems) : m_path(path), m_problems(problems)
{}

JsonFile::JsonFile(JsonFile &&other) noexcept = default;
JsonFile::~JsonFile() = default;

JsonFile::JsonFile(const QString &path, const QByteArray &data, ProblemList *problems)
    : m_path(path), m_data(data), m_problems(problems)
{
    if (QByteArrayView(m_data).trimmed().isEmpty()) { // a view: no copy of a large file
        add({}, u"the file is empty: expected a JSON object ({…})"_s);
        return;
    }
    // A byte order mark is not JSON, but QJsonDocument reads past one, so simdjson should.
    const qsizetype bom = m_data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (!parseDom(m_data.constData() + bom, m_data.size() - bom)) {
        // QJsonDocument explains what is wrong, with where; and it reads integers beyond 64
        // bits as doubles, which simdjson refuses.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_data, &error);
        if (error.error != QJsonParseError::NoError) {
            add(locator().position(error.offset), u"malformed JSON: "_s + error.errorString());
            return;
        }
        if (!document.isObject()) {
            add({1, 1}, u"expected a JSON object ({…}) at the top"_s);
            return;
        }
        m_root = document.object();
        m_rootParsed = true;
        // Half a character would be written as a replacement character: no DOM, so that a
        // reader of it says so (reportNoDom()) rather than read something else.
        if (halfCharacterEscape(m_data) < 0) {
            const QByteArray written = QJsonDocument(m_root).toJson(QJsonDocument::Compact);
            parseDom(written.constData(), written.size());
        }
    } else if (!m_dom) {
        add({1, 1}, u"expected a JSON object ({…}) at the top"_s);
        return;
    }
    m_valid = true;
    if (m_dom && !m_rootParsed && !repeatsAKey(m_dom->element))
        return;
    for (const JsonLocator::Repeat &repeat : JsonLocator::repeatedKeys(m_data)) {
        add(locator().position(repeat.offset),
            u"\"%1\" is written twice in the same object (also on line %2); write it once"_s.arg(
                InputLimits::quoted(repeat.key).mid(1).chopped(1),
                QString::number(locator().position(repeat.firstOffset).line)));
    }
}

// True when data is JSON simdjson reads; m_dom then holds its root if that is an object.
bool JsonFile::parseDom(const char *data, qsizetype size)
{
    auto dom = std::make_unique<Dom>();
    // In place when the bytes have room after them (FileResolver leaves it): a copy of a
    // large file is as many pages again to fault in.
    const bool padded = data == m_data.constData() + (m_data.size() - size) &&
                        m_data.capacity() - m_data.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    if (dom->parser.parse(data, size_t(size), !padded).get(dom->element))
        return false;
    if (dom->element.get_object().get(dom->root) == simdjson::SUCCESS)
        m_dom = std::move(dom);
    return true;
}

// Looked for in the DOM, which is quick, so that the text is searched for where
// (JsonLocator::repeatedKeys) only when one does.
bool JsonFile::repeatsAKey(const simdjson::dom::element &value)
{
    simdjson::dom::object object;
    simdjson::dom::array array;
    if (!value.get_object().get(object)) {
        QVarLengthArray<std::string_view, 16> keys;
        for (const simdjson::dom::key_value_pair field : object) {
            keys.append(field.key);
            if (repeatsAKey(field.value))
                return true;
        }
        std::sort(keys.begin(), keys.end());
        return std::adjacent_find(keys.cbegin(), keys.cend()) != keys.cend();
    }
    if (!value.get_array().get(array)) {
        for (const simdjson::dom::element item : array) {
            if (repeatsAKey(item))
                return true;
        }
    }
    return false;
}

std::optional<JsonFile> JsonFile::withSkeleton(const QString &path, const QByteArray &data,
                                               const QByteArray &skeleton, ProblemList *problems)
{
    JsonFile file(path, problems);
    file.m_data = data;
    const qsizetype bom = skeleton.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (!file.parseDom(skeleton.constData() + bom, skeleton.size() - bom) || !file.m_dom ||
        repeatsAKey(file.m_dom->element))
        return std::nullopt;
    file.m_valid = true;
    return file;
}

JsonFile JsonFile::unreadable(const QString &path, const QString &error, ProblemList *problems)
{
    JsonFile file(path, problems);
    file.report(error);
    return file;
}

const QJsonObject &JsonFile::root() const
{
    // A file is read from the one or the other: the DOM is let go once this is made.
    if (!m_rootParsed && m_valid) {
        m_root = QJsonDocument::fromJson(m_data).object();
        m_dom.reset();
    }
    m_rootParsed = true;
    return m_root;
}

bool JsonFile::rootHas(QLatin1String key) const
{
    if (!m_dom)
        return root().contains(key);
    return !DomJson::isAbsent(DomJson::find(m_dom->root, key));
}

const simdjson::dom::object *JsonFile::dom() const
{
    return m_valid && m_dom ? &m_dom->root : nullptr;
}

void JsonFile::reportNoDom()
{
    const qsizetype at = halfCharacterEscape(m_data);
    if (at >= 0)
        add(locator().position(at),
            u"%1 is half of a character (an unpaired surrogate), which is not text"_s.arg(
                QString::fromLatin1(m_data.mid(at, 6))));
    else
        report(u"the file could not be read as JSON text"_s);
}

void JsonFile::report(const QString &message)
{
    add({}, message);
}

void JsonFile::reportAtMember(const QString &key, const QString &message)
{
    const JsonLocator::Position position = locator().rootMember(key);
    add(position.line > 0 ? position : JsonLocator::Position{1, 1}, message);
}

void JsonFile::reportAtElement(const QString &arrayName, qsizetype index, const QString &message)
{
    add(locator().element(arrayName, index, u"id"_s), message);
}

void JsonFile::add(JsonLocator::Position position, const QString &message)
{
    m_problems->append({m_path, position.line, position.column, message});
}

const JsonLocator &JsonFile::locator()
{
    if (!m_locator)
        m_locator.emplace(m_data);
    return *m_locator;
}
