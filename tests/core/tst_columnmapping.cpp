#include "columnmapping.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "start=0,title=1" as the mapping's 0-based columns, for compact expectations.
QString columns(const ColumnMapping &mapping)
{
    QStringList parts;
    for (ImportField field : allImportFields()) {
        if (mapping.column(field) >= 0)
            parts.append(importFieldKey(field) + u'=' + QString::number(mapping.column(field)));
    }
    for (int c : mapping.ignoredColumns())
        parts.append(u"ignore="_s + QString::number(c));
    return parts.join(u',');
}

} // namespace

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void fieldKeys();
    void guess_data();
    void guess();
    void usable_data();
    void usable();
    void fromSpec_data();
    void fromSpec();
    void fromSpecRefused_data();
    void fromSpecRefused();
    void toSpecRoundTrip_data();
    void toSpecRoundTrip();
};

void tst_ColumnMapping::fieldKeys()
{
    for (ImportField field : allImportFields())
        QCOMPARE(importFieldFromKey(importFieldKey(field)), field);
    QCOMPARE(importFieldFromKey(u" Title "), ImportField::Title);
    QCOMPARE(importFieldFromKey(u"date"), std::nullopt);
    QCOMPARE(allImportFields().size(), 11);
}

void tst_ColumnMapping::guess_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the issue's sheet") << QStringList{u"Date"_s, u"Event"_s, u"Notes"_s, u"Lane"_s}
                                       << u"start=0,title=1,summary=2,lane=3"_s;
    QTest::newRow("case and spaces")
        << QStringList{u" start DATE "_s, u"End_Date"_s, u"HEADLINE"_s, u"Category"_s}
        << u"start=0,end=1,title=2,lane=3"_s;
    QTest::newRow("every field")
        << QStringList{u"When"_s,    u"Until"_s, u"What"_s,     u"Details"_s,
                       u"Theme"_s,   u"Who"_s,   u"Keywords"_s, u"Document"_s,
                       u"Excerpt"_s, u"Link"_s,  u"ID"_s}
        << u"start=0,end=1,title=2,summary=3,lane=4,actors=5,tags=6,source=7,quote=8,url=9,id=10"_s;
    QTest::newRow("first column wins")
        << QStringList{u"Date"_s, u"Start"_s, u"Title"_s, u"Event"_s} << u"start=0,title=2"_s;
    QTest::newRow("from and to") << QStringList{u"From"_s, u"To"_s, u"Title"_s}
                                 << u"start=0,end=1,title=2"_s;
    QTest::newRow("unknown names") << QStringList{u"Colour"_s, u""_s, u"Notes"_s} << u"summary=2"_s;
    QTest::newRow("empty header") << QStringList{} << QString();
    QTest::newRow("our listing") << QStringList{u"id"_s,        u"start"_s,       u"end"_s,
                                                u"precision"_s, u"approximate"_s, u"status"_s,
                                                u"label"_s,     u"title"_s,       u"lane"_s,
                                                u"actors"_s,    u"tags"_s,        u"sources"_s}
                                 << u"start=6,title=7,lane=8,actors=9,tags=10,source=11,id=0,"
                                    "ignore=1,ignore=2,ignore=3,ignore=4,ignore=5"_s;
    QTest::newRow("timelinejs template")
        << QStringList{u"Year"_s,         u"Month"_s,         u"Day"_s,
                       u"Time"_s,         u"End Year"_s,      u"End Month"_s,
                       u"End Day"_s,      u"End Time"_s,      u"Display Date"_s,
                       u"Headline"_s,     u"Text"_s,          u"Media"_s,
                       u"Media Credit"_s, u"Media Caption"_s, u"Media Thumbnail"_s,
                       u"Type"_s,         u"Group"_s,         u"Background"_s}
        << u"start=0,title=9,summary=10,lane=16,url=11"_s;
}

void tst_ColumnMapping::guess()
{
    QFETCH(QStringList, header);
    QFETCH(QString, expected);
    QCOMPARE(columns(ColumnMapping::guess(header)), expected);
}

