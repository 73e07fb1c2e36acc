// Finding figures in text: each written form with its extent and value, qualifiers and hedges
// from the words before, the numbers that are not figures (dates, sections, telephones,
// references, counts), bad input; then the hand-annotated corpus (tests/data/figures) and the
// money and percentages the date-mention corpus marks as traps.
#include "figurefinder.h"

#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Unit = FigureAmount::Unit;
using Qualifier = FigureAmount::Qualifier;

class tst_FigureFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void notFigures_data();
    void notFigures();
    void codePointOffsets();
    void annotatedCorpus();
    void dateCorpusTraps();
};

namespace {

// One mention as a line the table can state: text@start amount[..to] unit step qualifier
// [approx]. The end is start plus the text's length in the rows (no characters outside the
// BMP there); codePointOffsets() checks offsets apart.
QString describe(const FigureMention &m)
{
    const FigureAmount &f = m.figure;
    QString line = m.text + u'@' + QString::number(m.start) + u' ' + QString::number(f.amount);
    if (f.amountTo)
        line += u".."_s + QString::number(*f.amountTo);
    line += u' ' + FigureAmount::unitName(f.unit) + u" step " + QString::number(f.step);
    if (f.qualifier != Qualifier::None)
        line += u' ' + FigureAmount::qualifierName(f.qualifier);
    if (f.approximate)
        line += u" approx"_s;
    return line;
}

QStringList describeAll(QStringView text)
{
    QStringList lines;
    for (const FigureMention &m : FigureFinder::find(text)) {
        if (m.end - m.start != m.text.size())
            lines.append(u"bad extent: "_s + describe(m));
        else
            lines.append(describe(m));
    }
    return lines;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(TestFiles::read(path));
}

QJsonObject readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(TestFiles::read(path), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: offset %d: %s", qPrintable(path), int(error.offset),
               qPrintable(error.errorString()));
    return json.object();
}

