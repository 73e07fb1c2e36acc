#include "catalogue.h"
#include "passageview.h"
#include "sourcepane.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kText = u"The board met. \U0001F4C8 Leicester City Council objected to the plan. "
                      "NHS England published the Five Year Forward View in October 2014."_s;

SourceLink linkTo(const SourceDocument &document, const QString &quote)
{
    const qsizetype at = document.text().indexOf(quote);
    return {document.id(), document.toCodePoint(at), document.toCodePoint(at + quote.size()),
            quote};
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setActors(
        {{u"lcc"_s, u"Leicester City Council"_s, u"organisation"_s, u"Unitary authority"_s, {}, {}},
         {u"nhse"_s, u"NHS England"_s, u"organisation"_s, {}, {}, {}}});
    catalogue.setTags({{u"governance"_s, u"Governance"_s}, {u"money"_s, u"Money"_s}});
    catalogue.setSources({{u"paper"_s,
                           u"paper.txt"_s,
                           u"Moving towards accountable care"_s,
                           u"HSJ"_s,
                           u"news-report"_s,
                           {},
                           EventDate::parse(u"c. September 2017"_s),
                           {}},
                          {u"lost"_s,
                           u"lost.txt"_s,
                           u"A paper we do not have"_s,
                           u"Nobody"_s,
                           u"comment"_s,
                           {},
                           EventDate::parse(u"2016"_s),
                           {}}});
    const SourceDocument document =
        SourceDocument::fromUtf8(u"paper"_s, u"paper.txt"_s, kText.toUtf8());
    catalogue.addDocument(document);

    TimelineEvent objection;
    objection.id = u"objection"_s;
    objection.title = u"<b>Council</b> objects to the plan"_s;
    objection.setSummary(u"The council said it had not been consulted."_s);
    objection.date = EventDate::parse(u"c. September 2017"_s);
    objection.setDateBasis(u"The report was published in the week after the meeting."_s);
    objection.laneId = u"local"_s;
    objection.setActorIds({u"lcc"_s, u"nhse"_s});
    objection.setTagIds({u"governance"_s, u"money"_s});
    objection.setSources({linkTo(document, u"Leicester City Council objected to the plan"_s),
                          linkTo(document, u"Five Year Forward View"_s),
                          {u"lost"_s, 0, 5, u"lost!"_s}});

    TimelineEvent planned;
    planned.id = u"planned"_s;
    planned.title = u"New board meets"_s;
    planned.date = EventDate::parse(u"2018/19 (planned)"_s);
    planned.laneId = u"local"_s;

    catalogue.setEvents({objection, planned});
    return catalogue;
}

QString labelText(const SourcePane &pane, const QString &name)
{
    const auto *label = pane.findChild<QLabel *>(name);
    return label && label->isVisibleTo(&pane) ? label->text() : QString();
}

} // namespace

class TestSourcePane : public QObject
{
    Q_OBJECT
private slots:
    void hintWithoutEvent();
    void showsEventFields_data();
    void showsEventFields();
    void textIsPlain();
    void showsEveryExcerptWithItsCitation();
    void showInDocumentEmitsOffsets();
    void buttonDisabledWithoutDocument();
    void narrowPaneShowsWholeFields_data();
    void narrowPaneShowsWholeFields();
    void plannedEvent();
    void listsTheEventsFigures_data();
    void listsTheEventsFigures();
    void openEndedDate_data();
    void openEndedDate();
    void highlightsSearchInExcerpts_data();
    void highlightsSearchInExcerpts();
    void replacingTheEventReplacesExcerpts();
};

void TestSourcePane::hintWithoutEvent()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.show();
    QVERIFY(pane.findChild<QLabel *>(u"sourceHint"_s)->isVisible());
    QVERIFY(!pane.findChild<QLabel *>(u"sourceTitle"_s)->isVisible());
    QCOMPARE(pane.event(), -1);
    pane.setEvent(99); // out of range: still nothing
    QCOMPARE(pane.event(), -1);
}

