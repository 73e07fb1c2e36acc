#pragma once

#include "datemention.h"
#include "eventproposal.h"
#include "sourcedocument.h"
#include "timelineevent.h"

#include <QList>
#include <utility>

class Catalogue;

// Proposes events from a source document: for words the user selected ("New Event from
// Passage") or for every sentence that holds a date ("Propose Events"). The document's
// mentions are found once, counted from the document's own date (the source's date).
//
// The date comes from the mentions inside the passage, else from those in the sentences it
// touches, else from the nearest mention within a short distance: one mention gives its
// period, two or more a range from the first to the last (when that runs forwards), and
// approximate or planned carries over from any of them. The title is the passage's sentence
// without a leading date phrase ("In April 2018, the Cabinet agreed …" gives "The Cabinet
// agreed …"), cut at a word near 90 characters.
class PassageProposer
{
public:
    PassageProposer(const SourceDocument &document, const EventDate &documentDate);

    const QList<DateMention> &mentions() const { return m_mentions; }

    // For a selection [start, end) in code points: trimmed of white space; an empty quote
    // when nothing but white space is selected.
    EventProposal fromSelection(qsizetype start, qsizetype end) const;
    // One proposal per sentence holding a date mention, in document order, dated by its first
    // mention that has a date: a sentence's dates are often of different things.
    QList<EventProposal> datedSentences() const;

    // Marks the proposals that a passage of catalogue's events into sourceId overlaps.
    static void markCovered(QList<EventProposal> &proposals, const Catalogue &catalogue,
                            const QString &sourceId);

    // The event a proposal makes: its title, date and quote as a passage of sourceId, in
    // laneId; the date basis names the words the date was read from.
    static TimelineEvent eventFrom(const EventProposal &proposal, const QString &sourceId,
                                   const QString &laneId);

    // The title a sentence proposes (see above); [dateStart, dateEnd) is its first date
    // mention in UTF-16 indexes of sentence, or -1 when it has none.
    static QString titleOf(QStringView sentence, qsizetype dateStart = -1,
                           qsizetype dateEnd = -1);

private:
    // Sentences as code point spans.
    std::pair<qsizetype, qsizetype> sentenceAround(qsizetype position) const;
    static EventDate dateFrom(const QList<DateMention> &mentions);
    EventProposal make(qsizetype start, qsizetype end, QList<DateMention> dates) const;

    const SourceDocument &m_document;
    QList<DateMention> m_mentions;
    QList<std::pair<qsizetype, qsizetype>> m_sentences; // code points, in order
};
