#include "csvparser.h"
#include "eventlistingwriter.h"
#include "sheetimport.h"
#include "testfiles.h"
#include "workbookreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A CSV file as a Sheet, with the text line each row starts on, as a spreadsheet reader gives.
Sheet sheetFromCsv(const QString &text, const QString &name = u"sheet"_s)
{
    Sheet sheet;
    sheet.name = name;
    CsvParser parser(text);
    QList<QStringView> fields;
    while (parser.next(&fields) == CsvParser::Status::Record) {
        QStringList row;
        for (QStringView field : std::as_const(fields))
            row.append(field.toString());
        sheet.rows.append(row);
        sheet.lines.append(parser.line());
    }
    return sheet;
}

Sheet fixture(const QString &name)
{
    QFile file(QStringLiteral(CIVIC_TEST_DATA_DIR) + u"/import/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return sheetFromCsv(QString::fromUtf8(file.readAll()), name.section(u'.', 0, 0));
}

SheetImportResult importGuessed(const Sheet &sheet, const QString &fileName = u"in.csv"_s)
{
    return SheetImporter::import(sheet, ColumnMapping::guess(sheet.rows.value(0)), fileName);
}

QStringList problemLines(const ProblemList &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines;
}

} // namespace

class tst_SheetImport : public QObject
{
    Q_OBJECT

private slots:
    void officerSheet();
    void row_data();
    void row();
    void lanesActorsTags();
    void ids();
    void headerRow();
    void isTimelineJsTemplate_data();
    void isTimelineJsTemplate();
    void timelineJsTemplate();
    void ourCsvRoundTrip();
    void europeanExcelThroughTheWorkbookReader();
};

void tst_SheetImport::officerSheet()
{
    const Sheet sheet = fixture(u"officer-timeline.csv"_s);
    const SheetImportResult result = importGuessed(sheet, u"officer-timeline.csv"_s);
    const Catalogue &catalogue = result.catalogue;

    QCOMPARE(catalogue.title(), u"officer-timeline"_s);
    QCOMPARE(catalogue.events().size(), 6);
    // Every row but the header and the empty one is accounted for, in order.
    QList<int> rows;
    QList<bool> imported;
    for (const SheetImportRow &row : result.rows) {
        rows.append(row.row);
        imported.append(row.imported);
    }
    QCOMPARE(rows, (QList<int>{2, 3, 4, 5, 7, 8, 9, 10}));
    QCOMPARE(imported, (QList<bool>{true, true, true, false, true, false, true, true}));
    QVERIFY(!result.rows.at(3).start.isValid());
    QCOMPARE(result.rows.at(0).start.label(), u"3 August 2017"_s);

    const QStringList problems = problemLines(result.problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(
                 u"officer-timeline.csv:5:1: row 5, Date: \u201C32/13/2017\u201D is not a date: "
                 "there is no month 13"_s),
             qPrintable(problems.at(0)));
    // The row's text is in the report, so nothing typed is lost.
    QVERIFY2(problems.at(0).endsWith(
                 u"the row is not imported: \u201C32/13/2017 | A date that cannot be read | kept "
                 "in the report | LLR councils |  | \u201D"_s),
             qPrintable(problems.at(0)));
    QVERIFY2(
        problems.at(1).startsWith(u"officer-timeline.csv:8:2: row 8, Event: the title is empty"_s),
        qPrintable(problems.at(1)));
    QCOMPARE(result.rows.at(3).problems.size(), 1);

    const TimelineEvent *letter = catalogue.event(u"llr-councils-write-to-nhs-england"_s);
    QVERIFY(letter);
    QCOMPARE(letter->date.label(), u"3 August 2017"_s);
    QCOMPARE(letter->summary(), u"They ask for the plan, in full.\n\nColour: red"_s);
    QCOMPARE(letter->actorIds(),
             (QStringList{u"leicester-city-council"_s, u"rutland-county-council"_s}));
    QCOMPARE(letter->laneId, u"llr-councils"_s);

    const TimelineEvent *quarter = catalogue.event(u"the-third-quarter"_s);
    QVERIFY(quarter);
    QCOMPARE(quarter->date.first(), QDate(2019, 10, 1));
    QCOMPARE(quarter->date.last(), QDate(2019, 12, 31));
    QCOMPARE(quarter->dateBasis(),
             u"The sheet gives the date as \u201CQ3 2019/20\u201D (the financial quarter Q3 "
             "2019/20)."_s);
    QCOMPARE(quarter->laneId, u"no-lane"_s);
    QCOMPARE(quarter->summary(), u"Colour: blue"_s);

    const TimelineEvent *days = catalogue.event(u"three-days-in-august"_s);
    QVERIFY(days);
    QCOMPARE(days->date.label(), u"3 Aug 2017 \u2013 5 Aug 2017"_s);
    QCOMPARE(days->summary(), u"Two lines\nof notes"_s);
    // The row after a quoted line break is reported on its own text line.
    QCOMPARE(sheet.lines.at(9), 11);
    QCOMPARE(catalogue.event(u"financial-year-of-the-ics-plan"_s)->date.precisionName(),
             u"financial-year"_s);
}

