#include "textwidthcache.h"

#include <QGuiApplication>
#include <QTest>

class TestTextWidthCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void widthMatchesShaping_data();
    void widthMatchesShaping();
    void elidesToFit_data();
    void elidesToFit();

private:
    QFont m_font;
};

void TestTextWidthCache::initTestCase()
{
    m_font.setPixelSize(13);
    m_font.setKerning(false);
}

void TestTextWidthCache::widthMatchesShaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"NHS England publishes the Five Year Forward View"_qs;
    QTest::newRow("punctuation")
        << u"\u201CBreaking point\u201D \u2013 council\u2019s reply (2017/18)\u2026"_qs;
    QTest::newRow("accents") << u"Caf\u00E9 r\u00E9sum\u00E9 \u0141\u00F3d\u017A"_qs;
    QTest::newRow("needs shaping") << u"\u0645\u0631\u062D\u0628\u0627 and e\u0301"_qs;
    QTest::newRow("empty") << QString();
}

void TestTextWidthCache::widthMatchesShaping()
{
    QFETCH(QString, text);
    const TextWidthCache cache(m_font);
    QVERIFY(std::abs(cache.width(text) - QFontMetricsF(m_font).horizontalAdvance(text)) < 0.5);
}

void TestTextWidthCache::elidesToFit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("maxWidth");
    QTest::addColumn<bool>("elided");
    const QString title = u"Leicester, Leicestershire and Rutland STP footprint agreed"_qs;
    QTest::newRow("fits") << title << 1000.0 << false;
    QTest::newRow("half") << title << 150.0 << true;
    QTest::newRow("an ellipsis") << title << 15.0 << true;
    QTest::newRow("nothing fits") << title << 3.0 << true;
    QTest::newRow("shaped text")
        << u"\u0645\u0631\u062D\u0628\u0627 \u0645\u0631\u062D\u0628\u0627 \u0645\u0631\u062D\u0628\u0627"_qs
        << 30.0 << true;
}

void TestTextWidthCache::elidesToFit()
{
    QFETCH(QString, text);
    QFETCH(qreal, maxWidth);
    QFETCH(bool, elided);
    const TextWidthCache cache(m_font);
    const QString result = cache.elided(text, maxWidth);
    QCOMPARE(result != text, elided);
    if (elided && maxWidth < QFontMetricsF(m_font).horizontalAdvance(QChar(0x2026))) {
        QVERIFY(result.isEmpty());
    } else if (elided) {
        QVERIFY(result.endsWith(QChar(0x2026)));
        QVERIFY2(QFontMetricsF(m_font).horizontalAdvance(result) <= maxWidth + 0.5,
                 qPrintable(result));
        QVERIFY(!result.contains(u" \u2026"_qs)); // no space before the ellipsis
    }
}

QTEST_MAIN(TestTextWidthCache)
#include "tst_textwidthcache.moc"
