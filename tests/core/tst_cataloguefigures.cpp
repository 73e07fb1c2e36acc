// Figures in the catalogue file: read with their passages and amounts checked against the
// quoted text, each problem at the line of the figure's "id", and written back byte for byte.
#include "catalogueloader.h"
#include "cataloguewriter.h"
#include "fileresolver.h"
#include "problemtext.h"
#include "samecatalogue.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDocument =
    u"The three councils criticised plans to tackle the £399m financial gap.\n"
    "In 2017/18 the County gave approximately £130,000 of strategic input.\n"
    "The core team is 4.0 FTE.\n"_s;

const QByteArray kSources = R"({"sources": [{"id": "s", "file": "s.txt", "title": "S",
  "publisher": "P", "kind": "news-report", "authors": [], "date": "2017",
  "approximate": false, "basis": "b"}]})";

// The catalogue as the writer lays it out, with figuresJson as its "figures" member.
QByteArray catalogueWith(const QString &figuresJson)
{
    return (uR"({
  "title": "T",
  "sourceIndex": "sources.json",
  "lanes": [
    {
      "id": "l",
      "name": "L",
      "description": ""
    }
  ],
  "tags": [],
  "actors": [],
  "events": [
    {
      "id": "e",
      "title": "E",
      "summary": "",
      "date": "2017",
      "approximate": false,
      "planned": false,
      "lane": "l",
      "actors": [],
      "tags": [],
      "sources": [
        {
          "source": "s",
          "quote": "The core team is 4.0 FTE."
        }
      ]
    }
  ],
  "figures": [
)"_s + figuresJson +
            uR"(
  ]
}
)"_s)
        .toUtf8();
}

// One figure object at the writer's indentation.
QString figureJson(const QString &members, const QString &quote, const QString &id = u"f"_s)
{
    return uR"(    {
      "id": "%1",
%2
      "event": "e",
      "sources": [
        {
          "source": "s",
          "quote": "%3"
        }
      ]
    })"_s.arg(id, members, quote);
}

CatalogueLoadResult load(const QByteArray &catalogue)
{
    const FileResolver files = FileResolver::inMemory({{u"c/catalogue.json"_s, catalogue},
                                                       {u"c/sources.json"_s, kSources},
                                                       {u"c/s.txt"_s, kDocument.toUtf8()}});
    return CatalogueLoader::load(u"c/catalogue.json"_s, catalogue, files);
}

const QString kGap = uR"(      "measure": "gap",
      "label": "Funding gap",
      "amount": "£399m",
      "approximate": false,)"_s;
const QString kGapQuote = u"tackle the £399m financial gap"_s;

} // namespace

class tst_CatalogueFigures : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void problems_data();
    void problems();
    void roundTrip();
    void builtInHasEverySeedFigure();
    void builtInKeepsDifferingReportsApart();
};

void tst_CatalogueFigures::read_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("period");

    QTest::newRow("money") << kGap << kGapQuote << u"£399m"_s << qint64(39900000000) << QString();
    QTest::newRow("hedged, with a period")
        << uR"(      "measure": "input",
      "label": "Strategic input",
      "amount": "£130,000",
      "qualifier": "about",
      "approximate": true,
      "period": "2017/18",)"_s
        << u"In 2017/18 the County gave approximately £130,000 of strategic input."_s
        << u"about £130,000"_s << qint64(13000000) << u"2017/18"_s;
    QTest::newRow("staff") << uR"(      "measure": "team",
      "label": "Core team",
      "amount": "4.0 FTE",
      "approximate": false,)"_s
                           << u"The core team is 4.0 FTE."_s << u"4.0 FTE"_s << qint64(400)
                           << QString();
}

void tst_CatalogueFigures::read()
{
    QFETCH(QString, members);
    QFETCH(QString, quote);
    QFETCH(QString, formatted);
    QFETCH(qint64, amount);
    QFETCH(QString, period);

    const CatalogueLoadResult result = load(catalogueWith(figureJson(members, quote)));
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(result.catalogue.figures().size(), 1);
    const Figure &figure = result.catalogue.figures().first();
    QCOMPARE(figure.id, u"f"_s);
    QCOMPARE(figure.eventId, u"e"_s);
    QCOMPARE(FigureAmount::format(figure.amount), formatted);
    QCOMPARE(figure.amount.amount, amount);
    QCOMPARE(figure.period.isValid() ? figure.period.label() : QString(), period);
    QCOMPARE(figure.sources.size(), 1);
    QCOMPARE(figure.sources.first().excerpt, quote);
    QCOMPARE(kDocument.mid(figure.sources.first().start, quote.size()), quote);
    QCOMPARE(result.catalogue.figuresOfEvent(u"e"_s).size(), 1);
    QVERIFY(result.catalogue.figure(u"f"_s));
}

