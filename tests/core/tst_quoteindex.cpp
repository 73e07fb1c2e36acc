#include "quoteindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_QuoteIndex : public QObject
{
    Q_OBJECT

private slots:
    void occurrences_data();
    void occurrences();
    void agreesWithSearchingOnRandomText_data();
    void agreesWithSearchingOnRandomText();
};

void tst_QuoteIndex::occurrences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QList<qsizetype>>("expected");

    const QString report = u"The \u00A3399m gap. The council said the gap was \u00A3399m. "
                           "The council said no."_s;
    QTest::newRow("at the start") << report << u"The \u00A3399m gap."_s << QList<qsizetype>{0};
    QTest::newRow("at the very end") << report << u"said no."_s << QList<qsizetype>{63};
    QTest::newRow("twice") << report << u"The council said"_s << QList<qsizetype>{15, 51};
    QTest::newRow("each start offset")
        << u"xabcdefghijkl abcdefghijkl  abcdefghijkl   abcdefghijkl"_s << u"abcdefghijkl"_s
        << QList<qsizetype>{1, 14, 28, 43};
    QTest::newRow("the shortest the index serves")
        << u"0123456789A 0123456789A"_s << u"0123456789A"_s << QList<qsizetype>{0, 12};
    QTest::newRow("shorter: searched directly")
        << u"0123456789 0123456789"_s << u"0123456789"_s << QList<qsizetype>{0, 11};
    QTest::newRow("overlapping") << u"aaaaaaaaaaaaaaaa"_s << u"aaaaaaaaaaaaaa"_s
                                 << QList<qsizetype>{0, 1, 2};
    QTest::newRow("not there") << report << u"The council said yes"_s << QList<qsizetype>{};
    QTest::newRow("longer than the text") << u"short"_s << u"a much longer quote"_s
                                          << QList<qsizetype>{};
    QTest::newRow("text shorter than a gram") << u"abc"_s << u"bc"_s << QList<qsizetype>{1};
    QTest::newRow("outside the BMP") << u"\U0001F600 said \U0001D11E the \U0001D11E the end"_s
                                     << u"\U0001D11E the \U0001D11E the"_s
                                     << QList<qsizetype>{8};
    QTest::newRow("empty quote") << report << QString() << QList<qsizetype>{};
}

void tst_QuoteIndex::occurrences()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QList<qsizetype>, expected);

    const QuoteIndex index(text);
    QCOMPARE(index.occurrences(quote), expected);
    QCOMPARE(index.occurrences(quote), expected); // asked again: answered from memory
    QCOMPARE(QuoteIndex::searchAll(text, quote), expected);
}

void tst_QuoteIndex::agreesWithSearchingOnRandomText_data()
{
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<int>("length");
    // A small alphabet makes many grams share buckets and quotes occur many times.
    QTest::newRow("two letters") << 2 << 3000;
    QTest::newRow("four letters") << 4 << 20000;
    QTest::newRow("twenty letters") << 20 << 50000;
}

void tst_QuoteIndex::agreesWithSearchingOnRandomText()
{
    QFETCH(int, alphabet);
    QFETCH(int, length);

    QRandomGenerator random(quint32(alphabet * 7919 + length));
    QString text(length, Qt::Uninitialized);
    for (QChar &c : text)
        c = QChar(u'a' + random.bounded(alphabet));
    const QuoteIndex index(text);
    for (int i = 0; i < 400; ++i) {
        const qsizetype size = 1 + random.bounded(40);
        const qsizetype at = random.bounded(length - size);
        // Half the quotes come from the text, half are changed in one place.
        QString quote = text.mid(at, size);
        if (i % 2)
            quote[random.bounded(int(size))] = QChar(u'a' + random.bounded(alphabet + 1));
        QCOMPARE(index.occurrences(quote), QuoteIndex::searchAll(text, quote));
        if (i % 3 == 0) // repeated quotes may be answered from memory
            QCOMPARE(index.occurrences(quote), QuoteIndex::searchAll(text, quote));
    }
}

QTEST_GUILESS_MAIN(tst_QuoteIndex)
#include "tst_quoteindex.moc"