bool overlaps(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

void tst_FigureFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // The forms.
    QTest::newRow("£399m") << u"the £399m financial gap"_s
                           << QStringList{u"£399m@4 39900000000 GBP step 100000000"_s};
    QTest::newRow("£1.3 million") << u"£1.3 million for dedicated input"_s
                                  << QStringList{u"£1.3 million@0 130000000 GBP step 10000000"_s};
    QTest::newRow("£30 billion") << u"then £30 billion, by 2020/21"_s
                                 << QStringList{
                                        u"£30 billion@5 3000000000000 GBP step 1000000000000"_s};
    QTest::newRow("£130,000") << u"- £130,000 for strategic level input;"_s
                              << QStringList{u"£130,000@2 13000000 GBP step 1000000"_s};
    QTest::newRow("£2.5bn") << u"a £2.5bn deficit"_s
                            << QStringList{u"£2.5bn@2 250000000000 GBP step 10000000000"_s};
    QTest::newRow("£40m-£50m range")
        << u"a gap of £40m-£50m a year"_s
        << QStringList{u"£40m-£50m@9 4000000000..5000000000 GBP step 1000000000"_s};
    QTest::newRow("4.0 FTE") << u"43. There are 4.0 FTE associated"_s
                             << QStringList{u"4.0 FTE@14 400 FTE step 10"_s};
    QTest::newRow("52 per cent") << u"rose by 52 per cent."_s
                                 << QStringList{u"52 per cent@8 5200 percent step 100"_s};

    // More ways of writing them.
    QTest::newRow("percent sign") << u"(29%)"_s << QStringList{u"29%@1 2900 percent step 100"_s};
    QTest::newRow("percent one word")
        << u"was 81.3 percent"_s << QStringList{u"81.3 percent@4 8130 percent step 10"_s};
    QTest::newRow("zero after the point is significant")
        << u"84.0 per cent"_s << QStringList{u"84.0 per cent@0 8400 percent step 10"_s};
    QTest::newRow("trailing zeros are not")
        << u"£400 million"_s << QStringList{u"£400 million@0 40000000000 GBP step 10000000000"_s};
    QTest::newRow("pence") << u"pay £1,421.37 for county services"_s
                           << QStringList{u"£1,421.37@4 142137 GBP step 1"_s};
    QTest::newRow("thousands") << u"£5k of grant"_s
                               << QStringList{u"£5k@0 500000 GBP step 100000"_s};
    QTest::newRow("no-break space before million")
        << u"£3.4\u00A0million package"_s
        << QStringList{u"£3.4\u00A0million@0 340000000 GBP step 10000000"_s};
    QTest::newRow("space after the pound sign")
        << u"£ 40m"_s << QStringList{u"£ 40m@0 4000000000 GBP step 1000000000"_s};
    QTest::newRow("sentence end") << u"was £475,000. This"_s
                                  << QStringList{u"£475,000@4 47500000 GBP step 100000"_s};
    QTest::newRow("range with en dash and spaces")
        << u"£40m – £50m"_s
        << QStringList{u"£40m – £50m@0 4000000000..5000000000 GBP step 1000000000"_s};
    QTest::newRow("range sharing the multiplier")
        << u"£40-50m"_s << QStringList{u"£40-50m@0 4000000000..5000000000 GBP step 1000000000"_s};
    QTest::newRow("range, finer end sets the step")
        << u"£40m-£45m"_s
        << QStringList{u"£40m-£45m@0 4000000000..4500000000 GBP step 100000000"_s};
    QTest::newRow("range with to")
        << u"costs £40m to £50m"_s
        << QStringList{u"£40m to £50m@6 4000000000..5000000000 GBP step 1000000000"_s};
    QTest::newRow("between and") << u"between £4m and £5m"_s
                                 << QStringList{
                                        u"£4m and £5m@8 400000000..500000000 GBP step 100000000"_s};
    QTest::newRow("from ... to is a change, two figures")
        << u"rose from £40m to £50m"_s
        << QStringList{u"£40m@10 4000000000 GBP step 1000000000"_s,
                       u"£50m@18 5000000000 GBP step 1000000000"_s};
    QTest::newRow("falling ends are two figures")
        << u"£50m-£40m"_s
        << QStringList{u"£50m@0 5000000000 GBP step 1000000000"_s,
                       u"£40m@5 4000000000 GBP step 1000000000"_s};
    QTest::newRow("a year after to is not an upper end")
        << u"£500 to 2020/21"_s << QStringList{u"£500@0 50000 GBP step 10000"_s};
    QTest::newRow("a bare number after to is not an upper end")
        << u"£40,000 to 50,000 people"_s
        << QStringList{u"£40,000@0 4000000 GBP step 1000000"_s,
                       u"50,000 people@11 50000 people step 10000"_s};
    QTest::newRow("percentage range")
        << u"40-50 per cent"_s << QStringList{u"40-50 per cent@0 4000..5000 percent step 1000"_s};
    QTest::newRow("people") << u"helped 1,900 people aged 65"_s
                            << QStringList{u"1,900 people@7 1900 people step 100"_s};
    QTest::newRow("beds with a modifier") << u"- 12 step-down beds at Ardley"_s
                                          << QStringList{u"12 step-down beds@2 12 beds step 1"_s};
    QTest::newRow("million people")
        << u"1.3 million people"_s
        << QStringList{u"1.3 million people@0 1300000 people step 100000"_s};
    QTest::newRow("WTE") << u"6.2 WTE posts"_s << QStringList{u"6.2 WTE@0 620 FTE step 10"_s};
    QTest::newRow("two in a list") << u"£130,000, £200,000 and £300,000"_s
                                   << QStringList{u"£130,000@0 13000000 GBP step 1000000"_s,
                                                  u"£200,000@10 20000000 GBP step 10000000"_s,
                                                  u"£300,000@23 30000000 GBP step 10000000"_s};

    // Qualifiers and hedges: read from the words before, never part of the extent.
    QTest::newRow("approximately")
        << u"estimated to be approximately £130,000, however"_s
        << QStringList{u"£130,000@30 13000000 GBP step 1000000 about approx"_s};
    QTest::newRow("about") << u"an overspend of about £2.9m"_s
                           << QStringList{u"£2.9m@22 290000000 GBP step 10000000 about approx"_s};
    QTest::newRow("about, in brackets")
        << u"£14.2 million (about 29 per cent)"_s
        << QStringList{u"£14.2 million@0 1420000000 GBP step 10000000"_s,
                       u"29 per cent@21 2900 percent step 100 about approx"_s};
    QTest::newRow("some") << u"put some £2.5m of officer time"_s
                          << QStringList{u"£2.5m@9 250000000 GBP step 10000000 about approx"_s};
    QTest::newRow("around") << u"Around 40 per cent"_s
                            << QStringList{u"40 per cent@7 4000 percent step 1000 about approx"_s};
    QTest::newRow("up to") << u"up to £5m"_s
                           << QStringList{u"£5m@6 500000000 GBP step 100000000 up to"_s};
    QTest::newRow("more than") << u"more than £1.2bn of public money"_s
                               << QStringList{
                                      u"£1.2bn@10 120000000000 GBP step 10000000000 more than"_s};
    QTest::newRow("more than people")
        << u"more than 1,900 people"_s
        << QStringList{u"1,900 people@10 1900 people step 100 more than"_s};
    QTest::newRow("at least") << u"at least 4.0 FTE"_s
                              << QStringList{u"4.0 FTE@9 400 FTE step 10 at least"_s};
    QTest::newRow("over") << u"over £1m"_s
                          << QStringList{u"£1m@5 100000000 GBP step 100000000 more than"_s};
    QTest::newRow("just over is not over")
        << u"just over £1m"_s << QStringList{u"£1m@10 100000000 GBP step 100000000 more than"_s};
    QTest::newRow("less than") << u"less than 5 per cent"_s
                               << QStringList{u"5 per cent@10 500 percent step 100 less than"_s};
    QTest::newRow("in the region of: approximate, no qualifier")
        << u"in the region of £400m"_s
        << QStringList{u"£400m@17 40000000000 GBP step 10000000000 approx"_s};
    QTest::newRow("estimated at") << u"is currently estimated at £875,000."_s
                                  << QStringList{u"£875,000@26 87500000 GBP step 100000 approx"_s};
    QTest::newRow("indicative") << u"An indicative allocation of £2.1m"_s
                                << QStringList{u"£2.1m@28 210000000 GBP step 10000000 approx"_s};
    QTest::newRow("estimated earlier in the sentence")
        << u"The estimated value in 2017/18 was £475,000."_s
        << QStringList{u"£475,000@35 47500000 GBP step 100000 approx"_s};
    QTest::newRow("a hedge stops at the figure before")
        << u"The estimated cost is £5m, against £4m budgeted."_s
        << QStringList{u"£5m@22 500000000 GBP step 100000000 approx"_s,
                       u"£4m@35 400000000 GBP step 100000000"_s};
    QTest::newRow("a hedge stops at the sentence before")
        << u"It was estimated. The grant is £4m."_s
        << QStringList{u"£4m@31 400000000 GBP step 100000000"_s};
    QTest::newRow("handsome is not some")
        << u"a handsome £4m"_s << QStringList{u"£4m@11 400000000 GBP step 100000000"_s};
    QTest::newRow("a list takes its lead-in's hedge")
        << u"the resource in 2017/18 is approximately as follows:\n\n- £130,000 for strategic "
           u"input;\n"
           "- £1.3 million for project input.\n"_s
        << QStringList{u"£130,000@56 13000000 GBP step 1000000 about approx"_s,
                       u"£1.3 million@88 130000000 GBP step 10000000 about approx"_s};
    QTest::newRow("a list without a hedge")
        << u"The budget is as follows:\n- £130,000 for input\n"_s
        << QStringList{u"£130,000@28 13000000 GBP step 1000000"_s};
    QTest::newRow("a list item's own qualifier wins")
        << u"roughly as follows:\n- up to £5m\n"_s
        << QStringList{u"£5m@28 500000000 GBP step 100000000 up to"_s};
}

