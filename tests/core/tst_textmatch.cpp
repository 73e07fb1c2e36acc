// Searching source text as typed on a keyboard: case, curly quotes, non-breaking spaces and
// dashes fold; offsets stay those of the original text.
#include "textmatch.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TextMatch : public QObject
{
    Q_OBJECT

private slots:
    void indexIn_data();
    void indexIn();
    void allMatches();
    void fold_data();
    void fold();
};

void tst_TextMatch::indexIn_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("plain") << u"STP"_s << u"the LLR STP board"_s << qsizetype(8);
    QTest::newRow("case") << u"forward view"_s << u"Five Year Forward View"_s << qsizetype(10);
    QTest::newRow("missing") << u"Bedford"_s << u"Leicester"_s << qsizetype(-1);
    QTest::newRow("straight apostrophe finds curly")
        << u"England's"_s << u"NHS England\u2019s push"_s << qsizetype(4);
    QTest::newRow("curly apostrophe finds straight")
        << u"England\u2019s"_s << u"NHS England's push"_s << qsizetype(4);
    QTest::newRow("double quotes") << u"\"breaking point\""_s
                                   << u"at \u201Cbreaking point\u201D over"_s << qsizetype(3);
    QTest::newRow("space finds no-break space") << u"\u00A3400m gap"_s
                                                << u"about \u00A3400m\u00A0gap"_s << qsizetype(6);
    QTest::newRow("hyphen finds en dash") << u"2017-18"_s << u"in 2017\u201318"_s << qsizetype(3);
    QTest::newRow("trimmed") << u"  Rutland "_s << u"Leicester and Rutland"_s << qsizetype(14);
    QTest::newRow("empty matches nothing") << u"   "_s << u"anything"_s << qsizetype(-1);
    QTest::newRow("longer than the text") << u"Milton Keynes"_s << u"Milton"_s << qsizetype(-1);
    QTest::newRow("at the very end") << u"letter"_s << u"the leaders' letter"_s << qsizetype(13);
    QTest::newRow("non-ASCII letters fold case") << u"ÉTÉ"_s << u"un été chaud"_s << qsizetype(3);
}

void tst_TextMatch::indexIn()
{
    QFETCH(QString, needle);
    QFETCH(QString, haystack);
    QFETCH(qsizetype, expected);
    const TextMatch match(needle);
    QCOMPARE(match.indexIn(haystack), expected);
    QCOMPARE(match.matches(haystack), expected >= 0);
    if (expected >= 0)
        QCOMPARE(match.length(), needle.trimmed().size());
}

void tst_TextMatch::allMatches()
{
    // Walking the matches as the highlighter does: each one once, in order.
    const QString text = u"council\u2019s \u2013 Council's \u2013 COUNCIL\u2019S"_s;
    const TextMatch match(u"council's"_s);
    QList<qsizetype> found;
    for (qsizetype at = match.indexIn(text); at >= 0; at = match.indexIn(text, at + match.length()))
        found.append(at);
    QCOMPARE(found, (QList<qsizetype>{0, 12, 24}));
    QCOMPARE(match.indexIn(text, text.size()), qsizetype(-1));
    QCOMPARE(match.indexIn(text, -1), qsizetype(-1));
}

void tst_TextMatch::fold_data()
{
    QTest::addColumn<QChar>("in");
    QTest::addColumn<QChar>("out");
    QTest::newRow("left single quote") << QChar(0x2018) << QChar(u'\'');
    QTest::newRow("right single quote") << QChar(0x2019) << QChar(u'\'');
    QTest::newRow("left double quote") << QChar(0x201C) << QChar(u'"');
    QTest::newRow("right double quote") << QChar(0x201D) << QChar(u'"');
    QTest::newRow("no-break space") << QChar(0x00A0) << QChar(u' ');
    QTest::newRow("narrow no-break space") << QChar(0x202F) << QChar(u' ');
    QTest::newRow("en dash") << QChar(0x2013) << QChar(u'-');
    QTest::newRow("em dash") << QChar(0x2014) << QChar(u'-');
    QTest::newRow("capital") << QChar(u'L') << QChar(u'l');
    QTest::newRow("pound sign unchanged") << QChar(0x00A3) << QChar(0x00A3);
}

void tst_TextMatch::fold()
{
    QFETCH(QChar, in);
    QFETCH(QChar, out);
    QCOMPARE(TextMatch::fold(in), out);
}

QTEST_APPLESS_MAIN(tst_TextMatch)
#include "tst_textmatch.moc"
