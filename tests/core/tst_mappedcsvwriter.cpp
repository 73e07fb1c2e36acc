#include "columnmapping.h"
#include "mappedcsvwriter.h"
#include "sheetimport.h"
#include "workbookreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane)
{
    TimelineEvent e;
    e.id = id;
    e.title = title;
    e.date = EventDate::parse(date);
    e.laneId = lane;
    return e;
}

Catalogue sample()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"llr"_s, u"LLR councils"_s, {}}, {u"nhs"_s, u"NHS England"_s, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"governance"_s, u"Governance"_s}});
    TimelineEvent stp = makeEvent(u"stp"_s, u"STP published, \"draft\""_s, u"3 August 2017"_s,
                                  u"llr"_s);
    stp.setSummary(u"Two lines:\nthe second."_s);
    stp.setTagIds({u"money"_s, u"governance"_s});
    catalogue.setEvents({
        stp,
        makeEvent(u"consult"_s, u"Consultation"_s, u"c. Sept 2017 \u2013 Mar 2018"_s, u"llr"_s),
        makeEvent(u"budget"_s, u"Budget year"_s, u"2018/19 (planned)"_s, u"nhs"_s),
        makeEvent(u"letter"_s, u"Leaders write"_s, u"by June 2018"_s, u"nhs"_s),
    });
    return catalogue;
}

} // namespace

// The timeline written in an officer's own columns, so that it goes back into their
// spreadsheet: the columns of the mapping in its order, dates as our labels, names for ids.
class tst_MappedCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void columnsFromSpec_data();
    void columnsFromSpec();
    void writesTheirColumns();
    void roundTripThroughTheImporter_data();
    void roundTripThroughTheImporter();
};

void tst_MappedCsvWriter::columnsFromSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("headers"); // "|"-joined, empty on error
    QTest::addColumn<QString>("error");
    QTest::newRow("the issue's example")
        << u"start=Date,title=Event,summary=Notes,lane=Lane"_s << u"Date|Event|Notes|Lane"_s
        << QString();
    QTest::newRow("spaces and a trailing comma")
        << u" start = When , title= What ,"_s << u"When|What"_s << QString();
    QTest::newRow("unknown field") << u"start=Date,colour=Red"_s << QString()
                                   << u"unknown field \"colour\" in the mapping"_s;
    QTest::newRow("no name") << u"start"_s << QString()
                             << u"the field \"start\" has no column name (write start=Name)"_s;
    QTest::newRow("twice") << u"title=A,title=B"_s << QString()
                           << u"the mapping names the field \"title\" twice"_s;
    QTest::newRow("nothing") << u","_s << QString() << u"the mapping names no column"_s;
}

void tst_MappedCsvWriter::columnsFromSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, headers);
    QFETCH(QString, error);
    QString why;
    const auto columns = MappedCsvWriter::columnsFromSpec(spec, &why);
    QCOMPARE(why, error);
    QCOMPARE(columns.has_value(), error.isEmpty());
    if (!columns)
        return;
    QStringList names;
    for (const MappedCsvWriter::Column &column : *columns)
        names.append(column.header);
    QCOMPARE(names.join(u'|'), headers);
}

void tst_MappedCsvWriter::writesTheirColumns()
{
    const auto columns = MappedCsvWriter::columnsFromSpec(
        u"start=Date,end=Until,title=Event,summary=Notes,lane=Lane,tags=Themes"_s, nullptr);
    QVERIFY(columns);
    const QByteArray csv = MappedCsvWriter::toCsv(sample(), *columns);
    const QByteArray expected =
        "Date,Until,Event,Notes,Lane,Themes\r\n"
        "3 August 2017,,\"STP published, \"\"draft\"\"\",\"Two lines:\nthe second.\","
        "LLR councils,Money; Governance\r\n"
        "c. September 2017,c. March 2018,Consultation,,LLR councils,\r\n"
        "2018/19 (planned),,Budget year,,NHS England,\r\n"
        "by June 2018,,Leaders write,,NHS England,\r\n";
    QCOMPARE(csv, expected);
    // Only the chosen events, in the order given.
    const QByteArray two = MappedCsvWriter::toCsv(sample(), *columns, {3, 0});
    QVERIFY(two.contains("\r\nby June 2018,"));
    QCOMPARE(two.count("\r\n"), 3); // the header and two records (the summary breaks with LF)
}

void tst_MappedCsvWriter::roundTripThroughTheImporter_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("date in one column") << u"start=Date,title=Event,lane=Lane"_s;
    QTest::newRow("start and end") << u"start=From,end=To,title=What,summary=Notes,lane=Group"_s;
}

void tst_MappedCsvWriter::roundTripThroughTheImporter()
{
    QFETCH(QString, spec);
    const auto columns = MappedCsvWriter::columnsFromSpec(spec, nullptr);
    QVERIFY(columns);
    const QByteArray csv = MappedCsvWriter::toCsv(sample(), *columns);
    const Workbook workbook = WorkbookReader::read(csv, u"theirs.csv"_s);
    QVERIFY(workbook.problems.isEmpty());
    const Sheet &sheet = workbook.sheets.first();
    QString error;
    const std::optional<ColumnMapping> mapping =
        ColumnMapping::fromSpec(spec, sheet.rows.first(), &error);
    QVERIFY2(mapping, qPrintable(error));
    const SheetImportResult result = SheetImporter::import(sheet, *mapping, u"theirs.csv"_s);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    const Catalogue &back = result.catalogue;
    const Catalogue written = sample();
    QCOMPARE(back.events().size(), written.events().size());
    for (const TimelineEvent &original : written.events()) {
        const auto found = std::find_if(back.events().cbegin(), back.events().cend(),
                                        [&](const TimelineEvent &e) { return e.title == original.title; });
        QVERIFY2(found != back.events().cend(), qPrintable(original.title));
        QCOMPARE(found->date.label(), original.date.label());
    }
    // And written again in the same columns, the same text.
    QCOMPARE(MappedCsvWriter::toCsv(back, *columns), csv);
}

QTEST_GUILESS_MAIN(tst_MappedCsvWriter)
#include "tst_mappedcsvwriter.moc"