void tst_CatalogueFigures::problems_data()
{
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QString>("message");

    const QString noEvent =
        figureJson(kGap, kGapQuote).replace(u"\"event\": \"e\""_s, u"\"event\": \"gone\""_s);
    QTest::newRow("unknown event") << noEvent << u"figure \"f\": unknown event \"gone\""_s;
    QTest::newRow("quote not in the document")
        << figureJson(kGap, u"tackle the £399m funding gap"_s)
        << u"figure \"f\": the quote \u201Ctackle the £399m funding gap\u201D did not "
           "occur verbatim in s (s.txt)"_s;
    QTest::newRow("amount not in the passage")
        << figureJson(QString(kGap).replace(u"£399m"_s, u"£409m"_s), kGapQuote)
        << u"figure \"f\": source 1: the amount \u201C£409m\u201D does not occur in the quoted "
           "passage \u201Ctackle the £399m financial gap\u201D; it gives \u201C£399m\u201D"_s;
    QTest::newRow("amount written otherwise")
        << figureJson(QString(kGap).replace(u"£399m"_s, u"£399 million"_s), kGapQuote)
        << u"the amount \u201C£399 million\u201D does not occur in the quoted passage"_s;
    QTest::newRow("passage without amounts")
        << figureJson(kGap, u"The three councils criticised plans"_s) << u"; it gives no amount"_s;
    QTest::newRow("not an amount")
        << figureJson(QString(kGap).replace(u"£399m"_s, u"399"_s), kGapQuote)
        << u"figure \"f\": \"amount\": \u201C399\u201D is not one amount as a passage writes it"_s;
    QTest::newRow("two amounts") << figureJson(QString(kGap).replace(u"£399m"_s, u"£399m £40m"_s),
                                               kGapQuote)
                                 << u"is not one amount"_s;
    QTest::newRow("unknown qualifier")
        << figureJson(
               QString(kGap).replace(u"\"approximate\""_s,
                                     u"\"qualifier\": \"roughly\",\n      \"approximate\""_s),
               kGapQuote)
        << u"figure \"f\": \"qualifier\": \u201Croughly\u201D is not one of"_s;
    QTest::newRow("impossible period")
        << figureJson(
               QString(kGap).replace(u"\"approximate\": false,"_s,
                                     u"\"approximate\": false,\n      \"period\": \"2017/13\","_s),
               kGapQuote)
        << u"figure \"f\": \"period\": "_s;
    QTest::newRow("no sources")
        << figureJson(kGap, kGapQuote)
               .replace(QRegularExpression(u"\"sources\": \\[.*\\]"_s,
                                           QRegularExpression::DotMatchesEverythingOption),
                        u"\"sources\": []"_s)
        << u"figure \"f\": \"sources\" is empty: every figure needs a quoted source"_s;
    QTest::newRow("unknown field") << figureJson(kGap + u"\n      \"value\": 399,"_s, kGapQuote)
                                   << u"figure \"f\": unknown field \"value\""_s;
    QTest::newRow("duplicate id") << figureJson(kGap, kGapQuote) + u",\n"_s +
                                         figureJson(kGap, kGapQuote)
                                  << u"figure \"f\": the id is used by an earlier figure too"_s;
}

