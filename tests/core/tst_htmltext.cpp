#include "htmltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_HtmlText : public QObject
{
    Q_OBJECT

private slots:
    void toPlainText_data();
    void toPlainText();
    void roundTrip_data();
    void roundTrip();
};

void tst_HtmlText::toPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("plain") << u"Just text"_s << u"Just text"_s;
    QTest::newRow("tags") << u"<b>Bold</b> and <a href=\"x\">a link</a>"_s << u"Bold and a link"_s;
    QTest::newRow("br") << u"one<br>two<br/>three<BR />four"_s << u"one\ntwo\nthree\nfour"_s;
    QTest::newRow("paragraphs") << u"<p>One.</p>\n  <p>Two.</p>"_s << u"One.\n\nTwo."_s;
    QTest::newRow("white space") << u"  a \n\t  b  "_s << u"a b"_s;
    QTest::newRow("named") << u"&amp; &lt;&gt; &quot;x&quot; &ldquo;y&rdquo; &ndash; &pound;5"_s
                           << u"& <> \"x\" \u201Cy\u201D \u2013 \u00A35"_s;
    QTest::newRow("nbsp") << u"a&nbsp;b"_s << u"a\u00A0b"_s;
    QTest::newRow("numeric") << u"&#8217; &#x2019; &#X41;"_s << u"\u2019 \u2019 A"_s;
    QTest::newRow("unknown entity kept") << u"&bogus; & x"_s << u"&bogus; & x"_s;
    QTest::newRow("control reference kept") << u"a&#1;b &#xD800;"_s << u"a&#1;b &#xD800;"_s;
    QTest::newRow("literal less-than") << u"a < b and 3<4"_s << u"a < b and 3<4"_s;
    QTest::newRow("unterminated tag") << u"text <b unfinished"_s << u"text <b unfinished"_s;
    QTest::newRow("comment") << u"a<!-- hidden -->b"_s << u"ab"_s;
    QTest::newRow("script") << u"a<script>alert('x')</script>b<style>p{}</style>c"_s << u"abc"_s;
    QTest::newRow("list") << u"<ul><li>one</li><li>two</li></ul>"_s << u"one\n\ntwo"_s;
    QTest::newRow("entity then tag") << u"<p>&amp;</p><p>x</p>"_s << u"&\n\nx"_s;
    QTest::newRow("white space references") << u"a&#10;&#32; b&#9;c"_s << u"a b c"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_HtmlText::toPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(HtmlText::toPlainText(html), plain);
}

void tst_HtmlText::roundTrip_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("html");
    QTest::newRow("one") << u"One line"_s << u"<p>One line</p>"_s;
    QTest::newRow("escapes") << u"a < b & c > d"_s << u"<p>a &lt; b &amp; c &gt; d</p>"_s;
    QTest::newRow("lines") << u"one\ntwo\n\nthree"_s << u"<p>one<br>two</p><p>three</p>"_s;
    QTest::newRow("leading no-break space") << u"\u00A0indented"_s << u"<p>\u00A0indented</p>"_s;
    QTest::newRow("entity-like text") << u"&amp; stays"_s << u"<p>&amp;amp; stays</p>"_s;
}

void tst_HtmlText::roundTrip()
{
    QFETCH(QString, plain);
    QFETCH(QString, html);
    QCOMPARE(HtmlText::fromPlainText(plain), html);
    QCOMPARE(HtmlText::toPlainText(HtmlText::fromPlainText(plain)), plain);
}

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_htmltext.moc"