void tst_FigureFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(text), expected);
}

void tst_FigureFinder::notFigures_data()
{
    QTest::addColumn<QString>("text");

    // Dates.
    QTest::newRow("financial year") << u"during 2017/18 and 2018-19"_s;
    QTest::newRow("day") << u"on 14 June 2018 the board"_s;
    QTest::newRow("year before people") << u"in 2018 people were told"_s;
    QTest::newRow("month and year before beds") << u"in June 2018 beds closed"_s;
    QTest::newRow("financial year before people") << u"in 2017-18 people"_s;
    QTest::newRow("financial year before per cent") << u"in 2017/18 per cent"_s;
    // Sections and paragraphs.
    QTest::newRow("section") << u"section 75 beds"_s;
    QTest::newRow("paragraphs") << u"paragraphs 40 to 48 of this report"_s;
    QTest::newRow("paragraph numbers") << u"43. 44. 3.2 paragraph 3.2 people"_s;
    // Telephone numbers.
    QTest::newRow("phone") << u"telephone 0116 305 6000"_s;
    QTest::newRow("phone before people") << u"0116 305 6000 people"_s;
    QTest::newRow("phone before per cent") << u"01632 960 418 per cent"_s;
    QTest::newRow("international phone") << u"+44 116 305 beds"_s;
    // References and codes.
    QTest::newRow("codes") << u"CAB/2019/07 ICS-0412 beds, minute 45/19 people"_s;
    QTest::newRow("web address escapes") << u"documents/s125045/NHS%20Plan%202018%20beds.pdf"_s;
    QTest::newRow("letter in front") << u"s125045 people, A1 beds"_s;
    // Plain counts, ages, durations, times, ratios.
    QTest::newRow("counts") << u"three councils, 40 extra home care packages, 44 STP areas"_s;
    QTest::newRow("ages") << u"aged 65 people, age 75 beds"_s;
    QTest::newRow("durations") << u"over a 12 month period, for 3 months, 12 months people"_s;
    QTest::newRow("times and ratios") << u"at 10am, 2.30pm, 1 in 4, 2/3, 50/50"_s;
    QTest::newRow("people without a number") << u"local people and inpatient beds"_s;
    QTest::newRow("capitalised People is a name") << u"40 People Street"_s;
    QTest::newRow("of the breaks a count") << u"12 of the beds"_s;
    // Bad input.
    QTest::newRow("empty") << QString();
    QTest::newRow("pound sign alone") << u"£"_s;
    QTest::newRow("pound sign, point") << u"£. ££ £,000 £m"_s;
    QTest::newRow("too many digits") << u"£12345678901234567890"_s;
    QTest::newRow("overflow with a multiplier") << u"£99999999999999999tn"_s;
    QTest::newRow("finer than a penny") << u"£1.005"_s;
    QTest::newRow("letters after the amount") << u"£5mph £3x"_s;
    QTest::newRow("lone surrogates") << QString(u"\xD800 £\xDC00 4\xD800 FTE"_s);
    QTest::newRow("other currencies") << u"$40m €5bn"_s;
}