void tst_SheetImport::row_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("problem"); // empty: none

    const QStringList dateEvent{u"Date"_s, u"Event"_s};
    const QStringList startEnd{u"Start"_s, u"End"_s, u"Event"_s};
    QTest::newRow("day") << dateEvent << QStringList{u"03/08/2017"_s, u"A"_s} << u"3 August 2017"_s
                         << QString() << QString();
    QTest::newRow("excel serial") << dateEvent << QStringList{u"42950"_s, u"A"_s}
                                  << u"3 August 2017"_s << QString() << QString();
    QTest::newRow("range in the start cell")
        << dateEvent << QStringList{u"Sept 2017 \u2013 Mar 2018"_s, u"A"_s}
        << u"Sept 2017 \u2013 Mar 2018"_s << QString() << QString();
    QTest::newRow("start and end") << startEnd << QStringList{u"Sept 2017"_s, u"Mar 2018"_s, u"A"_s}
                                   << u"Sept 2017 \u2013 Mar 2018"_s << QString() << QString();
    QTest::newRow("end same as start")
        << startEnd << QStringList{u"Sept 2017"_s, u"September 2017"_s, u"A"_s}
        << u"September 2017"_s << QString() << QString();
    QTest::newRow("end a range") << startEnd
                                 << QStringList{u"2017"_s, u"2018 \u2013 2019"_s, u"A"_s}
                                 << u"2017 \u2013 2019"_s << QString() << QString();
    QTest::newRow("approximate end") << startEnd << QStringList{u"2017"_s, u"c. 2018"_s, u"A"_s}
                                     << u"c. 2017 \u2013 2018"_s << QString() << QString();
    QTest::newRow("end before start")
        << startEnd << QStringList{u"2018"_s, u"2017"_s, u"A"_s} << QString() << QString()
        << u"in.csv:2:2: row 2, End: the end (2017) is before the start (2018); the row is not "
           "imported"_s;
    QTest::newRow("end unreadable")
        << startEnd << QStringList{u"2018"_s, u"soon"_s, u"A"_s} << QString() << QString()
        << u"in.csv:2:2: row 2, End: \u201Csoon\u201D is not a date"_s;
    QTest::newRow("end beside a range")
        << startEnd << QStringList{u"2017 to 2018"_s, u"2019"_s, u"A"_s} << u"2017 \u2013 2018"_s
        << u"End: 2019"_s
        << u"in.csv:2:2: row 2, End: the start cell holds the whole date, so the end "
           u"\u201C2019\u201D "
           "is kept in the summary"_s;
    QTest::newRow("empty date") << dateEvent << QStringList{u""_s, u"A"_s} << QString() << QString()
                                << u"in.csv:2:1: row 2, Date: \u201C\u201D is not a "
                                   "date: it is empty"_s;
    QTest::newRow("a formula's error as the title")
        << dateEvent << QStringList{u"2017"_s, u"#N/A"_s} << QString() << QString()
        << u"in.csv:2:2: row 2, Event: the cell holds the spreadsheet error #N/A, where a "
           "formula gave no value; the row is not imported"_s;
    QTest::newRow("a formula's error as the date")
        << dateEvent << QStringList{u" #REF! "_s, u"A"_s} << QString() << QString()
        << u"in.csv:2:1: row 2, Date: the cell holds the spreadsheet error #REF!"_s;
    QTest::newRow("a hash that is text")
        << dateEvent << QStringList{u"2017"_s, u"#1 priority"_s} << u"2017"_s << QString()
        << QString();
    QTest::newRow("short row") << dateEvent << QStringList{u"2017"_s} << QString() << QString()
                               << u"in.csv:2:2: row 2, Event: the title is empty"_s;
    QTest::newRow("time kept in the basis")
        << dateEvent << QStringList{u"2017-08-03T10:00"_s, u"A"_s} << u"3 August 2017"_s
        << QString() << QString();
    QTest::newRow("unmapped columns kept")
        << QStringList{u"Date"_s, u"Event"_s, u"Colour"_s, u""_s, u"Notes"_s}
        << QStringList{u"2017"_s, u"A"_s, u"red"_s, u"x"_s, u"Said so."_s} << u"2017"_s
        << u"Said so.\n\nColour: red\ncolumn 4: x"_s << QString();
    QTest::newRow("source, quote and url kept")
        << QStringList{u"Date"_s, u"Event"_s, u"Source"_s, u"Quote"_s, u"URL"_s}
        << QStringList{u"2017"_s, u"A"_s, u"HSJ"_s, u"at breaking point"_s,
                       u"https://example.org"_s}
        << u"2017"_s << u"Source: HSJ\nQuote: at breaking point\nURL: https://example.org"_s
        << QString();
}