void tst_CatalogueFigures::problems()
{
    QFETCH(QString, figures);
    QFETCH(QString, message);

    // The problem sits at the line of the (last) figure's "id".
    const QByteArray file = catalogueWith(figures);
    const int line = int(file.left(file.lastIndexOf("\"id\": \"f\"")).count('\n')) + 1;
    const CatalogueLoadResult result = load(file);
    QVERIFY2(result.problems.size() == 1, qPrintable(TestProblems::text(result.problems)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, u"c/catalogue.json"_s);
    QCOMPARE(problem.line, line);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

// Read, write, read: the same catalogue and the same bytes.
void tst_CatalogueFigures::roundTrip()
{
    const QString hedged = uR"(      "measure": "input",
      "label": "Strategic input",
      "amount": "£130,000",
      "qualifier": "about",
      "approximate": true,
      "period": "2017/18",)"_s;
    const QByteArray file =
        catalogueWith(figureJson(kGap, kGapQuote, u"a"_s) + u",\n"_s +
                      figureJson(hedged, u"approximately £130,000 of strategic input"_s, u"b"_s));
    const CatalogueLoadResult first = load(file);
    QVERIFY2(first.ok(), qPrintable(TestProblems::text(first.problems)));
    QCOMPARE(first.catalogue.figures().size(), 2);
    const QByteArray written = CatalogueWriter::write(first.catalogue);
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(file));
    const CatalogueLoadResult second = load(written);
    QVERIFY2(second.ok(), qPrintable(TestProblems::text(second.problems)));
    QCOMPARE(catalogueDifference(first.catalogue, second.catalogue), QString());
}

// Every figure tests/data/figures annotates in the five seeds is in the built-in catalogue,
// with its value, hedges, period and measure label, in a passage of the right document
// that covers its span; and the catalogue has no figure the corpus does not annotate.
void tst_CatalogueFigures::builtInHasEverySeedFigure()
{
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY2(builtIn.ok(), qPrintable(TestProblems::text(builtIn.problems)));
    const Catalogue &catalogue = builtIn.catalogue;

    const QDir folder(TestFiles::path(u"figures"_s, QString()));
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);
    QSet<QString> matched;
    int annotated = 0;
    for (const QString &name : files) {
        const QJsonObject corpus =
            QJsonDocument::fromJson(TestFiles::read(folder.filePath(name))).object();
        const QString document = QFileInfo(corpus.value("document"_L1).toString()).fileName();
        QString sourceId;
        for (const SourceInfo &source : catalogue.sources()) {
            if (source.file == document)
                sourceId = source.id;
        }
        QVERIFY2(!sourceId.isEmpty(), qPrintable(document));
        for (const QJsonValue &value : corpus.value("figures"_L1).toArray()) {
            const QJsonObject a = value.toObject();
            ++annotated;
            const QString text = a.value("text"_L1).toString();
            const qsizetype start = a.value("start"_L1).toInteger();
            const qsizetype end = a.value("end"_L1).toInteger();
            const Figure *hit = nullptr;
            for (const Figure &figure : catalogue.figures()) {
                for (const SourceLink &link : figure.sources) {
                    if (link.sourceId == sourceId && link.start <= start && end <= link.end &&
                        figure.written == text)
                        hit = &figure;
                }
            }
            const QString where = name + u": "_s + text + u'@' + QString::number(start);
            QVERIFY2(hit, qPrintable(u"not in the built-in catalogue: "_s + where));
            matched.insert(hit->id);
            const FigureAmount &amount = hit->amount;
            const auto unit = FigureAmount::unitFromName(a.value("unit"_L1).toString());
            QVERIFY2(unit && *unit == amount.unit, qPrintable(where));
            QCOMPARE(amount.amount, qRound64(a.value("amount"_L1).toDouble() *
                                             double(FigureAmount::scale(amount.unit))));
            QCOMPARE(FigureAmount::qualifierName(amount.qualifier),
                     a.value("qualifier"_L1).toString());
            QCOMPARE(amount.approximate, a.value("approximate"_L1).toBool());
            QCOMPARE(hit->period.isValid() ? hit->period.label() : QString(),
                     a.value("period"_L1).toString());
            QCOMPARE(hit->label, a.value("measure"_L1).toString());
            QVERIFY2(catalogue.event(hit->eventId), qPrintable(where));
        }
    }
    QCOMPARE(annotated, 16);
    QCOMPARE(matched.size(), catalogue.figures().size());
}

// The funding gap is one measure with three reports, each kept as written.
void tst_CatalogueFigures::builtInKeepsDifferingReportsApart()
{
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    QStringList reports;
    QSet<QString> labels;
    for (const Figure &figure : builtIn.catalogue.figures()) {
        if (figure.measure == u"llr-funding-gap"_s) {
            reports.append(FigureAmount::format(figure.amount));
            labels.insert(figure.label);
        }
    }
    QCOMPARE(reports, (QStringList{u"£399m"_s, u"£400m"_s, u"£409m"_s}));
    QCOMPARE(labels.size(), 1);
}

QTEST_GUILESS_MAIN(tst_CatalogueFigures)
#include "tst_cataloguefigures.moc"
