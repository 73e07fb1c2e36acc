#include "jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

JsonFile::JsonFile(const QString &path, const QByteArray &data, ProblemList *problems)
    : m_path(path), m_data(data), m_problems(problems)
{
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
}

JsonFile JsonFile::read(const QString &path, ProblemList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        JsonFile unreadable(path, problems);
        unreadable.report(u"cannot read: "_s + file.errorString());
        return unreadable;
    }
    return JsonFile(path, file.readAll(), problems);
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
