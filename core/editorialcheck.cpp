#include "editorialcheck.h"

#include "jsonlocator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool isSingleMark(QChar c)
{
    return c == u'\'' || c == u'\u2018' || c == u'\u2019';
}

// Straight and curly quotation marks and apostrophes compare alike, and runs of white space
// are one space: a title may be typed with straight quotes around curly-quoted source text.
QString folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\u201C' || c == u'\u201D')
            result.append(u'"');
        else if (isSingleMark(c))
            result.append(u'\'');
        else if (c.isSpace())
            result.append(u' ');
        else
            result.append(c);
    }
    return result.simplified();
}

// The passages an event links to, as one comparable text each.
QStringList passages(const TimelineEvent &event)
{
    QStringList texts;
    for (const SourceLink &link : event.sources())
        texts.append(folded(link.excerpt));
    return texts;
}

QString passageKey(const TimelineEvent &event)
{
    QStringList keys;
    for (const SourceLink &link : event.sources())
        keys.append(u"%1:%2-%3"_s.arg(link.sourceId).arg(link.start).arg(link.end));
    keys.sort();
    return keys.join(u';');
}

} // namespace

QStringList EditorialCheck::quotedSpans(const QString &text)
{
    QStringList spans;
    const qsizetype n = text.size();
    auto letterAt = [&](qsizetype i) { return i >= 0 && i < n && text.at(i).isLetterOrNumber(); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\u201C') {
            // A double quotation runs to the next closing double mark.
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"' && text.at(j) != u'\u201D')
                ++j;
            if (j < n)
                spans.append(text.mid(i + 1, j - i - 1));
            i = j + 1;
            continue;
        }
        // A single mark opens only where a word could start: not after a letter, and
        // before one. It closes at a mark after a letter that no letter follows.
        if (isSingleMark(c) && !letterAt(i - 1) && letterAt(i + 1)) {
            qsizetype j = i + 1;
            while (j < n && !(isSingleMark(text.at(j)) && !letterAt(j + 1)))
                ++j;
            if (j < n) {
                spans.append(text.mid(i + 1, j - i - 1));
                i = j + 1;
                continue;
            }
        }
        ++i;
    }
    return spans;
}

ProblemList EditorialCheck::check(const Catalogue &catalogue, const QByteArray &json,
                                  const QString &fileName)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (!root.contains(u"sourceIndex"_s))
        return {};
    // Where each event is written: the catalogue keeps them in date order.
    QHash<QString, qsizetype> fileIndex;
    const QJsonArray written = root.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < written.size(); ++i)
        fileIndex.insert(written.at(i).toObject().value(u"id"_s).toString(), i);

    struct Warning
    {
        qsizetype index;
        QString key;
        QString message;
    };
    QList<Warning> warnings;
    QHash<QString, QString> seen; // date, lane and passages -> first event id

    for (const TimelineEvent &event : catalogue.events()) {
        const qsizetype index = fileIndex.value(event.id, -1);
        const QStringList texts = passages(event);
        for (const auto &[key, text] :
             {std::pair{u"title"_s, event.title}, std::pair{u"summary"_s, event.summary()}}) {
            for (const QString &span : quotedSpans(text)) {
                const QString wanted = folded(span);
                const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                    return t.contains(wanted);
                });
                if (!found)
                    warnings.append(
                        {index, key,
                         u"event \u201C%1\u201D: the %2 quotes \u201C%3\u201D, which is "
                         "not in any of its passages"_s.arg(event.id, key, span)});
            }
        }

        const QString duplicateKey =
            event.date.label() + u'|' + event.laneId + u'|' + passageKey(event);
        if (const auto it = seen.constFind(duplicateKey); it != seen.cend())
            warnings.append({index, u"id"_s,
                             u"event \u201C%1\u201D has the same date, lane and passages as "
                             "\u201C%2\u201D: one happening is one event"_s.arg(event.id, *it)});
        else
            seen.insert(duplicateKey, event.id);

        static const QRegularExpression inferred(u"\\b(inferred|estimated)\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto m = inferred.match(event.dateBasis());
            m.hasMatch() && !event.date.isApproximate())
            warnings.append({index, u"dateBasis"_s,
                             u"event \u201C%1\u201D: the date basis says \u201C%2\u201D but the "
                             "date is not flagged approximate"_s.arg(event.id, m.captured(1))});
    }

    const JsonLocator locator(json);
    ProblemList problems;
    for (const Warning &warning : warnings) {
        Problem problem;
        problem.file = fileName;
        if (warning.index >= 0) {
            const JsonLocator::Position at =
                locator.element(u"events"_s, warning.index, warning.key);
            problem.line = at.line;
            problem.column = at.column;
        }
        problem.message = warning.message;
        problems.append(problem);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}