void tst_FigureFinder::notFigures()
{
    QFETCH(QString, text);
    QCOMPARE(describeAll(text), QStringList());
}

void tst_FigureFinder::codePointOffsets()
{
    // Offsets count code points, as the corpus and source documents do: the emoji is one.
    const QString text = u"\U0001F600 £5m and \U0001D11E 4.0 FTE"_s;
    const QList<FigureMention> found = FigureFinder::find(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start, qsizetype(2));
    QCOMPARE(found[0].end, qsizetype(5));
    QCOMPARE(found[0].text, u"£5m"_s);
    QCOMPARE(found[1].start, qsizetype(12));
    QCOMPARE(found[1].end, qsizetype(19));
    QCOMPARE(found[1].text, u"4.0 FTE"_s);
}

// Every figure of tests/data/figures/*.json found in its seed with the same extent, amount,
// range, unit, precision, qualifier and hedge; nothing else found; no trap hit.
void tst_FigureFinder::annotatedCorpus()
{
    const QDir folder(TestFiles::path(u"figures"_s, QString()));
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);

    int annotated = 0;
    int found = 0;
    int matched = 0;
    int extentMatched = 0;
    QStringList failures;
    for (const QString &file : files) {
        const QJsonObject json = readJson(folder.filePath(file));
        const QString document = json[u"document"].toString();
        const QString text = readText(QStringLiteral(CIVIC_SOURCE_DIR) + u'/' + document);
        QVERIFY2(!text.isEmpty(), qPrintable(document));
        const QList<FigureMention> mentions = FigureFinder::find(text);
        found += int(mentions.size());
        QList<bool> used(mentions.size(), false);

        for (const QJsonValue &value : json[u"figures"].toArray()) {
            const QJsonObject a = value.toObject();
            ++annotated;
            const qsizetype start = a[u"start"].toInteger();
            const qsizetype end = a[u"end"].toInteger();
            const QString where =
                file + u": " + a[u"text"].toString() + u'@' + QString::number(start) + u": ";
            qsizetype index = -1;
            for (qsizetype k = 0; k < mentions.size(); ++k) {
                if (mentions[k].start == start && mentions[k].end == end)
                    index = k;
            }
            if (index < 0) {
                failures.append(where + u"not found with this extent"_s);
                continue;
            }
            used[index] = true;
            ++extentMatched;
            const FigureMention &m = mentions[index];
            const std::optional<Unit> unit = FigureAmount::unitFromName(a[u"unit"].toString());
            QVERIFY2(unit, qPrintable(where + u"unknown unit"_s));
            const double scale = double(FigureAmount::scale(*unit));
            QStringList wrong;
            if (m.text != a[u"text"].toString())
                wrong.append(u"text "_s + m.text);
            if (m.figure.unit != *unit)
                wrong.append(u"unit "_s + FigureAmount::unitName(m.figure.unit));
            if (m.figure.amount != std::llround(a[u"amount"].toDouble() * scale))
                wrong.append(u"amount "_s + QString::number(m.figure.amount));
            const std::optional<qint64> to =
                a.contains(u"amountTo")
                    ? std::optional<qint64>(std::llround(a[u"amountTo"].toDouble() * scale))
                    : std::nullopt;
            if (m.figure.amountTo != to)
                wrong.append(u"amountTo "_s + QString::number(m.figure.amountTo.value_or(-1)));
            if (m.figure.step != std::llround(a[u"precision"].toDouble() * 2 * scale))
                wrong.append(u"step "_s + QString::number(m.figure.step));
            if (FigureAmount::qualifierName(m.figure.qualifier) != a[u"qualifier"].toString())
                wrong.append(u"qualifier '"_s + FigureAmount::qualifierName(m.figure.qualifier) +
                             u'\'');
            if (m.figure.approximate != a[u"approximate"].toBool())
                wrong.append(m.figure.approximate ? u"approximate"_s : u"not approximate"_s);
            if (wrong.isEmpty())
                ++matched;
            else
                failures.append(where + wrong.join(u", "));
        }
        for (qsizetype k = 0; k < mentions.size(); ++k) {
            if (!used[k])
                failures.append(file + u": found but not annotated: "_s + describe(mentions[k]));
        }
        for (const QJsonValue &value : json[u"traps"].toArray()) {
            const QJsonObject t = value.toObject();
            for (const FigureMention &m : mentions) {
                if (overlaps(m.start, m.end, t[u"start"].toInteger(), t[u"end"].toInteger()))
                    failures.append(file + u": trap hit: "_s + t[u"text"].toString() + u" by " +
                                    describe(m));
            }
        }
    }
    const double recall = annotated ? double(matched) / annotated : 1.0;
    const double precision = found ? double(matched) / found : 1.0;
    qInfo("figures corpus: %d annotated, %d found, %d with the right extent, %d right in every "
          "field: recall %.3f, precision %.3f",
          annotated, found, extentMatched, matched, recall, precision);
    for (const QString &failure : std::as_const(failures))
        qWarning("%s", qPrintable(failure));
    QVERIFY(annotated >= 16);
    QCOMPARE(failures, QStringList());
}

