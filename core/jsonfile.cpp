#include "jsonfile.h"

#include "inputlimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

JsonFile::JsonFile(const QString &path, const QByteArray &data, ProblemList *problems)
    : m_path(path), m_data(data), m_problems(problems)
{
    if (QByteArrayView(m_data).trimmed().isEmpty()) { // a view: no copy of a large file
        add({}, u"the file is empty: expected a JSON object ({…})"_s);
        return;
    }
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
    m_valid = true;
    for (const JsonLocator::Repeat &repeat : JsonLocator::repeatedKeys(m_data)) {
        add(locator().position(repeat.offset),
            u"\"%1\" is written twice in the same object (also on line %2); write it once"_s.arg(
                InputLimits::quoted(repeat.key).mid(1).chopped(1),
                QString::number(locator().position(repeat.firstOffset).line)));
    }
}

JsonFile JsonFile::unreadable(const QString &path, const QString &error, ProblemList *problems)
{
    JsonFile file(path, problems);
    file.report(error);
    return file;
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
