#include "htmldocumentreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_HtmlDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
};

void tst_HtmlDocumentReader::read_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("a news page")
        << QByteArray("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title> Council\n"
                      "agrees  budget</title><style>p{color:red}</style>"
                      "<script>var x = '<p>not text</p>';</script></head><body>"
                      "<header><a href=/>Home</a> | <a href=/news>News</a></header>"
                      "<nav><ul><li>Menu</li></ul></nav>"
                      "<main><article><h1>Budget agreed</h1>"
                      "<p>The council   agreed its\n budget on <b>3&nbsp;March 2019</b>.</p>"
                      "<p>It will rise by 4%<br>in 2019/20.</p>"
                      "<ul><li>Adult care</li><li>Children&#8217;s services</li></ul>"
                      "<blockquote>&ldquo;A fair budget,&rdquo; she said.</blockquote>"
                      "<table><tr><th>Year</th><th>Spend</th></tr>"
                      "<tr><td>2018/19</td><td>&pound;4m</td></tr></table>"
                      "<noscript>Enable scripts</noscript>"
                      "<form><label>Email <input name=e></label><button>Go</button></form>"
                      "<svg><text>chart label</text></svg>"
                      "<template><p>later</p></template>"
                      "<p hidden>hidden</p><div style=\"display: none\">none</div>"
                      "<aside>Related stories</aside></article></main>"
                      "<footer>&copy; 2019 Council</footer></body></html>")
        << u"Budget agreed\n\nThe council agreed its budget on 3 March 2019.\n\n"
           "It will rise by 4%\nin 2019/20.\n\nAdult care\n\nChildren\u2019s services\n\n"
           "\u201CA fair budget,\u201D she said.\n\nYear\tSpend\n\n2018/19\t\u00A34m"_s
        << u"Council agrees budget"_s << QStringList();
    QTest::newRow("title from the first h1")
        << QByteArray("<html><body><h1></h1><h1>First <i>real</i>\nheading</h1><h1>Second</h1>"
                      "<p>Text</p></body></html>")
        << u"First real heading\n\nSecond\n\nText"_s << u"First real heading"_s << QStringList();
    QTest::newRow("preformatted text is kept as written")
        << QByteArray("<p>Table:</p><pre>Year   Spend\n2019   4m</pre><p>after</p>")
        << u"Table:\n\nYear   Spend\n2019   4m\n\nafter"_s << QString() << QStringList();
    QTest::newRow("a fragment without html or body")
        << QByteArray("Loose <em>text</em> and <p>a paragraph") << u"Loose text and\n\na paragraph"_s
        << QString() << QStringList();
    QTest::newRow("meta charset windows-1252")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=windows-1252\"></head><body><p>\x93Quoted\x94 \x80""5</p></body>"
                      "</html>")
        << u"\u201CQuoted\u201D \u20AC5"_s << QString() << QStringList();
    QTest::newRow("no charset and not UTF-8")
        << QByteArray("<p>Caf\xE9 \x96 open</p>") << u"Caf\u00E9 \u2013 open"_s << QString()
        << QStringList{u"decoded as Windows-1252: the page declares no encoding and is not "
                       "UTF-8 (byte 6)"_s};
    QTest::newRow("no charset, UTF-8") << QByteArray("<p>Caf\xC3\xA9</p>") << u"Caf\u00E9"_s
                                       << QString() << QStringList();
    QTest::newRow("UTF-16 with a byte order mark")
        << QByteArray("\xFF\xFE<\0p\0>\0h\0i\0<\0/\0p\0>\0", 20) << u"hi"_s << QString()
        << QStringList();
    QTest::newRow("broken markup is recovered")
        << QByteArray("<p>One<p>Two <b>bold <i>both</b> after</i><div>Three</span>")
        << u"One\n\nTwo bold both after\n\nThree"_s << QString() << QStringList();
    QTest::newRow("comments and processing instructions")
        << QByteArray("<p>a<!-- hidden -->b<?php echo 1 ?>c</p>") << u"abc"_s << QString()
        << QStringList();
}

void tst_HtmlDocumentReader::read()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QStringList, notes);

    QString why;
    const std::optional<DocumentText> document = HtmlDocumentReader::read(html, &why);
    QVERIFY2(document, qPrintable(why));
    QCOMPARE(document->text, text);
    QCOMPARE(document->title, title);
    QCOMPARE(document->notes, notes);
}

QTEST_GUILESS_MAIN(tst_HtmlDocumentReader)
#include "tst_htmldocumentreader.moc"
