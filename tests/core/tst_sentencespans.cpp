#include "sentencespans.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SentenceSpans : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
};

void tst_SentenceSpans::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("two") << u"One sentence. Another one!"_s
                         << QStringList{u"One sentence."_s, u"Another one!"_s};
    QTest::newRow("money and decimals")
        << u"The gap is \u00A31.3m, up 2.4 per cent. It grew."_s
        << QStringList{u"The gap is \u00A31.3m, up 2.4 per cent."_s, u"It grew."_s};
    QTest::newRow("abbreviations")
        << u"See para. 16, e.g. the table. Dr. Patel agreed."_s
        << QStringList{u"See para. 16, e.g. the table."_s, u"Dr. Patel agreed."_s};
    QTest::newRow("initials") << u"J. Smith wrote. Then he left."_s
                              << QStringList{u"J. Smith wrote."_s, u"Then he left."_s};
    QTest::newRow("headings are lines")
        << u"CABINET \u2013 16 JULY 2019\n\nPurpose of the report\nThe report asks."_s
        << QStringList{u"CABINET \u2013 16 JULY 2019"_s, u"Purpose of the report"_s,
                       u"The report asks."_s};
    QTest::newRow("closing quotes stay")
        << u"He said \u201Cit will not do.\u201D The board agreed."_s
        << QStringList{u"He said \u201Cit will not do.\u201D"_s, u"The board agreed."_s};
    QTest::newRow("white space only") << u"  \n\n \t "_s << QStringList{};
    QTest::newRow("no full stop at the end") << u"  A last line  "_s
                                             << QStringList{u"A last line"_s};
}

void tst_SentenceSpans::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);

    QStringList found;
    for (const auto &[from, to] : SentenceSpans::of(text))
        found.append(text.mid(from, to - from));
    QCOMPARE(found, sentences);
}

QTEST_GUILESS_MAIN(tst_SentenceSpans)
#include "tst_sentencespans.moc"