void tst_SheetImport::row()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, cells);
    QFETCH(QString, date);
    QFETCH(QString, summary);
    QFETCH(QString, problem);

    Sheet sheet;
    sheet.rows = {header, cells};
    const SheetImportResult result = importGuessed(sheet);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.at(0).imported, !date.isEmpty());
    QCOMPARE(result.catalogue.events().size(), date.isEmpty() ? 0 : 1);
    if (!date.isEmpty()) {
        QCOMPARE(result.catalogue.events().at(0).date.label(), date);
        QCOMPARE(result.catalogue.events().at(0).summary(), summary);
    }
    const QStringList problems = problemLines(result.problems);
    QCOMPARE(problems.size(), problem.isEmpty() ? 0 : 1);
    if (!problem.isEmpty())
        QVERIFY2(problems.at(0).startsWith(problem), qPrintable(problems.at(0)));
}

void tst_SheetImport::lanesActorsTags()
{
    Sheet sheet;
    sheet.rows = {
        {u"Date"_s, u"Event"_s, u"Group"_s, u"Actors"_s, u"Tags"_s},
        {u"2017"_s, u"A"_s, u"Councils"_s, u"NHS England, Leicester City Council"_s, u"money"_s},
        {u"2018"_s, u"B"_s, u"National"_s, u"NHS England"_s, u"money; Governance"_s},
        {u"2016"_s, u"C"_s, u"Councils"_s, u""_s, u""_s},
        {u"2015"_s, u"D"_s, u" Councils "_s, u"a;;a"_s, u""_s},
    };
    const Catalogue catalogue = importGuessed(sheet).catalogue;
    QStringList lanes;
    for (const Lane &lane : catalogue.lanes())
        lanes.append(lane.id + u'=' + lane.name);
    QCOMPARE(lanes, (QStringList{u"councils=Councils"_s, u"national=National"_s}));
    QStringList actors;
    for (const Actor &actor : catalogue.actors())
        actors.append(actor.id + u'=' + actor.name);
    QCOMPARE(actors, (QStringList{u"nhs-england=NHS England"_s,
                                  u"leicester-city-council=Leicester City Council"_s, u"a=a"_s}));
    QStringList tags;
    for (const Tag &tag : catalogue.tags())
        tags.append(tag.id + u'=' + tag.name);
    QCOMPARE(tags, (QStringList{u"money=money"_s, u"governance=Governance"_s}));
    QCOMPARE(catalogue.event(u"b"_s)->tagIds(), (QStringList{u"money"_s, u"governance"_s}));
    QCOMPARE(catalogue.event(u"d"_s)->actorIds(), QStringList{u"a"_s});
    // Chronological, whatever the sheet's order.
    QCOMPARE(catalogue.events().at(0).id, u"d"_s);
}

