#include "passageproposer.h"

#include "catalogue.h"
#include "datementionfinder.h"
#include "sentencespans.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How far from a selection a mention may stand and still date it, in code points: about a
// sentence.
constexpr qsizetype kNearby = 160;
constexpr qsizetype kTitleLength = 90;

bool overlaps(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

PassageProposer::PassageProposer(const SourceDocument &document, const EventDate &documentDate)
    : m_document(document), m_mentions(DateMentionFinder::find(document.text(), documentDate))
{
    for (const auto &[from, to] : SentenceSpans::of(document.text()))
        m_sentences.append({document.toCodePoint(from), document.toCodePoint(to)});
}

std::pair<qsizetype, qsizetype> PassageProposer::sentenceAround(qsizetype position) const
{
    // The last sentence starting at or before position.
    auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), position,
                               [](qsizetype p, const auto &span) { return p < span.first; });
    if (it == m_sentences.cbegin())
        return {position, position};
    --it;
    return *it;
}

EventDate PassageProposer::dateFrom(const QList<DateMention> &mentions)
{
    QList<DateMention> valid;
    for (const DateMention &mention : mentions) {
        if (mention.date.isValid())
            valid.append(mention);
    }
    if (valid.isEmpty())
        return {};
    const EventDate &first = valid.constFirst().date;
    if (valid.size() == 1)
        return first;
    const EventDate &last = valid.constLast().date;
    // A range needs two closed dates that run forwards; otherwise the first stands alone.
    const bool open = first.precision() >= EventDate::Precision::By ||
                      last.precision() >= EventDate::Precision::By;
    if (open)
        return first;
    EventDate range(first.start(), last.isRange() ? last.end() : last.start());
    if (!range.isValid() || range.last() < first.first())
        return first;
    bool approximate = false;
    bool planned = false;
    for (const DateMention &mention : valid) {
        approximate = approximate || mention.date.isApproximate();
        planned = planned || mention.date.isPlanned();
    }
    range.setApproximate(approximate);
    range.setPlanned(planned);
    return range;
}

QString PassageProposer::titleOf(QStringView sentence, qsizetype dateStart, qsizetype dateEnd)
{
    QStringView rest = sentence.trimmed();
    // A leading date phrase: at most one short word ("In", "On", "By") before a mention that
    // opens the sentence, then the comma after it.
    if (dateStart >= 0 && dateEnd > dateStart) {
        const QStringView lead = sentence.left(dateStart).trimmed();
        if (!lead.contains(u' ') && lead.size() <= 6) {
            QStringView after = sentence.mid(dateEnd).trimmed();
            if (after.startsWith(u','))
                after = after.mid(1).trimmed();
            if (after.size() >= 12)
                rest = after;
        }
    }
    while (!rest.isEmpty() && (rest.back() == u'.' || rest.back() == u':' || rest.back() == u';'))
        rest.chop(1);
    QString title = rest.toString();
    title.replace(u'\n', u' ');
    if (title.size() > kTitleLength) {
        qsizetype cut = title.lastIndexOf(u' ', kTitleLength);
        if (cut < kTitleLength / 2)
            cut = kTitleLength;
        title = title.left(cut).trimmed() + u'\u2026';
    }
    if (!title.isEmpty() && title[0].isLower())
        title[0] = title[0].toUpper();
    return title;
}

EventProposal PassageProposer::make(qsizetype start, qsizetype end,
                                    QList<DateMention> dates) const
{
    EventProposal proposal;
    proposal.start = start;
    proposal.end = end;
    proposal.quote = m_document.slice(start, end);
    proposal.date = dateFrom(dates);
    proposal.dates = std::move(dates);
    const auto [from, to] = sentenceAround(start);
    qsizetype dateStart = -1;
    qsizetype dateEnd = -1;
    for (const DateMention &mention : m_mentions) {
        if (mention.start >= from && mention.end <= to) {
            const qsizetype base = m_document.toUtf16(from);
            dateStart = m_document.toUtf16(mention.start) - base;
            dateEnd = m_document.toUtf16(mention.end) - base;
            break;
        }
    }
    proposal.title = titleOf(m_document.slice(from, to), dateStart, dateEnd);
    return proposal;
}

