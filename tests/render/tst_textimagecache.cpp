#include "textimagecache.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTest>

#include <functional>

namespace {

QImage drawn(const std::function<void(QPainter &)> &draw, qreal dpr = 1)
{
    QImage image(QSize(240, 40) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter);
    return image;
}

// How many pixels differ by more than a rounding step.
int differences(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            count += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                         std::abs(p.blue() - q.blue()) >
                     6;
        }
    }
    return count;
}

} // namespace

class TestTextImageCache : public QObject
{
    Q_OBJECT
private slots:
    void looksLikeText_data();
    void looksLikeText();
    void coloursAreKeptApart();
};

void TestTextImageCache::looksLikeText_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

void TestTextImageCache::looksLikeText()
{
    QFETCH(qreal, dpr);
    QFont font;
    font.setPixelSize(13);
    font.setKerning(false);
    const QString text = u"Draft plan seeks \u00A3300m capital \u2013 \u201Cfor now\u201D"_qs;
    const QPointF topLeft(10, 12);
    const QImage direct = drawn(
        [&](QPainter &p) {
            p.setFont(font);
            p.setPen(Qt::darkBlue);
            p.drawText(topLeft + QPointF(0, QFontMetricsF(font).ascent()), text);
        },
        dpr);
    TextImageCache cache;
    cache.setFont(font);
    // The first time as text, from then on from an image: the same picture either way.
    for (int time = 0; time < 3; ++time) {
        const QImage cached =
            drawn([&](QPainter &p) { cache.draw(&p, topLeft, text, Qt::darkBlue); }, dpr);
        QVERIFY2(differences(direct, cached) < 4, qPrintable(QString::number(time)));
    }
    // Something was drawn at all.
    QVERIFY(differences(direct, drawn([](QPainter &) {}, dpr)) > 50);
}

void TestTextImageCache::coloursAreKeptApart()
{
    QFont font;
    font.setPixelSize(13);
    TextImageCache cache;
    cache.setFont(font);
    for (int time = 0; time < 2; ++time) {
        const QImage red =
            drawn([&](QPainter &p) { cache.draw(&p, QPointF(5, 5), u"Today"_qs, Qt::red); });
        const QImage black =
            drawn([&](QPainter &p) { cache.draw(&p, QPointF(5, 5), u"Today"_qs, Qt::black); });
        QVERIFY(differences(red, black) > 10);
    }
    // A painter that records (as SVG and PDF do) gets text, not an image.
    QPicture picture;
    QPainter painter(&picture);
    cache.draw(&painter, QPointF(5, 5), u"Today"_qs, Qt::black);
    painter.end();
    QImage replayed(100, 30, QImage::Format_ARGB32_Premultiplied);
    replayed.fill(Qt::white);
    QPainter replay(&replayed);
    picture.play(&replay);
    replay.end();
    QVERIFY(differences(replayed, drawn([](QPainter &) {}).copy(0, 0, 100, 30)) > 10);
}

QTEST_MAIN(TestTextImageCache)
#include "tst_textimagecache.moc"