void TestSourcePane::showsEventFields_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("text");

    QTest::newRow("title") << u"sourceTitle"_s << u"<b>Council</b> objects to the plan"_s;
    QTest::newRow("date, precision, approximate")
        << u"sourceDate"_s << u"c. September 2017 (known to the month, approximate)"_s;
    QTest::newRow("basis") << u"sourceDateBasis"_s
                           << u"The report was published in the week after the meeting."_s;
    QTest::newRow("status") << u"sourceStatus"_s << u"Reported as having happened"_s;
    QTest::newRow("lane") << u"sourceLane"_s << u"LLR councils"_s;
    QTest::newRow("actors with roles")
        << u"sourceActors"_s << u"Leicester City Council (Unitary authority)\nNHS England"_s;
    QTest::newRow("tags") << u"sourceTags"_s << u"Governance \u00b7 Money"_s;
    QTest::newRow("summary") << u"sourceSummary"_s
                             << u"The council said it had not been consulted."_s;
}

void TestSourcePane::showsEventFields()
{
    QFETCH(QString, label);
    QFETCH(QString, text);

    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    pane.show();
    QCOMPARE(labelText(pane, label), text);
}

void TestSourcePane::textIsPlain()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    for (const QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"source"_s) ||
            label->objectName().startsWith(u"citation"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void TestSourcePane::showsEveryExcerptWithItsCitation()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));

    QStringList excerpts;
    for (const PassageView *view : pane.passageViews())
        excerpts.append(view->toPlainText());
    QCOMPARE(excerpts, QStringList({u"Leicester City Council objected to the plan"_s,
                                    u"Five Year Forward View"_s, u"lost!"_s}));
    QCOMPARE(labelText(pane, u"citation1"_s), catalogue.source(u"paper"_s)->citation());
    QCOMPARE(labelText(pane, u"citation2"_s), catalogue.source(u"paper"_s)->citation());
    QCOMPARE(labelText(pane, u"citation3"_s), catalogue.source(u"lost"_s)->citation());
    QVERIFY(labelText(pane, u"citation3"_s).contains(u"A paper we do not have"_s));
    QCOMPARE(labelText(pane, u"sourcesHeading"_s), u"What the sources say (3)"_s);
}

void TestSourcePane::showInDocumentEmitsOffsets()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QSignalSpy show(&pane, &SourcePane::showInDocument);
    const QList<QPushButton *> buttons = pane.showInDocumentButtons();
    QCOMPARE(buttons.size(), 3);
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(show.count(), 1);
    const SourceLink &link = catalogue.events().at(0).sources().at(1);
    QCOMPARE(show.first().at(0).toString(), u"paper"_s);
    QCOMPARE(show.first().at(1).value<qsizetype>(), link.start);
    QCOMPARE(show.first().at(2).value<qsizetype>(), link.end);

    buttons.at(0)->setFocus();
    QTest::keyClick(buttons.at(0), Qt::Key_Space);
    QCOMPARE(show.count(), 2);
    QCOMPARE(show.last().at(1).value<qsizetype>(), catalogue.events().at(0).sources().at(0).start);
}

void TestSourcePane::buttonDisabledWithoutDocument()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    QVERIFY(pane.showInDocumentButtons().at(0)->isEnabled());
    QVERIFY(!pane.showInDocumentButtons().at(2)->isEnabled());
}

void TestSourcePane::narrowPaneShowsWholeFields_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 240;
    QTest::newRow("a third of 800") << 270;
    QTest::newRow("wide") << 420;
}

void TestSourcePane::narrowPaneShowsWholeFields()
{
    // However narrow, the date and its basis wrap to as many lines as they need: none is
    // cut after its first line.
    QFETCH(int, width);
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    pane.resize(width, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (const QString &name : {u"sourceDate"_s, u"sourceDateBasis"_s, u"sourceSummary"_s}) {
        auto *label = pane.findChild<QLabel *>(name);
        QVERIFY(label && label->isVisible());
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1: %2 < %3"_s.arg(name)
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
    }
}

void TestSourcePane::plannedEvent()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"planned"_s));
    pane.show();
    QCOMPARE(labelText(pane, u"sourceStatus"_s),
             u"Planned: announced before it was due to happen"_s);
    QCOMPARE(labelText(pane, u"sourceDate"_s),
             u"2018/19 (planned) (known to the financial year)"_s);
    QCOMPARE(labelText(pane, u"sourceDateBasis"_s), QString()); // row hidden
    QCOMPARE(labelText(pane, u"sourceActors"_s), u"None recorded"_s);
    QCOMPARE(labelText(pane, u"sourcesHeading"_s), u"No source passage is linked to this event."_s);
    QVERIFY(pane.passageViews().isEmpty());
}