void tst_SheetImport::ids()
{
    Sheet sheet;
    sheet.rows = {
        {u"id"_s, u"Date"_s, u"Event"_s},
        {u""_s, u"2017"_s, u"Councils object"_s},
        {u""_s, u"2018"_s, u"Councils object"_s},
        {u"councils-object"_s, u"2019"_s, u"Kept id"_s},
        {u"kept"_s, u"2020"_s, u"First kept"_s},
        {u"kept"_s, u"2021"_s, u"Second kept"_s},
        {u""_s, u"2022"_s, u"!!!"_s},
    };
    const SheetImportResult result = importGuessed(sheet);
    QStringList ids;
    for (const TimelineEvent &event : result.catalogue.events())
        ids.append(event.id);
    QCOMPARE(ids, (QStringList{u"councils-object-2"_s, u"councils-object-3"_s, u"councils-object"_s,
                               u"kept"_s, u"second-kept"_s, u"item"_s}));
    const QStringList problems = problemLines(result.problems);
    QCOMPARE(problems,
             QStringList{u"in.csv:6:1: row 6, id: the id \u201Ckept\u201D is used by an earlier "
                         "row; this row's id is made from its title"_s});
    // A second import of the same sheet gives the same ids.
    QStringList again;
    const SheetImportResult second = importGuessed(sheet);
    for (const TimelineEvent &event : second.catalogue.events())
        again.append(event.id);
    QCOMPARE(again, ids);
}

void tst_SheetImport::headerRow()
{
    Sheet sheet;
    sheet.rows = {
        {u"LLR timeline, as of June 2018"_s}, {u"When"_s, u"What"_s}, {u"2017"_s, u"A"_s}};
    ColumnMapping mapping = ColumnMapping::guess(sheet.rows.at(1));
    mapping.setHeaderRow(1);
    const SheetImportResult result = SheetImporter::import(sheet, mapping, u"in.xlsx"_s);
    QCOMPARE(result.catalogue.events().size(), 1);
    QCOMPARE(result.rows.at(0).row, 3);
    QVERIFY(result.problems.isEmpty());
}

void tst_SheetImport::isTimelineJsTemplate_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("expected");
    QTest::newRow("template") << QStringList{u"Year"_s, u"Month"_s, u"Day"_s, u"Headline"_s}
                              << true;
    QTest::newRow("no headline") << QStringList{u"Year"_s, u"Event"_s} << false;
    QTest::newRow("a date column too") << QStringList{u"Year"_s, u"Date"_s, u"Headline"_s} << false;
    QTest::newRow("ours") << QStringList{u"Date"_s, u"Event"_s} << false;
}

void tst_SheetImport::isTimelineJsTemplate()
{
    QFETCH(QStringList, header);
    QFETCH(bool, expected);
    QCOMPARE(SheetImporter::isTimelineJsTemplate(header), expected);
}

