#include "catalogueloader.h"
#include "editorialcheck.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ProblemList fixtureWarnings()
{
    const QString path = TestFiles::path(u"editorial"_s, u"catalogue.json"_s);
    const CatalogueLoadResult result = CatalogueLoader::load(path);
    if (!result.ok())
        qWarning("%s", qPrintable(result.problems.constFirst().toString()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return EditorialCheck::check(result.catalogue, file.readAll(), u"catalogue.json"_s);
}

// The warnings that name an event, as "line: message".
QStringList warningsFor(const ProblemList &warnings, const QString &id)
{
    QStringList found;
    for (const Problem &warning : warnings) {
        if (warning.message.startsWith(u"event \u201C%1\u201D"_s.arg(id)))
            found.append(u"%1: %2"_s.arg(warning.line).arg(warning.message));
    }
    return found;
}

} // namespace

// tests/data/editorial/catalogue.json: one event per rule broken, and events that keep the
// rules in the ways a careless check would flag (apostrophes, curly quotes in the source).
class tst_EditorialCheck : public QObject
{
    Q_OBJECT

private slots:
    void quotedSpans_data();
    void quotedSpans();
    void warnings_data();
    void warnings();
    void everyWarningIsExpected();
    void eventListsAreNotChecked();
};

void tst_EditorialCheck::quotedSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("none") << u"No quotes here"_s << QStringList{};
    QTest::newRow("straight double")
        << u"Palmer: \"zero discussions\" so far"_s << QStringList{u"zero discussions"_s};
    QTest::newRow("curly double") << u"a \u201Cclear message\u201D given"_s
                                  << QStringList{u"clear message"_s};
    QTest::newRow("curly single") << u"Council \u2018at breaking point\u2019 over"_s
                                  << QStringList{u"at breaking point"_s};
    QTest::newRow("straight single")
        << u"the 'direction of travel' towards"_s << QStringList{u"direction of travel"_s};
    QTest::newRow("apostrophe") << u"the council\u2019s view"_s << QStringList{};
    QTest::newRow("straight apostrophe") << u"the council's view"_s << QStringList{};
    QTest::newRow("plural possessive") << u"the councils\u2019 own view"_s << QStringList{};
    QTest::newRow("apostrophe inside single quotes")
        << u"\u2018the NHS\u2019s push\u2019 again"_s << QStringList{u"the NHS\u2019s push"_s};
    QTest::newRow("single inside double is one span")
        << u"\u201Cnot about \u2018whether\u2019 but \u2018when\u2019\u201D"_s
        << QStringList{u"not about \u2018whether\u2019 but \u2018when\u2019"_s};
    QTest::newRow("two spans") << u"\"parties\" and \"partners\""_s
                               << QStringList{u"parties"_s, u"partners"_s};
    QTest::newRow("unclosed") << u"an \u201Cunclosed quote"_s << QStringList{};
}

void tst_EditorialCheck::quotedSpans()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);

    QCOMPARE(EditorialCheck::quotedSpans(text), spans);
}

void tst_EditorialCheck::warnings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected"); // "line: message" fragments, in order

    QTest::newRow("quotes that occur") << u"clean"_s << QStringList{};
    QTest::newRow("apostrophes are not quotation marks") << u"apostrophes"_s << QStringList{};
    QTest::newRow("curly quotes in the source") << u"curly-in-source"_s << QStringList{};
    QTest::newRow("title quotes words not in the passage")
        << u"misquoted-title"_s
        << QStringList{u"75: event \u201Cmisquoted-title\u201D: the title quotes "
                       "\u201Cat breaking point\u201D, which is not in any of its passages"_s};
    QTest::newRow("summary quotes words not in the passage")
        << u"misquoted-summary"_s
        << QStringList{u"94: event \u201Cmisquoted-summary\u201D: the summary quotes "
                       "\u201Ca black hole\u201D"_s};
    QTest::newRow("same date, lane and passages")
        << u"twin"_s
        << QStringList{u"110: event \u201Ctwin\u201D has the same date, lane and passages as "
                       "\u201Cclean\u201D"_s};
    QTest::newRow("same date and passages in another lane")
        << u"twin-other-lane"_s << QStringList{};
    QTest::newRow("inferred but exact")
        << u"inferred-exact"_s
        << QStringList{u"152: event \u201Cinferred-exact\u201D: the date basis says "
                       "\u201Cinferred\u201D but the date is not flagged approximate"_s};
    QTest::newRow("estimated but exact")
        << u"estimated-exact"_s
        << QStringList{u"170: event \u201Cestimated-exact\u201D: the date basis says "
                       "\u201CEstimated\u201D"_s};
    QTest::newRow("inferred and approximate") << u"inferred-approximate"_s << QStringList{};
}

void tst_EditorialCheck::warnings()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);

    const QStringList found = warningsFor(fixtureWarnings(), id);
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.at(i)));
}

void tst_EditorialCheck::everyWarningIsExpected()
{
    const ProblemList warnings = fixtureWarnings();
    QCOMPARE(warnings.size(), 5);
    for (const Problem &warning : warnings) {
        QCOMPARE(warning.file, u"catalogue.json"_s);
        QVERIFY(warning.line > 0);
    }
}

void tst_EditorialCheck::eventListsAreNotChecked()
{
    const QByteArray list = R"({"events": [{"id": "a", "start": "2017-08-03",
                               "title": "A \"quote\" from nowhere"}]})";
    TimelineEvent event;
    event.id = u"a"_s;
    event.title = u"A \"quote\" from nowhere"_s;
    event.date = EventDate::fromDays(QDate(2017, 8, 3));
    Catalogue catalogue;
    catalogue.setEvents({event});
    QVERIFY(EditorialCheck::check(catalogue, list, u"list.json"_s).isEmpty());
    // The same event in a catalogue is checked.
    const QByteArray asCatalogue =
        R"({"sourceIndex": "s.json", "events": [{"id": "a", "title": "A \"quote\""}]})";
    QCOMPARE(EditorialCheck::check(catalogue, asCatalogue, u"c.json"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_EditorialCheck)
#include "tst_editorialcheck.moc"
