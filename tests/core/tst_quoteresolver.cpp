#include "quoteindex.h"
#include "quoteresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Punctuation as in the seeds: bullets, curly quotes, pound signs, non-breaking spaces,
// plus characters outside the BMP so that code points and UTF-16 indexes differ.
const QString kText =
    u"\u2022 Three councils resist move \U0001F600\n"
    "Councillor Rory Palmer told HSJ: \u201COur patience is being tested to "
    "breaking point.\u201D\n"
    "The \u00A3399m financial gap in the plan.\u00A0The plan was \u2018agreed\u2019.\n"
    "\U0001D11E The plan was agreed in June.\n"_s;

SourceDocument document()
{
    return SourceDocument::fromUtf8(u"hsj"_s, u"seeds/001_test.txt"_s, kText.toUtf8());
}

} // namespace

class tst_QuoteResolver : public QObject
{
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void notFound_data();
    void notFound();
    void ambiguous_data();
    void ambiguous();
    void nearMatchInSeed_data();
    void nearMatchInSeed();
    void unpairedSurrogates_data();
    void unpairedSurrogates();
};

void tst_QuoteResolver::found_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("occurrences");

    QTest::newRow("ascii") << u"Three councils resist move"_s << 0 << 1;
    QTest::newRow("bullet at start") << u"\u2022 Three"_s << 0 << 1;
    QTest::newRow("after emoji, curly quotes")
        << u"\u201COur patience is being tested to breaking point.\u201D"_s << 0 << 1;
    QTest::newRow("pound sign") << u"The \u00A3399m financial gap"_s << 0 << 1;
    QTest::newRow("non-breaking space") << u"plan.\u00A0The plan was"_s << 0 << 1;
    QTest::newRow("across a line break") << u"move \U0001F600\nCouncillor"_s << 0 << 1;
    QTest::newRow("emoji itself") << u"\U0001D11E"_s << 0 << 1;
    QTest::newRow("first of two") << u"The plan was"_s << 1 << 2;
    QTest::newRow("second of two") << u"The plan was"_s << 2 << 2;
    QTest::newRow("the only one, named") << u"in June"_s << 1 << 1;
    QTest::newRow("overlapping occurrences") << u"an"_s << 3 << 4;
}

void tst_QuoteResolver::found()
{
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(int, occurrences);

    const SourceDocument doc = document();
    const QuoteResolver::Result result = QuoteResolver::resolve(doc, quote, occurrence);
    QVERIFY(result.found);
    QCOMPARE(result.occurrences, occurrences);
    QCOMPARE(doc.slice(result.start, result.end), quote);
    QCOMPARE(result.end - result.start, qsizetype(quote.toUcs4().size()));
    QVERIFY(result.nearMatch.isEmpty());
    // A reader's index of the document finds the same.
    const QuoteIndex index(doc.text());
    const QuoteResolver::Result indexed = QuoteResolver::resolve(doc, quote, occurrence, &index);
    QVERIFY(indexed.found);
    QCOMPARE(indexed.occurrences, result.occurrences);
    QCOMPARE(indexed.start, result.start);
    QCOMPARE(indexed.end, result.end);

    // Offsets count code points: compare with an independent count over UTF-32.
    qsizetype utf16 = -1;
    for (int i = 0; i < (occurrence == 0 ? 1 : occurrence); ++i)
        utf16 = kText.indexOf(quote, utf16 + 1);
    QCOMPARE(result.start, qsizetype(QStringView(kText).left(utf16).toUcs4().size()));
}

void tst_QuoteResolver::notFound_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("nearMatch");
    QTest::addColumn<bool>("onlyPunctuation");

    QTest::newRow("straight quotes")
        << u"\"Our patience is being tested to breaking point.\""_s
        << u"\u201COur patience is being tested to breaking point.\u201D"_s << true;
    QTest::newRow("space for non-breaking space")
        << u"plan. The plan was 'agreed'."_s << u"plan.\u00A0The plan was \u2018agreed\u2019."_s
        << true;
    QTest::newRow("letter case") << u"the \u00A3399M financial gap"_s
                                 << u"The \u00A3399m financial gap"_s << true;
    QTest::newRow("a word changed") << u"The \u00A3399m funding gap in the plan"_s
                                    << u"The \u00A3399m financial gap in the plan"_s << false;
    QTest::newRow("a word left out") << u"Our patience is tested to breaking point"_s
                                     << u"Our patience is being tested to breaking"_s << false;
    QTest::newRow("a word put in") << u"Councillor Rory Palmer said told HSJ"_s
                                   << u"Councillor Rory Palmer told HSJ: \u201COur"_s << false;
    QTest::newRow("paraphrase") << u"Palmer said patience was tested"_s
                                << u"Palmer told HSJ: \u201COur patience"_s << false;
    QTest::newRow("nothing shared") << u"zebra xylophone"_s << QString() << false;
    QTest::newRow("empty quote") << QString() << QString() << false;
    QTest::newRow("occurrence past the last") << u"in June"_s << QString() << false;
}