EventProposal PassageProposer::fromSelection(qsizetype start, qsizetype end) const
{
    // Trimmed of white space, as a quote is saved.
    const QString &text = m_document.text();
    qsizetype from = m_document.toUtf16(std::max<qsizetype>(start, 0));
    qsizetype to = m_document.toUtf16(std::max(start, end));
    to = std::min(to, text.size());
    while (from < to && text[from].isSpace())
        ++from;
    while (to > from && text[to - 1].isSpace())
        --to;
    start = m_document.toCodePoint(from);
    end = m_document.toCodePoint(to);
    if (end <= start)
        return {};

    QList<DateMention> inside;
    for (const DateMention &mention : m_mentions) {
        if (overlaps(mention.start, mention.end, start, end))
            inside.append(mention);
    }
    if (inside.isEmpty()) {
        const auto first = sentenceAround(start);
        const auto last = sentenceAround(std::max(start, end - 1));
        for (const DateMention &mention : m_mentions) {
            if (mention.start >= first.first && mention.end <= last.second)
                inside.append(mention);
        }
    }
    if (inside.isEmpty()) {
        const DateMention *nearest = nullptr;
        qsizetype best = kNearby + 1;
        for (const DateMention &mention : m_mentions) {
            const qsizetype distance = mention.end <= start ? start - mention.end
                                                            : mention.start - end;
            if (distance >= 0 && distance < best) {
                best = distance;
                nearest = &mention;
            }
        }
        if (nearest)
            inside.append(*nearest);
    }
    return make(start, end, inside);
}

QList<EventProposal> PassageProposer::datedSentences() const
{
    QList<EventProposal> proposals;
    qsizetype next = 0; // the first mention not yet in a sentence
    for (const auto &[from, to] : m_sentences) {
        while (next < m_mentions.size() && m_mentions.at(next).end <= from)
            ++next;
        QList<DateMention> inSentence;
        for (qsizetype k = next; k < m_mentions.size() && m_mentions.at(k).start < to; ++k)
            inSentence.append(m_mentions.at(k));
        // A sentence's dates are often of different things ("approved on 16 July; due by
        // 30/09/2019"): it proposes its first, not a range across them.
        const auto first = std::find_if(inSentence.cbegin(), inSentence.cend(),
                                        [](const DateMention &m) { return m.date.isValid(); });
        if (first != inSentence.cend())
            proposals.append(make(from, to, {*first}));
        else if (!inSentence.isEmpty())
            proposals.append(make(from, to, {inSentence.constFirst()}));
    }
    return proposals;
}

void PassageProposer::markCovered(QList<EventProposal> &proposals, const Catalogue &catalogue,
                                  const QString &sourceId)
{
    QList<std::pair<qsizetype, qsizetype>> linked;
    for (const TimelineEvent &event : catalogue.events()) {
        for (const SourceLink &link : event.sources()) {
            if (link.sourceId == sourceId)
                linked.append({link.start, link.end});
        }
    }
    for (EventProposal &proposal : proposals) {
        proposal.covered = std::any_of(linked.cbegin(), linked.cend(), [&](const auto &span) {
            return overlaps(span.first, span.second, proposal.start, proposal.end);
        });
    }
}

TimelineEvent PassageProposer::eventFrom(const EventProposal &proposal, const QString &sourceId,
                                         const QString &laneId)
{
    TimelineEvent event;
    event.id = u"new-event"_s;
    event.title = proposal.title;
    event.date = proposal.date;
    event.laneId = laneId;
    event.editDetails().sources.append({sourceId, proposal.start, proposal.end, proposal.quote});
    QStringList words;
    bool counted = false;
    for (const DateMention &mention : proposal.dates) {
        words.append(u"\u201C"_s + mention.text + u"\u201D"_s);
        counted = counted || mention.anchor != DateMention::Anchor::None || mention.inferred;
    }
    if (!words.isEmpty()) {
        event.setDateBasis(u"From "_s + words.join(u" and "_s) + u" in the passage"_s +
                           (counted ? u", counted from the document\u2019s date."_s : u"."_s));
    }
    return event;
}
