#include "exportlegend.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

// The legend's entries flow into as many lines as the width needs.
class tst_ExportLegend : public QObject
{
    Q_OBJECT

private slots:
    void dateStyles_data();
    void dateStyles();
    void height_data();
    void height();
    void drawsLaneColours();
};

// The open-ended entry is there only when the timeline has such a date.
void tst_ExportLegend::dateStyles_data()
{
    QTest::addColumn<bool>("openEnded");
    QTest::addColumn<int>("styles");

    QTest::newRow("no open-ended date") << false << 5;
    QTest::newRow("an open-ended date") << true << 6;
}

void tst_ExportLegend::dateStyles()
{
    QFETCH(bool, openEnded);
    QFETCH(int, styles);

    const QStringList names = ExportLegend::dateStyleNames(openEnded);
    QCOMPARE(names.size(), styles);
    QVERIFY(names.contains(u"Approximate (c.)"_s));
    QVERIFY(names.contains(u"Planned"_s));
    const QString entry = u"By, before or after a date: the report does not say when"_s;
    QCOMPARE(names.contains(entry), openEnded);

    const ExportLegend legend(TimelineTheme::print(), {{0, u"First"_s}}, false, openEnded);
    QCOMPARE(legend.texts(), QStringList{u"First"_s} + names);
    QCOMPARE(legend.texts().contains(entry), openEnded);
}

void tst_ExportLegend::height_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<qreal>("width");
    QTest::addColumn<int>("lines");

    QTest::newRow("no lanes, wide") << 0 << 2000.0 << 1;
    QTest::newRow("five lanes, wide") << 5 << 2000.0 << 2; // the date styles on a line of their own
    QTest::newRow("five lanes, narrow") << 5 << 300.0 << 0; // more lines than that
}

void tst_ExportLegend::height()
{
    QFETCH(int, lanes);
    QFETCH(qreal, width);
    QFETCH(int, lines);

    QList<ExportLegend::LaneEntry> entries;
    for (int i = 0; i < lanes; ++i)
        entries.append({i, u"Lane number %1"_s.arg(i)});
    const ExportLegend legend(TimelineTheme::print(), entries);
    const ExportLegend single(TimelineTheme::print(), {});
    const qreal line = single.height(2000);
    QVERIFY(line > 0);
    if (lines > 0)
        QVERIFY(qAbs(legend.height(width) - lines * line) < 0.5);
    else
        QVERIFY(legend.height(width) > 3 * line);
}

void tst_ExportLegend::drawsLaneColours()
{
    const TimelineTheme theme = TimelineTheme::print();
    const ExportLegend legend(theme, {{0, u"First"_s}, {2, u"Third"_s}});
    QImage image(800, int(std::ceil(legend.height(800))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    legend.paint(&painter, QRectF(0, 0, 800, image.height()));
    painter.end();
    auto has = [&image](const QColor &colour) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == colour)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(has(theme.laneColour(0)));
    QVERIFY(has(theme.laneColour(2)));
    QVERIFY(!has(theme.laneColour(1)));
}

QTEST_MAIN(tst_ExportLegend)
#include "tst_exportlegend.moc"
