#include "catalogueloader.h"
#include "eventlistingcsvreader.h"
#include "eventlistingwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList problems(const ProblemList &list)
{
    QStringList lines;
    for (const Problem &problem : list)
        lines.append(problem.toString());
    return lines;
}

const QByteArray kHeader =
    "id,start,end,precision,approximate,status,label,title,lane,actors,tags,sources\r\n";

} // namespace

class tst_EventListingCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void problems_data();
    void problems();
};

// Our CSV -> catalogue -> CSV: the same text.
void tst_EventListingCsvReader::roundTrip()
{
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    const QByteArray csv = EventListingWriter::toCsv(builtIn.catalogue);
    const CatalogueLoadResult read = EventListingCsvReader::read(csv, u"listing.csv"_s);
    QCOMPARE(::problems(read.problems), QStringList());
    QCOMPARE(read.catalogue.events().size(), builtIn.catalogue.events().size());
    QCOMPARE(QString::fromUtf8(EventListingWriter::toCsv(read.catalogue)), QString::fromUtf8(csv));
}

void tst_EventListingCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("a label that disagrees")
        << kHeader + "a,2017-08-03,2017-08-03,day,false,happened,4 August 2017,T,l,,,\r\n"
        << QStringList{u"l.csv:2: start, end, precision, approximate and status do not agree "
                       "with the label \u201C4 August 2017\u201D"_s};
    QTest::newRow("a passage that is not file:start-end")
        << kHeader + "a,2017-08-03,2017-08-03,day,false,happened,3 August 2017,T,l,,,x.txt:9\r\n"
        << QStringList{u"l.csv:2: the source \u201Cx.txt:9\u201D is not file:start-end"_s};
    QTest::newRow("a repeated id")
        << kHeader + "a,2017-08-03,2017-08-03,day,false,happened,3 August 2017,T,l,,,\r\n"
                     "a,2017-08-03,2017-08-03,day,false,happened,3 August 2017,U,l,,,\r\n"
        << QStringList{u"l.csv:3: the id \"a\" is used twice"_s};
    QTest::newRow("too few fields") << kHeader + "a,2017-08-03\r\n"
                                    << QStringList{u"l.csv:2: expected 12 fields, not 2"_s};
}

void tst_EventListingCsvReader::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, problems);
    QVERIFY(EventListingCsvReader::isListingCsv(data));
    const CatalogueLoadResult result = EventListingCsvReader::read(data, u"l.csv"_s);
    QCOMPARE(::problems(result.problems), problems);
}

QTEST_GUILESS_MAIN(tst_EventListingCsvReader)
#include "tst_eventlistingcsvreader.moc"