// The pane lists the event's own figures, as written, with what they measure and when; an
// event without figures has no row.
void TestSourcePane::listsTheEventsFigures_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two figures") << u"objection"_s
                                 << u"£399m: funding gap (2020/21)\n4.0 FTE: programme staff"_s;
    QTest::newRow("none") << u"planned"_s << QString();
}

void TestSourcePane::listsTheEventsFigures()
{
    QFETCH(QString, event);
    QFETCH(QString, expected);
    Catalogue catalogue = makeCatalogue();
    Figure gap;
    gap.id = u"gap"_s;
    gap.label = u"funding gap"_s;
    gap.written = u"£399m"_s;
    gap.period = EventDate::parse(u"2020/21"_s);
    gap.eventId = u"objection"_s;
    Figure staff;
    staff.id = u"staff"_s;
    staff.label = u"programme staff"_s;
    staff.written = u"4.0 FTE"_s;
    staff.eventId = u"objection"_s;
    Figure elsewhere = staff;
    elsewhere.id = u"elsewhere"_s;
    elsewhere.eventId = u"someone-else"_s;
    catalogue.setFigures({gap, staff, elsewhere});

    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(event));
    pane.show();
    QCOMPARE(labelText(pane, u"sourceFigures"_s), expected);
}

// A date known on one side only is worded in full, with what the report leaves open.
void TestSourcePane::openEndedDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("text");

    QTest::newRow("by") << u"by June 2018"_s
                        << u"by June 2018 \u2014 the report does not say when"_s;
    QTest::newRow("approximate by")
        << u"c. by March 2016"_s << u"by about March 2016 \u2014 the report does not say when"_s;
    QTest::newRow("after") << u"after March 2017"_s
                           << u"after March 2017 \u2014 the report does not say when"_s;
    QTest::newRow("both sides")
        << u"by June 2018, after June 2017"_s
        << u"by June 2018, after June 2017 \u2014 the report does not say exactly when"_s;
}

void TestSourcePane::openEndedDate()
{
    QFETCH(QString, date);
    QFETCH(QString, text);

    Catalogue catalogue = makeCatalogue();
    QList<TimelineEvent> events = catalogue.events();
    TimelineEvent &objection = events[catalogue.eventIndex(u"objection"_s)];
    objection.date = EventDate::parse(date);
    QVERIFY(objection.date.isOpenEnded());
    catalogue.setEvents(events);
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    pane.show();
    QCOMPARE(labelText(pane, u"sourceDate"_s), text);
}

void TestSourcePane::highlightsSearchInExcerpts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("matchesPerExcerpt");

    QTest::newRow("none") << QString() << QList<int>{0, 0, 0};
    QTest::newRow("one excerpt") << u"objected"_s << QList<int>{1, 0, 0};
    QTest::newRow("case-insensitive") << u"FIVE year"_s << QList<int>{0, 1, 0};
    QTest::newRow("several") << u"e"_s << QList<int>{6, 3, 0};
    QTest::newRow("spaces trimmed") << u"  plan "_s << QList<int>{1, 0, 0};
}

void TestSourcePane::highlightsSearchInExcerpts()
{
    QFETCH(QString, search);
    QFETCH(QList<int>, matchesPerExcerpt);

    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    pane.setSearchText(search);

    QList<int> counts;
    for (const PassageView *view : pane.passageViews()) {
        for (const auto &[start, length] : view->highlightedRanges())
            QCOMPARE(view->text().mid(start, length).toLower(), search.trimmed().toLower());
        counts.append(int(view->highlightedRanges().size()));
    }
    QCOMPARE(counts, matchesPerExcerpt);

    // The search carries over to the next event shown.
    pane.setEvent(-1);
    pane.setEvent(catalogue.eventIndex(u"objection"_s));
    QCOMPARE(int(pane.passageViews().first()->highlightedRanges().size()),
             matchesPerExcerpt.first());
}

void TestSourcePane::replacingTheEventReplacesExcerpts()
{
    const Catalogue catalogue = makeCatalogue();
    SourcePane pane;
    pane.setCatalogue(&catalogue);
    pane.setEvent(0);
    QCOMPARE(pane.findChildren<PassageView *>().size(), 3);
    pane.setEvent(1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(pane.findChildren<PassageView *>().size(), 0);
    pane.setEvent(0);
    QCOMPARE(pane.findChildren<PassageView *>().size(), 3);
}

QTEST_MAIN(TestSourcePane)
#include "tst_sourcepane.moc"
