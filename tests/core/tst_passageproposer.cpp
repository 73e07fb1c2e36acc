#include "catalogue.h"
#include "passageproposer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kText = u"CABINET \u2013 16 JULY 2019\n\n"
                      "In April 2018, the Cabinet agreed to join the partnership board. "
                      "The council wrote to NHS England on 14 June 2018. "
                      "Members noted the plan. "
                      "The funding gap is expected to reach \u00A330bn by 2020/21.\n"_s;

SourceDocument document()
{
    return SourceDocument::fromUtf8(u"cabinet"_s, u"cabinet.txt"_s, kText.toUtf8());
}

EventDate documentDate()
{
    return EventDate::parse(u"16 July 2019"_s);
}

QString label(const QString &date)
{
    return date.isEmpty() ? QString() : EventDate::parse(date).label();
}

} // namespace

class tst_PassageProposer : public QObject
{
    Q_OBJECT

private slots:
    void fromSelection_data();
    void fromSelection();
    void datedSentences();
    void coveredProposals();
    void titles_data();
    void titles();
    void eventFromProposal();
};

void tst_PassageProposer::fromSelection_data()
{
    QTest::addColumn<QString>("selected"); // its first occurrence in kText is selected
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");

    QTest::newRow("a date in the sentence")
        << u"the Cabinet agreed to join the partnership board"_s
        << u"the Cabinet agreed to join the partnership board"_s << u"April 2018"_s
        << u"The Cabinet agreed to join the partnership board"_s;
    QTest::newRow("a date in the selection")
        << u" The council wrote to NHS England on 14 June 2018. "_s
        << u"The council wrote to NHS England on 14 June 2018."_s << u"14 June 2018"_s
        << u"The council wrote to NHS England on 14 June 2018"_s;
    QTest::newRow("the nearest date next to it") << u"Members noted the plan"_s
                                                 << u"Members noted the plan"_s
                                                 << u"14 June 2018"_s
                                                 << u"Members noted the plan"_s;
    QTest::newRow("two dates make a range")
        << u"In April 2018, the Cabinet agreed to join the partnership board. The council "
           "wrote to NHS England on 14 June 2018."_s
        << u"In April 2018, the Cabinet agreed to join the partnership board. The council "
           "wrote to NHS England on 14 June 2018."_s
        << u"April 2018 \u2013 14 June 2018"_s
        << u"The Cabinet agreed to join the partnership board"_s;
    QTest::newRow("white space only") << u"\n\n"_s << QString() << QString() << QString();
}

void tst_PassageProposer::fromSelection()
{
    QFETCH(QString, selected);
    QFETCH(QString, quote);
    QFETCH(QString, date);
    QFETCH(QString, title);

    const SourceDocument doc = document();
    const PassageProposer proposer(doc, documentDate());
    const qsizetype at = kText.indexOf(selected);
    QVERIFY(at >= 0);
    const EventProposal proposal = proposer.fromSelection(at, at + selected.size());
    QCOMPARE(proposal.quote, quote);
    QCOMPARE(doc.slice(proposal.start, proposal.end), quote);
    QCOMPARE(proposal.date.isValid() ? proposal.date.label() : QString(), label(date));
    QCOMPARE(proposal.title, title);
}

void tst_PassageProposer::datedSentences()
{
    const SourceDocument doc = document();
    const PassageProposer proposer(doc, documentDate());
    const QList<EventProposal> proposals = proposer.datedSentences();
    QStringList quotes;
    QStringList dates;
    for (const EventProposal &proposal : proposals) {
        quotes.append(proposal.quote);
        dates.append(proposal.date.label());
    }
    QCOMPARE(quotes, (QStringList{
                         u"CABINET \u2013 16 JULY 2019"_s,
                         u"In April 2018, the Cabinet agreed to join the partnership board."_s,
                         u"The council wrote to NHS England on 14 June 2018."_s,
                         u"The funding gap is expected to reach \u00A330bn by 2020/21."_s,
                     }));
    QCOMPARE(dates, (QStringList{label(u"16 July 2019"_s), label(u"April 2018"_s),
                                 label(u"14 June 2018"_s),
                                 proposals.constLast().dates.constFirst().date.label()}));
    // Two dates in one sentence: the first dates the proposal, no range across them.
    const QString two = u"The Cabinet approved the plan on 16 July 2019; it is due by 30/09/2019."_s;
    const SourceDocument twoDoc =
        SourceDocument::fromUtf8(u"two"_s, u"two.txt"_s, two.toUtf8());
    const QList<EventProposal> fromTwo = PassageProposer(twoDoc, documentDate()).datedSentences();
    QCOMPARE(fromTwo.size(), 1);
    QCOMPARE(fromTwo.first().date.label(), label(u"16 July 2019"_s));
    // The last is open-ended: "by 2020/21", whatever the finder calls planned about it.
    QVERIFY(proposals.constLast().date.label().contains(u"2020/21"_s));
}

