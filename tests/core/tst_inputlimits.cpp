#include "inputlimits.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One unit at a time, as the rule is written: what the quick reading must agree with.
QString slowFirstBad(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F)
            return u"the control character U+"_s
                   + QString::number(uint(u), 16).toUpper().rightJustified(4, u'0');
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u))
            return u"an unpaired surrogate U+"_s + QString::number(uint(u), 16).toUpper();
    }
    return {};
}

} // namespace

class tst_InputLimits : public QObject
{
    Q_OBJECT

private slots:
    void firstBadCharacter_data();
    void firstBadCharacter();
    void firstBadCharacterAnywhere_data();
    void firstBadCharacterAnywhere();
};

void tst_InputLimits::firstBadCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text") << u"Five Year Forward View, October 2014"_s << QString();
    QTest::newRow("tab, line feed, carriage return")
        << u"one\ttwo\r\nthree and more words"_s << QString();
    QTest::newRow("non-ASCII below U+8000") << u"\u00A3 \u2019 \u4E00 and more words"_s
                                            << QString();
    QTest::newRow("non-ASCII from U+8000") << u"\u9000\uE000\uFFFD\uFFFF and more words"_s
                                           << QString();
    QTest::newRow("pairs") << u"\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600"_s
                           << QString();
    QTest::newRow("NUL") << u"abcdefghij\u0000klm"_s << u"the control character U+0000"_s;
    QTest::newRow("DEL") << u"abcdefghijklmnop\u007F"_s << u"the control character U+007F"_s;
    QTest::newRow("escape first") << u"\u001Babcdefghijklmnop"_s
                                  << u"the control character U+001B"_s;
    QTest::newRow("lone high at the end") << u"abcdefghijklmno"_s + QChar(0xD800)
                                          << u"an unpaired surrogate U+D800"_s;
    QTest::newRow("lone low") << u"abcdefg"_s + QChar(0xDC00) + u"hijklmno"_s
                              << u"an unpaired surrogate U+DC00"_s;
    QTest::newRow("two highs") << u"abcdefg"_s + QChar(0xD800) + QChar(0xD801) + u"xx"_s
                               << u"an unpaired surrogate U+D800"_s;
    QTest::newRow("the first of two") << u"abcdefghijk\u0001mnopqrstu\u0002"_s
                                      << u"the control character U+0001"_s;
}

void tst_InputLimits::firstBadCharacter()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(InputLimits::firstBadCharacter(text), expected);
    QCOMPARE(slowFirstBad(text), expected);
}

// Each kind of unit at every place in texts of up to 40 units, so that it falls at each place
// in a block of eight, at a block's edge and in the last few units; pairs straddle the edges.
void tst_InputLimits::firstBadCharacterAnywhere_data()
{
    QTest::addColumn<QString>("filler");
    QTest::addColumn<QString>("unit");

    const QString ascii = u"abcdefghijklmnopqrstuvwxyz0123456789ABCD"_s;
    QString wide;
    while (wide.size() < 40)
        wide += u"\u4E00\u9000\U0001F600\u00E9"_s;
    wide.truncate(40);
    if (wide.back().isHighSurrogate())
        wide.chop(1);
    const QList<std::pair<const char *, QString>> units = {
        {"NUL", QString(QChar(0))},
        {"DEL", QString(QChar(0x7F))},
        {"tab", u"\t"_s},
        {"lone high", QString(QChar(0xD800))},
        {"lone low", QString(QChar(0xDFFF))},
        {"pair", u"\U00010000"_s},
        {"U+8000", QString(QChar(0x8000))},
        {"U+FFFF", QString(QChar(0xFFFF))},
    };
    for (const auto &[name, unit] : units) {
        QTest::addRow("ascii, %s", name) << ascii << unit;
        QTest::addRow("wide, %s", name) << wide << unit;
    }
}

void tst_InputLimits::firstBadCharacterAnywhere()
{
    QFETCH(QString, filler);
    QFETCH(QString, unit);

    for (qsizetype length = 0; length <= filler.size(); ++length) {
        const QString base = filler.left(length);
        for (qsizetype at = 0; at <= base.size(); ++at) {
            const QString text = base.left(at) + unit + base.mid(at);
            QVERIFY2(InputLimits::firstBadCharacter(text) == slowFirstBad(text),
                     qPrintable(u"length %1, at %2: %3 rather than %4"_s.arg(length).arg(at).arg(
                         InputLimits::firstBadCharacter(text), slowFirstBad(text))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_InputLimits)
#include "tst_inputlimits.moc"
