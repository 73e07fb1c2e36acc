#include "exportfooter.h"
#include "samplecatalogue.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

// The footer's citations, the date, and what it leaves out when short of room.
class tst_ExportFooter : public QObject
{
    Q_OBJECT

private slots:
    void madeOnText();
    void lines_data();
    void lines();
};

void tst_ExportFooter::madeOnText()
{
    QCOMPARE(ExportFooter::madeOnText(QDate(2026, 11, 25)), u"Made on 25 November 2026"_s);
    QCOMPARE(ExportFooter::madeOnText(QDate(2018, 4, 1)), u"Made on 1 April 2018"_s);
}

void tst_ExportFooter::lines_data()
{
    QTest::addColumn<int>("sourceCount");
    QTest::addColumn<qreal>("maxHeight");
    QTest::addColumn<int>("shown");

    QTest::newRow("none") << 0 << 200.0 << 0;
    QTest::newRow("two, room") << 2 << 200.0 << 2;
    QTest::newRow("thirty, room") << 30 << 2000.0 << 30;
    QTest::newRow("thirty, little room") << 30 << 100.0 << -1; // some, then "and N more"
}

void tst_ExportFooter::lines()
{
    QFETCH(int, sourceCount);
    QFETCH(qreal, maxHeight);
    QFETCH(int, shown);

    QList<SourceInfo> sources;
    for (int i = 0; i < sourceCount; ++i) {
        sources.append({u"s%1"_s.arg(i),
                        {},
                        u"Report %1"_s.arg(i),
                        u"Council"_s,
                        {},
                        {},
                        EventDate::parse(u"2017"),
                        {}});
    }
    QList<const SourceInfo *> pointers;
    for (const SourceInfo &source : std::as_const(sources))
        pointers.append(&source);
    const ExportFooter footer(TimelineTheme::print(), pointers, QDate(2026, 11, 25));

    const qreal width = 900;
    const QStringList lines = footer.lines(width, maxHeight);
    QVERIFY(lines.contains(u"Made on 25 November 2026"_s));
    QVERIFY(footer.height(width, maxHeight) <= maxHeight);
    QVERIFY(footer.height(width, maxHeight) > 0);
    if (sourceCount == 0) {
        QCOMPARE(lines, QStringList{u"Made on 25 November 2026"_s});
        return;
    }
    QCOMPARE(lines.first(), u"Sources"_s);
    const qsizetype citations = std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(u"\u201CReport"_s);
    });
    if (shown >= 0) {
        QCOMPARE(citations, shown);
        QVERIFY(lines.contains(sources.first().citation()));
        return;
    }
    QVERIFY(citations > 0 && citations < sourceCount);
    QCOMPARE(lines.last(), u"… and %1 more sources"_s.arg(sourceCount - citations));

    // What is drawn fits the rectangle: nothing painted below it.
    QImage image(int(width), int(maxHeight) + 50, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    footer.paint(&painter, QRectF(0, 0, width, footer.height(width, maxHeight)));
    painter.end();
    const int bottom = int(std::ceil(footer.height(width, maxHeight)));
    QImage below(int(width), image.height() - bottom, QImage::Format_RGB32);
    below.fill(Qt::white);
    QCOMPARE(image.copy(0, bottom, int(width), image.height() - bottom), below);
}

QTEST_MAIN(tst_ExportFooter)
#include "tst_exportfooter.moc"