void tst_QuoteResolver::notFound()
{
    QFETCH(QString, quote);
    QFETCH(QString, nearMatch);
    QFETCH(bool, onlyPunctuation);

    const int occurrence = QByteArray(QTest::currentDataTag()).startsWith("occurrence") ? 2 : 0;
    const QuoteResolver::Result result = QuoteResolver::resolve(document(), quote, occurrence);
    QVERIFY(!result.found);
    QCOMPARE(result.nearMatch, nearMatch);
    QCOMPARE(result.nearMatchDiffersOnlyInPunctuation, onlyPunctuation);
}

void tst_QuoteResolver::ambiguous_data()
{
    QTest::addColumn<int>("occurrence");

    QTest::newRow("no hint") << 0;
    QTest::newRow("past the last") << 3;
    QTest::newRow("negative") << -1;
}

void tst_QuoteResolver::ambiguous()
{
    QFETCH(int, occurrence);

    const QuoteResolver::Result result =
        QuoteResolver::resolve(document(), u"The plan was"_s, occurrence);
    QVERIFY(!result.found);
    QCOMPARE(result.occurrences, 2);
    QVERIFY(result.nearMatch.isEmpty());
}

void tst_QuoteResolver::nearMatchInSeed_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("nearMatch");

    // A real seed: the right passage must win over common words elsewhere.
    const QString hsj = u"000_11a42688c4c25110.txt"_s;
    const QString cabinet = u"003_25511e47b6650efc.txt"_s;
    QTest::newRow("straight apostrophe")
        << hsj << u"A paper entitled \"Moving Towards Accountable Care in LLR\""_s
        << u"A paper entitled \u201CMoving Towards Accountable Care in LLR\u201D"_s;
    QTest::newRow("misremembered words")
        << hsj << u"the three councils have criticised the lack of detailed plans to tackle the"_s
        << u"the three local authorities have criticised the absence of detailed plans to"_s;
    QTest::newRow("long report, words reworded")
        << cabinet
        << u"The County Council continue to work in partnership with the NHS in delivering services"_s
        << u"The County Council continue to work in partnership with the NHS in the delivery of "
           "services"_s;
    QTest::newRow("long report, curly apostrophe")
        << cabinet << u"The County Council\u2019s position that the ST Plan be published"_s
        << u"The County Council's position that the ST Plan be published"_s;
}

void tst_QuoteResolver::nearMatchInSeed()
{
    QFETCH(QString, seed);
    QFETCH(QString, quote);
    QFETCH(QString, nearMatch);

    QString error;
    const SourceDocument document = SourceDocument::load(u"seed"_s, u":/seeds/"_s + seed, &error);
    QVERIFY2(document.isValid(), qPrintable(error));
    const QuoteResolver::Result result = QuoteResolver::resolve(document, quote);
    QVERIFY(!result.found);
    QCOMPARE(result.nearMatch, nearMatch);
}

// Half a character must not match inside a whole one: "\\ude00\\ud83d" sits in the middle
// of two emoji, but is not text the document contains.
void tst_QuoteResolver::unpairedSurrogates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");

    const QString smile = u"\U0001F600"_s;
    QTest::newRow("low then high") << smile + smile << QString(smile.at(1)) + smile.at(0);
    QTest::newRow("lone high") << u"a"_s + smile << u"a"_s + smile.at(0);
    QTest::newRow("lone low") << smile + u"b"_s << QString(smile.at(1)) + u"b"_s;
}

void tst_QuoteResolver::unpairedSurrogates()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);

    const SourceDocument doc = SourceDocument::fromUtf8(u"s"_s, u"s.txt"_s, text.toUtf8());
    QVERIFY(text.contains(quote)); // as UTF-16 units, it is there
    const QuoteResolver::Result result = QuoteResolver::resolve(doc, quote);
    QVERIFY(!result.found);
    QVERIFY(result.malformed);
    QCOMPARE(result.occurrences, 0);
}

QTEST_GUILESS_MAIN(tst_QuoteResolver)
#include "tst_quoteresolver.moc"