void tst_SheetImport::timelineJsTemplate()
{
    const Sheet sheet = fixture(u"timelinejs-template.csv"_s);
    QVERIFY(ColumnMapping::guess(sheet.rows.at(0)).isUsable());
    const SheetImportResult result = importGuessed(sheet, u"template.csv"_s);
    const Catalogue &catalogue = result.catalogue;
    QCOMPARE(catalogue.title(), u"Sustainability and Transformation"_s);

    QStringList events;
    for (const TimelineEvent &event : catalogue.events())
        events.append(event.date.label() + u" | "_s + event.title + u" | "_s + event.laneId);
    QCOMPARE(events, (QStringList{
                         u"October 2014 | Five Year Forward View | national"_s,
                         u"2015 | An era | eras"_s,
                         u"2016 | STP footprints | national"_s,
                         u"3 August 2017 | Councils write | llr-councils"_s,
                         u"2018/19 | The financial year | national"_s,
                     }));
    const TimelineEvent *fyfv = catalogue.event(u"five-year-forward-view"_s);
    QCOMPARE(fyfv->summary(), u"NHS England publishes the plan.\n\nMedia: https://example.org/fyfv "
                              "\u2014 The cover \u2014 credit: NHS England"_s);
    const TimelineEvent *letter = catalogue.event(u"councils-write"_s);
    QCOMPARE(letter->summary(), u"Letter & reply"_s);
    QCOMPARE(letter->dateBasis(), u"The sheet gives the time 10:00."_s);

    const QStringList problems = problemLines(result.problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(
        problems.at(0).startsWith(
            u"template.csv:7:2: row 7, Month: the month \u201C13\u201D is not a whole number from 1 to 12"_s),
        qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(
                 u"template.csv:8:3: row 8, Day: a day is given without a month"_s),
             qPrintable(problems.at(1)));
}

// Our CSV listing read back gives the same listing: ids, dates at their precision (the label
// holds them), titles, lanes, actors and tags.
void tst_SheetImport::ourCsvRoundTrip()
{
    const Catalogue first = importGuessed(fixture(u"officer-timeline.csv"_s)).catalogue;
    const QByteArray csv = EventListingWriter::toCsv(first);
    const Sheet sheet = sheetFromCsv(QString::fromUtf8(csv));
    const ColumnMapping mapping = ColumnMapping::guess(sheet.rows.at(0));
    QVERIFY(mapping.isUsable());
    const SheetImportResult again = SheetImporter::import(sheet, mapping, u"listing.csv"_s);
    QVERIFY2(again.problems.isEmpty(), qPrintable(problemLines(again.problems).join(u'\n')));
    QCOMPARE(again.catalogue.events().size(), first.events().size());
    QCOMPARE(QString::fromUtf8(EventListingWriter::toCsv(again.catalogue)), QString::fromUtf8(csv));
    for (qsizetype i = 0; i < first.events().size(); ++i)
        QCOMPARE(again.catalogue.events().at(i).date, first.events().at(i).date);
}

// A European Excel's CSV: BOM, semicolons, a quoted line break, dates turned into serial
// numbers, empty trailing rows. Problems name the text line, not the row.
void tst_SheetImport::europeanExcelThroughTheWorkbookReader()
{
    QFile file(TestFiles::path(u"import"_s, u"european-serials.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Workbook workbook = WorkbookReader::read(file.readAll(), u"european-serials.csv"_s);
    QVERIFY(workbook.problems.isEmpty());
    QCOMPARE(workbook.sheets.size(), 1);
    const Sheet &sheet = workbook.sheets.at(0);
    const SheetImportResult result = importGuessed(sheet, u"european-serials.csv"_s);
    QStringList events;
    for (const TimelineEvent &event : result.catalogue.events())
        events.append(event.date.label() + u" | "_s + event.title + u" | "_s + event.laneId);
    QCOMPARE(events, (QStringList{u"3 August 2017 | Councils write | llr-councils"_s,
                                  u"14 June 2018 | BLMK leaders write | blmk"_s}));
    const QString summary = result.catalogue.event(u"councils-write"_s)->summary();
    QVERIFY2(summary.startsWith(u"Letter;"_s) && summary.endsWith(u"\nwith a line break"_s),
             qPrintable(summary));
    QCOMPARE(problemLines(result.problems).size(), 1);
    QVERIFY2(problemLines(result.problems)
                 .at(0)
                 .startsWith(
                     u"european-serials.csv:5:1: row 4, When: \u201C42958,5\u201D is not a date"_s),
             qPrintable(problemLines(result.problems).at(0)));
}

QTEST_GUILESS_MAIN(tst_SheetImport)
#include "tst_sheetimport.moc"