void tst_PassageProposer::coveredProposals()
{
    const SourceDocument doc = document();
    const PassageProposer proposer(doc, documentDate());
    QList<EventProposal> proposals = proposer.datedSentences();
    QCOMPARE(proposals.size(), 4);

    Catalogue catalogue;
    TimelineEvent event;
    event.id = u"letter"_s;
    const QString quote = u"wrote to NHS England"_s;
    const qsizetype at = kText.indexOf(quote);
    event.editDetails().sources.append({u"cabinet"_s, at, at + quote.size(), quote});
    TimelineEvent elsewhere;
    elsewhere.id = u"other"_s;
    elsewhere.editDetails().sources.append(
        {u"another-source"_s, 0, 40, {}}); // same offsets, another text
    catalogue.setEvents({event, elsewhere});

    PassageProposer::markCovered(proposals, catalogue, u"cabinet"_s);
    QList<bool> covered;
    for (const EventProposal &proposal : proposals)
        covered.append(proposal.covered);
    QCOMPARE(covered, (QList<bool>{false, false, true, false}));
}

void tst_PassageProposer::titles_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("date"); // the leading mention's words, or empty
    QTest::addColumn<QString>("title");

    QTest::newRow("leading phrase dropped")
        << u"On 14 June 2018, the leaders wrote to the chief executive."_s << u"14 June 2018"_s
        << u"The leaders wrote to the chief executive"_s;
    QTest::newRow("a date later in the sentence stays")
        << u"The leaders wrote on 14 June 2018."_s << u"14 June 2018"_s
        << u"The leaders wrote on 14 June 2018"_s;
    QTest::newRow("too little left: kept whole") << u"In 2018, it ended."_s << u"2018"_s
                                                 << u"In 2018, it ended"_s;
    QTest::newRow("long: cut at a word")
        << u"The health and wellbeing board agreed that the sustainability and transformation "
           "plan should be published in full before the consultation begins."_s
        << QString()
        << u"The health and wellbeing board agreed that the sustainability and transformation "
           "plan\u2026"_s;
    QTest::newRow("lower case first letter raised") << u"members noted the plan."_s << QString()
                                                    << u"Members noted the plan"_s;
}

void tst_PassageProposer::titles()
{
    QFETCH(QString, sentence);
    QFETCH(QString, date);
    QFETCH(QString, title);

    const qsizetype at = date.isEmpty() ? -1 : sentence.indexOf(date);
    QCOMPARE(PassageProposer::titleOf(sentence, at, at < 0 ? -1 : at + date.size()), title);
}

void tst_PassageProposer::eventFromProposal()
{
    const SourceDocument doc = document();
    const PassageProposer proposer(doc, documentDate());
    const QString quote = u"The council wrote to NHS England on 14 June 2018."_s;
    const qsizetype at = kText.indexOf(quote);
    const TimelineEvent event = PassageProposer::eventFrom(
        proposer.fromSelection(at, at + quote.size()), u"cabinet"_s, u"local"_s);
    QCOMPARE(event.title, u"The council wrote to NHS England on 14 June 2018"_s);
    QCOMPARE(event.date.label(), label(u"14 June 2018"_s));
    QCOMPARE(event.laneId, u"local"_s);
    QCOMPARE(event.sources().size(), 1);
    QCOMPARE(event.sources().first().sourceId, u"cabinet"_s);
    QCOMPARE(doc.slice(event.sources().first().start, event.sources().first().end), quote);
    QCOMPARE(event.dateBasis(), u"From \u201C14 June 2018\u201D in the passage."_s);
}

QTEST_GUILESS_MAIN(tst_PassageProposer)
#include "tst_passageproposer.moc"
