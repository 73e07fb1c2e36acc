#include "catalogue.h"
#include "presentationcard.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QFont font()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(20);
    return f;
}

Catalogue catalogue()
{
    SourceInfo hsj;
    hsj.id = u"hsj"_s;
    hsj.title = u"Council \u2018at breaking point\u2019"_s;
    hsj.publisher = u"HSJ"_s;
    hsj.date = EventDate::parse(u"c. September 2017"_s);

    TimelineEvent quoted;
    quoted.id = u"quoted"_s;
    quoted.title = u"Sinnott asks for a pause"_s;
    quoted.setSummary(u"Our words."_s);
    quoted.date = EventDate::parse(u"c. Sept 2017 \u2013 Nov 2017"_s);
    quoted.setSources({{u"hsj"_s, 0, 30, u"  the councils had\n not agreed  "_s},
                       {u"hsj"_s, 40, 50, u"a second passage"_s}});

    TimelineEvent unsourced;
    unsourced.id = u"unsourced"_s;
    unsourced.setSummary(u"Only a summary."_s);
    unsourced.date = EventDate::parse(u"2018/19 (planned)"_s);

    TimelineEvent plain;
    plain.id = u"plain"_s;
    plain.title = u"Letter"_s;
    plain.date = EventDate::parse(u"14 December 2017"_s);
    plain.setSources({{u"gone"_s, 0, 5, u"Dear"_s}});

    Catalogue catalogue;
    catalogue.setSources({hsj});
    catalogue.setEvents({quoted, unsourced, plain});
    return catalogue;
}

} // namespace

class tst_PresentationCard : public QObject
{
    Q_OBJECT

private slots:
    void text();
    void wrapFits_data();
    void wrapFits();
    void wrapElidesAtAWord();
    void wrapOneLongWord();
    void paints();
};

void tst_PresentationCard::text()
{
    const Catalogue c = catalogue();
    const PresentationCard::Text quoted = PresentationCard::text(c, c.eventIndex(u"quoted"_s));
    QCOMPARE(quoted.title, u"Sinnott asks for a pause"_s);
    QCOMPARE(quoted.date, u"c. Sept 2017 \u2013 Nov 2017"_s);
    QVERIFY(quoted.tentative);
    QCOMPARE(quoted.excerpt, u"the councils had not agreed"_s); // the first link, one line
    QVERIFY(quoted.quoted);
    QCOMPARE(quoted.citation,
             u"\u201CCouncil \u2018at breaking point\u2019\u201D, HSJ, c. September 2017"_s);

    const PresentationCard::Text unsourced =
        PresentationCard::text(c, c.eventIndex(u"unsourced"_s));
    QCOMPARE(unsourced.title, u"unsourced"_s); // the id when there is no title
    QVERIFY(unsourced.tentative);
    QCOMPARE(unsourced.excerpt, u"Only a summary."_s);
    QVERIFY(!unsourced.quoted);
    QVERIFY(unsourced.citation.isEmpty());

    const PresentationCard::Text plain = PresentationCard::text(c, c.eventIndex(u"plain"_s));
    QVERIFY(!plain.tentative);
    QCOMPARE(plain.citation, u"gone"_s); // a source the catalogue lacks is still named

    QVERIFY(PresentationCard::text(c, -1).title.isEmpty());
    QVERIFY(PresentationCard::text(c, 99).title.isEmpty());
}

void tst_PresentationCard::wrapFits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lines");
    QTest::newRow("one line") << u"Short"_s << 1;
    QTest::newRow("two lines") << u"one two three four five six seven eight nine ten"_s << 2;
}

void tst_PresentationCard::wrapFits()
{
    QFETCH(QString, text);
    QFETCH(int, lines);
    const QFontMetricsF metrics(font());
    const qreal width = metrics.horizontalAdvance(u"one two three four five six"_s) + 2;
    const QStringList wrapped = PresentationCard::wrap(text, font(), width, 3, u"\u201D"_s);
    QCOMPARE(wrapped.size(), lines);
    QCOMPARE(wrapped.join(u' '), text + u"\u201D"_s);
    for (const QString &line : wrapped)
        QVERIFY(metrics.horizontalAdvance(line) <= width);
}

void tst_PresentationCard::wrapElidesAtAWord()
{
    const QString text = u"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"_s;
    const QFontMetricsF metrics(font());
    const qreal width = metrics.horizontalAdvance(u"alpha beta gamma"_s) + 2;
    const QStringList wrapped = PresentationCard::wrap(text, font(), width, 2, u"\u201D"_s);
    QCOMPARE(wrapped.size(), 2);
    QCOMPARE(wrapped.at(0), u"alpha beta gamma"_s);
    QVERIFY2(wrapped.at(1).endsWith(u"\u2026\u201D"_s), qPrintable(wrapped.at(1)));
    // Whole words only, and nothing past the width.
    const QString words = wrapped.at(1).chopped(2);
    QVERIFY2(text.contains(u" "_s + words + u" "_s), qPrintable(words));
    QVERIFY(metrics.horizontalAdvance(wrapped.at(1)) <= width);
}

void tst_PresentationCard::wrapOneLongWord()
{
    const QString text = QString(200, u'x');
    const QFontMetricsF metrics(font());
    const qreal width = 120;
    const QStringList wrapped = PresentationCard::wrap(text, font(), width, 2);
    QCOMPARE(wrapped.size(), 2);
    QVERIFY(wrapped.at(1).endsWith(u"\u2026"_s));
    QVERIFY(metrics.horizontalAdvance(wrapped.at(1)) <= width);
}

void tst_PresentationCard::paints()
{
    const Catalogue c = catalogue();
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    PresentationCard().paint(&painter, QRectF(20, 20, 760, 360), 0.5, c, 0);
    painter.end();
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY(inked > 1000);
    // Nothing outside the card.
    for (int x = 0; x < image.width(); ++x)
        QCOMPARE(image.pixel(x, 5), qRgb(255, 255, 255));
}

QTEST_MAIN(tst_PresentationCard)
#include "tst_presentationcard.moc"
