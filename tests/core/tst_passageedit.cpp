#include "cataloguewriter.h"
#include "passageedit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A document with a character outside the BMP (code points and UTF-16 indexes differ) and
// a phrase that occurs twice.
const QString kText = u"\U0001F600 The plan was agreed.\n"
                      "Councils said no. \u201CThe plan was agreed\u201D was not true.\n"
                      "   \n"_s;

Catalogue catalogue(bool withDocuments = true)
{
    Catalogue c;
    c.setSources({{u"hsj"_s,
                   u"001.txt"_s,
                   u"Councils resist"_s,
                   u"HSJ"_s,
                   u"news-report"_s,
                   {},
                   EventDate::parse(u"2017"_s),
                   {}}});
    if (withDocuments) {
        c.setSourceIndexPath(u"sources.json"_s);
        c.addDocument(SourceDocument::fromUtf8(u"hsj"_s, u"001.txt"_s, kText.toUtf8()));
    }
    return c;
}

} // namespace

// Passages made as the loader makes them: a quote found verbatim (the nearest occurrence
// when there are several), a selection trimmed to its words; refusals say why.
class tst_PassageEdit : public QObject
{
    Q_OBJECT
private slots:
    void quoted_data();
    void quoted();
    void selected_data();
    void selected();
    void savedQuoteResolvesToTheSamePassage();
};

void tst_PassageEdit::quoted_data()
{
    QTest::addColumn<bool>("documents");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("near");
    QTest::addColumn<int>("start"); // -1: refused
    QTest::addColumn<QString>("excerptOrError");

    QTest::newRow("once") << true << u"Councils said no."_s << 0 << 23 << u"Councils said no."_s;
    QTest::newRow("trimmed") << true << u"  Councils said no. "_s << 0 << 23
                             << u"Councils said no."_s;
    QTest::newRow("twice, near the first")
        << true << u"The plan was agreed"_s << 0 << 2 << u"The plan was agreed"_s;
    QTest::newRow("twice, near the second")
        << true << u"The plan was agreed"_s << 40 << 42 << u"The plan was agreed"_s;
    QTest::newRow("not verbatim")
        << true << u"Councils said No!"_s << 0 << -1
        << u"The quote does not occur word for word in \u201CCouncils resist\u201D."_s;
    QTest::newRow("empty") << true << u"  "_s << 0 << -1 << u"A passage needs a quote."_s;
    QTest::newRow("no documents: as it stands")
        << false << u"Anything at all"_s << 0 << 0 << u"Anything at all"_s;
}

void tst_PassageEdit::quoted()
{
    QFETCH(bool, documents);
    QFETCH(QString, quote);
    QFETCH(int, near);
    QFETCH(int, start);
    QFETCH(QString, excerptOrError);
    const PassageEdit::Result result =
        PassageEdit::quoted(catalogue(documents), u"hsj"_s, quote, near);
    QCOMPARE(result.ok, start >= 0);
    if (start < 0) {
        QVERIFY2(result.error.startsWith(excerptOrError), qPrintable(result.error));
        return;
    }
    QCOMPARE(result.link.sourceId, u"hsj"_s);
    QCOMPARE(result.link.start, start);
    QCOMPARE(result.link.excerpt, excerptOrError);
    if (documents)
        QCOMPARE(result.link.end, start + excerptOrError.size());
}

void tst_PassageEdit::selected_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("startAfter"); // -1: refused
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("words") << 23 << 40 << 23 << u"Councils said no."_s;
    QTest::newRow("white space trimmed") << 22 << 41 << 23 << u"Councils said no."_s;
    QTest::newRow("after the emoji") << 2 << 22 << 2 << u"The plan was agreed."_s;
    QTest::newRow("only white space") << 77 << 81 << -1 << QString();
    QTest::newRow("empty") << 5 << 5 << -1 << QString();
    QTest::newRow("past the end") << 5 << 500 << -1 << QString();
}

void tst_PassageEdit::selected()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, startAfter);
    QFETCH(QString, excerpt);
    const PassageEdit::Result result = PassageEdit::selected(catalogue(), u"hsj"_s, start, end);
    QCOMPARE(result.ok, startAfter >= 0);
    if (!result.ok) {
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QCOMPARE(result.link.start, startAfter);
    QCOMPARE(result.link.end, startAfter + excerpt.size());
    QCOMPARE(result.link.excerpt, excerpt);
}

void tst_PassageEdit::savedQuoteResolvesToTheSamePassage()
{
    // The second of two occurrences: saving writes its occurrence, so it loads back there.
    const Catalogue c = catalogue();
    const PassageEdit::Result result =
        PassageEdit::quoted(c, u"hsj"_s, u"The plan was agreed"_s, 40);
    QVERIFY(result.ok);
    const CatalogueWriter::Quote quote = CatalogueWriter::quoteOf(c, result.link);
    QCOMPARE(quote.text, u"The plan was agreed"_s);
    QCOMPARE(quote.occurrence, 2);
}

QTEST_GUILESS_MAIN(tst_PassageEdit)
#include "tst_passageedit.moc"