void tst_ColumnMapping::usable_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("why");
    QTest::newRow("date and event") << QStringList{u"Date"_s, u"Event"_s} << true << QString();
    QTest::newRow("no title") << QStringList{u"Date"_s, u"Notes"_s} << false
                              << u"no column is mapped to title"_s;
    QTest::newRow("no date") << QStringList{u"Event"_s} << false
                             << u"no column is mapped to start (the date)"_s;
    QTest::newRow("nothing") << QStringList{u"a"_s, u"b"_s} << false
                             << u"no column is mapped to start (the date) or title"_s;
}

void tst_ColumnMapping::usable()
{
    QFETCH(QStringList, header);
    QFETCH(bool, usable);
    QFETCH(QString, why);
    QString got;
    QCOMPARE(ColumnMapping::guess(header).isUsable(&got), usable);
    QCOMPARE(got, why);
}

void tst_ColumnMapping::fromSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the issue's spec") << u"start=Date,title=Event,summary=Notes,lane=Lane"_s
                                      << u"start=0,title=1,summary=2,lane=4"_s;
    QTest::newRow("case and spaces") << u" START = date , Title=EVENT "_s << u"start=0,title=1"_s;
    QTest::newRow("by number") << u"start=1,title=2,lane=5"_s << u"start=0,title=1,lane=4"_s;
    QTest::newRow("a header that is a number") << u"tags=2017"_s << u"tags=5"_s;
    QTest::newRow("ignored") << u"start=Date,title=Event,ignore=Notes"_s
                             << u"start=0,title=1,ignore=2"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing comma") << u"start=Date,"_s << u"start=0"_s;
}

void tst_ColumnMapping::fromSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const QStringList header{u"Date"_s, u"Event"_s, u"Notes"_s, u"Who"_s, u"Lane"_s, u"2017"_s};
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::fromSpec(spec, header, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(columns(*mapping), expected);
}

void tst_ColumnMapping::fromSpecRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field")
        << u"start=Date,when=Event"_s
        << u"unknown field \u201Cwhen\u201D; the fields are start, end"_s;
    QTest::newRow("unknown column") << u"start=Date,title=Headline"_s
                                    << u"\u201CHeadline\u201D for title is not a column: the "
                                       "header has Date, Event, Notes"_s;
    QTest::newRow("column number too large") << u"start=7"_s << u"\u201C7\u201D for start"_s;
    QTest::newRow("column zero") << u"start=0"_s << u"is not a column"_s;
    QTest::newRow("duplicate field") << u"start=Date,start=Notes"_s << u"start is mapped twice"_s;
    QTest::newRow("column twice") << u"start=Date,end=1"_s
                                  << u"column 1 (\u201CDate\u201D) is given twice"_s;
    QTest::newRow("no equals") << u"start"_s << u"\u201Cstart\u201D is not field=column"_s;
}

void tst_ColumnMapping::fromSpecRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const QStringList header{u"Date"_s, u"Event"_s, u"Notes"_s, u"Who"_s, u"Lane"_s, u"2017"_s};
    QString error;
    QCOMPARE(ColumnMapping::fromSpec(spec, header, &error), std::nullopt);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_ColumnMapping::toSpecRoundTrip_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("spec");
    const QStringList plain{u"Date"_s, u"Event"_s, u"Notes"_s, u"Lane"_s};
    QTest::newRow("names") << plain << u"start=Date,title=Event,summary=Notes,lane=Lane"_s;
    QTest::newRow("numbers for unnamed")
        << QStringList{u"Date"_s, u""_s, u"3"_s, u"Date"_s, u"a,b"_s} << u"start=2,title=5"_s;
    QTest::newRow("ignored") << plain << u"start=Date,title=Event,ignore=Notes"_s;
    QTest::newRow("nothing") << plain << QString();
}

void tst_ColumnMapping::toSpecRoundTrip()
{
    QFETCH(QStringList, header);
    QFETCH(QString, spec);
    // A header written by hand, mapped through guess and by spec: both read back.
    const ColumnMapping guessed = ColumnMapping::guess(header);
    QCOMPARE(ColumnMapping::fromSpec(guessed.toSpec(header), header, nullptr), guessed);
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::fromSpec(spec, header, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->toSpec(header), spec);
    QCOMPARE(ColumnMapping::fromSpec(mapping->toSpec(header), header, nullptr), mapping);
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
