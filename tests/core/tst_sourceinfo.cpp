#include "sourceinfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SourceInfo : public QObject
{
    Q_OBJECT

private slots:
    void citation_data();
    void citation();
};

void tst_SourceInfo::citation_data()
{
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("citation");

    QTest::newRow("whole") << u"HSJ"_s << u"September 2017"_s
                           << u"\u201CCabinet report\u201D, HSJ, September 2017"_s;
    QTest::newRow("no publisher yet") << QString() << u"16 July 2019"_s
                                      << u"\u201CCabinet report\u201D, 16 July 2019"_s;
    QTest::newRow("no date") << u"HSJ"_s << QString() << u"\u201CCabinet report\u201D, HSJ"_s;
}

void tst_SourceInfo::citation()
{
    QFETCH(QString, publisher);
    QFETCH(QString, date);
    QFETCH(QString, citation);

    SourceInfo source;
    source.title = u"Cabinet report"_s;
    source.publisher = publisher;
    if (!date.isEmpty())
        source.date = EventDate::parse(date);
    QCOMPARE(source.citation(), citation);
}

QTEST_GUILESS_MAIN(tst_SourceInfo)
#include "tst_sourceinfo.moc"
