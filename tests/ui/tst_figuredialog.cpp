// The figure dialog: the amounts it offers are those the event's passages give, a measure
// chosen from the list keeps its key, a period must parse, and OK waits until all is said.
#include "catalogueloader.h"
#include "figuredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FigureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidates_data();
    void candidates();
    void addsAFigureOfAnExistingMeasure();
    void aNewMeasureHasNoKeyYet();
    void problems_data();
    void problems();
    void changeStartsFromTheFigure();

private:
    QPushButton *ok(const FigureDialog &dialog) const
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    Catalogue m_story;
};

void tst_FigureDialog::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
}

void tst_FigureDialog::candidates_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("amounts");

    QTest::newRow("three reports of a gap")
        << u"llr-gap"_s << QStringList{u"£409m"_s, u"£399m"_s, u"£400 million"_s};
    QTest::newRow("staff") << u"integration-fte"_s
                           << QStringList{u"4.0 FTE"_s, u"4.4 FTE"_s, u"6.2 FTE"_s};
    // "by 2020/21" is a date, not money.
    QTest::newRow("a gap and a date") << u"fyfv-30bn-gap"_s << QStringList{u"£30 billion"_s};
    QTest::newRow("no event") << u"no-such-event"_s << QStringList{};
}

void tst_FigureDialog::candidates()
{
    QFETCH(QString, event);
    QFETCH(QStringList, amounts);

    QStringList found;
    for (const FigureDialog::Candidate &c : FigureDialog::candidates(m_story, event)) {
        found.append(c.mention.text);
        // The passage holds the amount, as the loader will check.
        QVERIFY(c.passage.excerpt.contains(c.mention.text));
    }
    QCOMPARE(found, amounts);
}

// Picking the amount and an existing measure with the keyboard gives a figure of that
// measure, its passage the one the amount is in.
void tst_FigureDialog::addsAFigureOfAnExistingMeasure()
{
    FigureDialog dialog(m_story, u"llr-gap"_s, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!ok(dialog)->isEnabled()); // nothing says what it measures yet
    dialog.amountBox()->setFocus();
    QTest::keyClick(dialog.amountBox(), Qt::Key_Down); // £399m
    QTest::keyClicks(dialog.measureBox()->lineEdit(), u"LLR health and care funding gap"_s);
    QTest::keyClicks(dialog.periodField(), u"2016/17"_s);
    QVERIFY(ok(dialog)->isEnabled());
    const Figure f = dialog.figure();
    QCOMPARE(f.written, u"£399m"_s);
    QCOMPARE(f.amount.amount, qint64(399'000'000) * 100);
    QCOMPARE(f.measure, u"llr-funding-gap"_s);
    QCOMPARE(f.label, u"LLR health and care funding gap"_s);
    QCOMPARE(f.period, EventDate::parse(u"2016/17"_s));
    QCOMPARE(f.eventId, u"llr-gap"_s);
    QCOMPARE(f.sources.size(), 1);
    QCOMPARE(f.sources.first().sourceId, u"hsj-breaking-point"_s);
    QVERIFY(f.sources.first().excerpt.contains(u"£399m"_s));
}

void tst_FigureDialog::aNewMeasureHasNoKeyYet()
{
    FigureDialog dialog(m_story, u"integration-fte"_s, nullptr);
    QTest::keyClicks(dialog.measureBox()->lineEdit(), u"Analysts in the core team"_s);
    QVERIFY(ok(dialog)->isEnabled());
    const Figure f = dialog.figure();
    QCOMPARE(f.written, u"4.0 FTE"_s);
    QCOMPARE(f.label, u"Analysts in the core team"_s);
    QVERIFY(f.measure.isEmpty());
    QVERIFY(!f.period.isValid());
}

void tst_FigureDialog::problems_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("problem"); // a part of it; empty: none

    QTest::newRow("all said") << u"llr-gap"_s << u"Gap"_s << u""_s << QString();
    QTest::newRow("no measure") << u"llr-gap"_s << u""_s << u""_s << u"measures"_s;
    QTest::newRow("a period that is no date")
        << u"llr-gap"_s << u"Gap"_s << u"the next year"_s << u"not a date"_s;
    QTest::newRow("an event whose passages give no amount")
        << u"nhs-reforms-2013"_s << u"Gap"_s << u""_s << u"give no amount"_s;
}

void tst_FigureDialog::problems()
{
    QFETCH(QString, event);
    QFETCH(QString, measure);
    QFETCH(QString, period);
    QFETCH(QString, problem);

    QVERIFY(m_story.event(event));
    FigureDialog dialog(m_story, event, nullptr);
    QTest::keyClicks(dialog.measureBox()->lineEdit(), measure);
    QTest::keyClicks(dialog.periodField(), period);
    if (problem.isEmpty()) {
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(ok(dialog)->isEnabled());
    } else {
        QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(u"figureProblem"_s)->text(), dialog.problem());
    }
}

void tst_FigureDialog::changeStartsFromTheFigure()
{
    const Figure *existing = nullptr;
    for (const Figure &f : m_story.figures()) {
        if (f.id == u"llr-gap-cabinet-para3"_s)
            existing = &f;
    }
    QVERIFY(existing);
    FigureDialog dialog(m_story, existing->eventId, existing);
    QVERIFY(ok(dialog)->isEnabled());
    const Figure f = dialog.figure();
    QCOMPARE(f.written, existing->written);
    QCOMPARE(f.measure, existing->measure);
    QCOMPARE(f.label, existing->label);
    QCOMPARE(f.sources.first().sourceId, existing->sources.first().sourceId);
}

QTEST_MAIN(tst_FigureDialog)
#include "tst_figuredialog.moc"