// The date-mention corpus marks amounts and percentages as traps (kinds "money" and "figure")
// in seven more documents written to be hard: those with a unit must be found with that extent,
// and no figure may overlap a date mention or a trap of another kind (a section, a telephone,
// a reference, a time, an age, a ratio).
void tst_FigureFinder::dateCorpusTraps()
{
    const QDir folder(TestFiles::path(u"dates"_s, QString()));
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 12);
    int expected = 0;
    int hits = 0;
    QStringList failures;
    for (const QString &file : files) {
        const QJsonObject json = readJson(folder.filePath(file));
        const QString document = json[u"document"].toString();
        const QString path = document.startsWith(u"seeds/")
                                 ? QStringLiteral(CIVIC_SOURCE_DIR) + u'/' + document
                                 : folder.filePath(document);
        const QList<FigureMention> mentions = FigureFinder::find(readText(path));
        const auto check = [&](const QJsonObject &entry, const QString &what) {
            for (const FigureMention &m : mentions) {
                if (overlaps(m.start, m.end, entry[u"start"].toInteger(),
                             entry[u"end"].toInteger()))
                    failures.append(file + u": " + what + u' ' + entry[u"text"].toString() +
                                    u" hit by " + describe(m));
            }
        };
        for (const QJsonValue &value : json[u"mentions"].toArray())
            check(value.toObject(), u"date"_s);
        for (const QJsonValue &value : json[u"traps"].toArray()) {
            const QJsonObject trap = value.toObject();
            const QString kind = trap[u"kind"].toString();
            const QString words = trap[u"text"].toString();
            const bool hasUnit =
                kind == u"money" || words.endsWith(u"per cent") || words.endsWith(u"FTE");
            if (kind != u"money" && kind != u"figure") {
                check(trap, u"trap"_s);
            } else if (hasUnit) {
                ++expected;
                const bool found = std::any_of(mentions.begin(), mentions.end(), [&](auto &m) {
                    return m.start == trap[u"start"].toInteger() &&
                           m.end == trap[u"end"].toInteger();
                });
                if (found)
                    ++hits;
                else
                    failures.append(file + u": amount not found: "_s + words);
            }
        }
    }
    qInfo("date corpus: %d of %d amounts marked as traps found with their extent", hits, expected);
    for (const QString &failure : std::as_const(failures))
        qWarning("%s", qPrintable(failure));
    QVERIFY(expected >= 40);
    QCOMPARE(failures, QStringList());
}

QTEST_GUILESS_MAIN(tst_FigureFinder)
#include "tst_figurefinder.moc"
