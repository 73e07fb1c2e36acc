// The date-mention finder, one written form per row: financial years in every form, quarters,
// seasons, weeks, thirds, ranges, relative words, weekdays, "a year later", planned dates,
// numeric dates read day first, and the words that are not dates; then the rows whose meaning
// turns on the document date (31 March / 1 April, new year's eve and day, 29 February), and
// offsets, the document's own date and bad input.
#include "datementionfinder.h"
#include "documentdate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_DateMentionFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void notDates_data();
    void notDates();
    void documentDates_data();
    void documentDates();
    void codePointOffsets();
    void withoutDocumentDate();
    void longText();
    void documentDate_data();
    void documentDate();
    void badInput();
};

namespace {

// "words => label", or "words => label [document|previous]" when counted from something.
QStringList describe(const QList<DateMention> &mentions)
{
    QStringList out;
    for (const DateMention &m : mentions) {
        QString s = m.text + u" => "_s + (m.date.isValid() ? m.date.label() : u"(no date)"_s);
        if (m.anchor != DateMention::Anchor::None)
            s += u" ["_s + DateMention::anchorName(m.anchor) + u']';
        out << s;
    }
    return out;
}

void addRows(const char *group, QStringView documentDate,
             std::initializer_list<std::pair<const char16_t *, QStringList>> rows)
{
    int n = 0;
    for (const auto &[text, expected] : rows)
        QTest::addRow("%s %d", group, ++n)
            << QString::fromUtf16(text) << documentDate.toString() << expected;
}

} // namespace

void tst_DateMentionFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("documentDate");
    QTest::addColumn<QStringList>("expected");

    addRows(
        "financial year", u"16 July 2019",
        {{u"The plan for 2018/19 was agreed.", {u"2018/19 => 2018/19"_s}},
         {u"The plan for 2018-19 was agreed.", {u"2018-19 => 2018/19"_s}},
         {u"The plan for 2018/2019 was agreed.", {u"2018/2019 => 2018/19"_s}},
         {u"Spending in FY18/19 rose.", {u"FY18/19 => 2018/19"_s}},
         {u"Spending in FY 2018/19 rose.", {u"FY 2018/19 => 2018/19"_s}},
         {u"The plan for financial year 2018/19 was agreed.",
          {u"financial year 2018/19 => 2018/19"_s}},
         {u"It was set for the 2018/19 financial year.", {u"2018/19 financial year => 2018/19"_s}},
         {u"Savings are needed by 2020/21.", {u"2020/21 => by 2020/21 (planned)"_s}},
         {u"A plan for 2020/21 to 2022/23 was drafted.",
          {u"2020/21 to 2022/23 => 2020/21 \u2013 2022/23 (planned)"_s}},
         // 29 February of the year before 2015 does not exist: no range, two dates.
         {u"It fell on 29 February-2015.",
          {u"29 February => 29 February 2016 [document]"_s, u"2015 => 2015"_s}},
         // A second date before the first is not the end of a range.
         {u"Compare 2020/21 to 2016.",
          {u"2020/21 => 2020/21 (planned)"_s, u"2016 => 2016"_s}},
         {u"Allocations for FY 2020/21 and 2021/22 are awaited.",
          {u"FY 2020/21 and 2021/22 => 2020/21 \u2013 2021/22 (planned)"_s}},
         {u"Results for the 2018/19 school year were published.",
          {u"2018/19 school year => Sept 2018 \u2013 Aug 2019"_s}},
         {u"The 2019/20 allocation", {u"2019/20 => 2019/20"_s}}});
    addRows("sentence end", u"16 July 2019",
            {{u"The board agreed the plan on 3 May.", {u"3 May => 3 May 2019 [document]"_s}},
             {u"The report came in Sept. 2018.", {u"Sept. 2018 => September 2018"_s}}});
    addRows("quarter", u"16 July 2019",
            {{u"Attendances rose in Q3 2018/19.", {u"Q3 2018/19 => Oct 2018 \u2013 Dec 2018"_s}},
             {u"Attendances rose in Q4 2018/19.", {u"Q4 2018/19 => Jan 2019 \u2013 Mar 2019"_s}},
             {u"Attendances rose in Q3 2018.", {u"Q3 2018 => Q3 2018"_s}},
             {u"In Q1 of the current financial year spending fell.",
              {u"Q1 of the current financial year => Apr 2019 \u2013 June 2019 [document]"_s}},
             {u"The finance report for Month 12 2018/19 was noted.",
              {u"Month 12 2018/19 => March 2019"_s}},
             {u"Performance in the quarter to 31 March fell.",
              {u"the quarter to 31 March => Jan 2019 \u2013 Mar 2019 [document]"_s}}});
    addRows(
        "season", u"16 July 2019",
        {{u"Consultation was held in spring 2019.", {u"spring 2019 => spring 2019"_s}},
         {u"Complaints were made in the summer of 2018.", {u"the summer of 2018 => summer 2018"_s}},
         {u"The plan for winter 2019/20 is agreed.",
          {u"winter 2019/20 => winter 2019/20 (planned)"_s}},
         {u"Demand in winter 2018 was high.", {u"winter 2018 => winter 2018/19"_s}},
         {u"Lessons from last winter were learned.",
          {u"last winter => winter 2018/19 [document]"_s}},
         {u"Allocations are due in the autumn.",
          {u"the autumn => autumn 2019 (planned) [document]"_s}},
         {u"We will consult in spring next year.",
          {u"spring next year => spring 2020 (planned) [document]"_s}}});
    addRows(
        "week", u"16 July 2019",
        {{u"Beds open from w/c 6 May 2019.",
          {u"w/c 6 May 2019 => 6 May 2019 \u2013 12 May 2019"_s}},
         {u"A session in the week commencing 4 November 2019.",
          {u"the week commencing 4 November 2019 => 4 Nov 2019 \u2013 10 Nov 2019 (planned)"_s}},
         {u"Calls rose in the week ending 22 March 2020.",
          {u"the week ending 22 March 2020 => 16 Mar 2020 \u2013 22 Mar 2020 (planned)"_s}},
         {u"The board met last week.",
          {u"last week => 8 July 2019 \u2013 14 July 2019 [document]"_s}}});
    addRows("third", u"16 July 2019",
            {{u"It began in early March 2019.",
              {u"early March 2019 => c. 1 Mar 2019 \u2013 10 Mar 2019"_s}},
             {u"The rate peaked in mid-2019.", {u"mid-2019 => c. May 2019 \u2013 Aug 2019"_s}},
             // A day has no thirds: the day itself, about.
             {u"It was due in early 7 March 2019.",
              {u"early 7 March 2019 => c. 7 March 2019"_s}},
             {u"Many moved here in the late 1980s.", {u"late 1980s => c. 1987 \u2013 1989"_s}},
             {u"It closed at the end of January 2019.",
              {u"the end of January 2019 => c. 21 Jan 2019 \u2013 31 Jan 2019"_s}},
             {u"Rotas will be confirmed by the end of October.",
              {u"the end of October => by October 2019 (planned) [document]"_s}},
             {u"Discharges recovered only in mid-January.",
              {u"mid-January => c. 11 Jan 2019 \u2013 20 Jan 2019 [document]"_s}},
             {u"Housing built in the 1990s.", {u"1990s => 1990 \u2013 1999"_s}}});
    addRows("range", u"16 July 2019",
            {{u"Clinics ran on 12\u201314 March 2019.",
              {u"12\u201314 March 2019 => 12 Mar 2019 \u2013 14 Mar 2019"_s}},
             {u"Events in April and June 2019 heard the same.",
              {u"April and June 2019 => Apr 2019 \u2013 June 2019"_s}},
             {u"The plan covered 1 April 2019 to 31 March 2020.",
              {u"1 April 2019 to 31 March 2020 => 1 Apr 2019 \u2013 31 Mar 2020"_s}},
             {u"The pilot ran from 5 September to 27 November 2016.",
              {u"5 September to 27 November 2016 => 5 Sept 2016 \u2013 27 Nov 2016"_s}},
             {u"Compared with October\u2013December 2017.",
              {u"October\u2013December 2017 => Oct 2017 \u2013 Dec 2017"_s}},
             {u"It was raised in March 2018 and again in June 2019.",
              {u"March 2018 => March 2018"_s, u"June 2019 => June 2019"_s}}});
    addRows(
        "relative", u"16 July 2019",
        {{u"Subject to approval today, it goes ahead.", {u"today => 16 July 2019 [document]"_s}},
         {u"Figures published yesterday show a fall.", {u"yesterday => 15 July 2019 [document]"_s}},
         {u"The letter sent last month went unanswered.",
          {u"last month => June 2019 [document]"_s}},
         {u"We will be back here next year.", {u"next year => 2020 (planned) [document]"_s}},
         {u"A report will come in the new year.", {u"the new year => 2020 (planned) [document]"_s}},
         {u"Spending in the current financial year is on plan.",
          {u"the current financial year => 2019/20 [document]"_s}},
         {u"Three years ago the Cabinet agreed a pilot.",
          {u"Three years ago => 2016 [document]"_s}},
         {u"It was published on 18 July last year.",
          {u"18 July last year => 18 July 2018 [document]"_s}},
         {u"Guidance came in April this year.", {u"April this year => April 2019 [document]"_s}},
         {u"The MTFS, agreed in February, assumes it continues.",
          {u"February => February 2019 [document]"_s}},
         {u"The fund will be fully committed by February.",
          {u"February => by February 2020 (planned) [document]"_s}}});
    addRows("weekday", u"29 February 2020",
            {{u"The budget was approved on Thursday by 38 votes to 21.",
              {u"Thursday => 27 February 2020 [document]"_s}},
             {u"The lorries will stand down from Monday.",
              {u"Monday => 2 March 2020 (planned) [document]"_s}},
             {u"The meeting is on Thursday 26 March at 7pm.",
              {u"Thursday 26 March => 26 March 2020 (planned) [document]"_s}}});
    addRows("weekday on the day", u"26 September 2019",
            {{u"The board will meet on Thursday.",
              {u"Thursday => 3 October 2019 (planned) [document]"_s}},
             {u"The board met on Thursday.", {u"Thursday => 26 September 2019 [document]"_s}}});
    addRows(
        "previous", u"16 July 2019",
        {{u"In 2017 the councils refused, and a year later one left.",
          {u"2017 => 2017"_s, u"a year later => 2018 [previous]"_s}},
         {u"It ran from 5 September to 27 November 2016 and, a year later, became permanent.",
          {u"5 September to 27 November 2016 => 5 Sept 2016 \u2013 27 Nov 2016"_s,
           u"a year later => 5 Sept 2017 \u2013 27 Nov 2017 [previous]"_s}},
         {u"Calls rose in the week ending 22 March 2020 and fell over the following fortnight.",
          {u"the week ending 22 March 2020 => 16 Mar 2020 \u2013 22 Mar 2020 (planned)"_s,
           u"the following fortnight => 23 Mar 2020 \u2013 5 Apr 2020 (planned) [previous]"_s}}});
    addRows("planned", u"16 July 2019",
            {{u"The plan will be submitted by 27 September 2019.",
              {u"27 September 2019 => by 27 September 2019 (planned)"_s}},
             {u"The plan was approved on 7 January 2019.", {u"7 January 2019 => 7 January 2019"_s}},
             {u"Final approval is expected in March 2021.",
              {u"March 2021 => March 2021 (planned)"_s}}});
    addRows("day first", u"16 July 2019",
            {{u"Published on 12/03/2019.", {u"12/03/2019 => 12 March 2019"_s}},
             {u"Published on 12.03.2019.", {u"12.03.2019 => 12 March 2019"_s}},
             {u"Published on 12-03-19.", {u"12-03-19 => 12 March 2019"_s}},
             {u"Published in 03/2019.", {u"03/2019 => March 2019"_s}},
             {u"Signed on 31/12/2018.", {u"31/12/2018 => 31 December 2018"_s}}});
    addRows(
        "deadline", u"4 November 2019",
        {{u"A meeting within six weeks of the date of this letter.",
          {u"six weeks of the date of this letter => by 16 December 2019 (planned) [document]"_s}},
         // Cut off before the document's word: no deadline, and nothing read past the end.
         {u"A meeting within six weeks of the date of this", {}}});
}

void tst_DateMentionFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, documentDate);
    QFETCH(QStringList, expected);
    const EventDate date = EventDate::parse(documentDate);
    QVERIFY(date.isValid());
    QCOMPARE(describe(DateMentionFinder::find(text, date)), expected);
}

void tst_DateMentionFinder::notDates_data()
{
    QTest::addColumn<QString>("text");
    const char16_t *rows[] = {
        u"We worked with it long before the Five Year Forward View.",
        u"The NHS Long Term Plan says so.",
        u"The Medium Term Financial Strategy (MTFS) assumes it.",
        u"The \"Winter pressures\" grant of \u00a32.1m was paid.",
        u"The winter plan was tested; WINTER PLANNING goes on.",
        u"Anyone worried about COVID-19 should call NHS 111.",
        u"Children in Year 6 were measured.",
        u"Each family attends for three months.",
        u"Calls doubled over the past 18 months.",
        u"A twelve-week course.",
        u"Staffed 24/7 and reported quarterly.",
        u"A pooled budget of \u00a348.6 million, 2/3 of it on home care.",
        u"Paragraph 3.2 of the Appendix; section 75; minute 45/19 refers.",
        u"Report reference: CAB/2019/07. Your ref: ICS-0412.",
        u"Tel: 01632 960 418",
        u"People aged 65 and over.",
        u"The four-hour target was missed.",
        u"Daily calls at 10am.",
        u"Concerns have grown over the last year.",
        u"The figures cover 1 December to 28 February in each year.",
        u"Open 9am to 5pm, Monday to Friday.",
        u"It falls on a Saturday.",
        u"The council moved its budget meeting from March to February.",
        u"You may ask.",
        u"Agency spending fell for the third year running.",
        u"A week earlier than planned.",
    };
    for (const char16_t *row : rows)
        QTest::newRow(QString::fromUtf16(row).left(40).toUtf8().constData())
            << QString::fromUtf16(row);
}

void tst_DateMentionFinder::notDates()
{
    QFETCH(QString, text);
    QCOMPARE(describe(DateMentionFinder::find(text, EventDate::parse(u"16 July 2019"))),
             QStringList());
}

void tst_DateMentionFinder::documentDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("documentDate");
    QTest::addColumn<QStringList>("expected");
    const char16_t *newFinancialYear = u"Budgets for the new financial year are set.";
    const char16_t *currentFinancialYear = u"Spending in the current financial year is on plan.";
    addRows("31 March", u"31 March 2018",
            {{newFinancialYear, {u"the new financial year => 2018/19 (planned) [document]"_s}},
             {currentFinancialYear, {u"the current financial year => 2017/18 [document]"_s}},
             {u"It starts tomorrow.", {u"tomorrow => 1 April 2018 (planned) [document]"_s}}});
    addRows("1 April", u"1 April 2018",
            {{newFinancialYear, {u"the new financial year => 2018/19 [document]"_s}},
             {currentFinancialYear, {u"the current financial year => 2018/19 [document]"_s}},
             {u"It ended yesterday.", {u"yesterday => 31 March 2018 [document]"_s}}});
    addRows("December", u"2 December 2019",
            {{newFinancialYear, {u"the new financial year => 2020/21 (planned) [document]"_s}}});
    addRows(
        "new year's eve", u"31 December 2019",
        {{u"It opens tomorrow.", {u"tomorrow => 1 January 2020 (planned) [document]"_s}},
         {u"We will be back next year.", {u"next year => 2020 (planned) [document]"_s}},
         {u"It closed last week.", {u"last week => 23 Dec 2019 \u2013 29 Dec 2019 [document]"_s}},
         {u"A report will come in the new year.",
          {u"the new year => 2020 (planned) [document]"_s}}});
    addRows(
        "new year's day", u"1 January 2020",
        {{u"It closed yesterday.", {u"yesterday => 31 December 2019 [document]"_s}},
         {u"Demand last year was high.", {u"last year => 2019 [document]"_s}},
         {u"It closed last week.", {u"last week => 23 Dec 2019 \u2013 29 Dec 2019 [document]"_s}},
         {u"It rose in December.", {u"December => December 2019 [document]"_s}}});
    addRows("29 February", u"29 February 2020",
            {{u"It opens tomorrow.", {u"tomorrow => 1 March 2020 (planned) [document]"_s}},
             {u"A year ago we thought otherwise.", {u"A year ago => 2019 [document]"_s}},
             {u"Born on 29 February 2016 and a year later moved.",
              {u"29 February 2016 => 29 February 2016"_s,
               u"a year later => 28 February 2017 [previous]"_s}},
             {u"It is the first 29 February since 29 February 2016.",
              {u"29 February => 29 February 2020 [document]"_s,
               u"29 February 2016 => 29 February 2016"_s}},
             {u"Residents must tell the council by the end of next month.",
              {u"the end of next month => by March 2020 (planned) [document]"_s}},
             {u"Bins are collected this weekend.",
              {u"this weekend => 29 Feb 2020 \u2013 1 Mar 2020 [document]"_s}}});
    addRows("1 March after a leap day", u"1 March 2020",
            {{u"It closed yesterday.", {u"yesterday => 29 February 2020 [document]"_s}}});
}

void tst_DateMentionFinder::documentDates()
{
    find();
}

void tst_DateMentionFinder::codePointOffsets()
{
    // "𝔸" is two UTF-16 units but one code point.
    const QString text = u"\U0001D538 \U0001D538 On 3 August 2017 it met."_s;
    const QList<DateMention> found = DateMentionFinder::find(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].text, u"3 August 2017"_s);
    QCOMPARE(found[0].start, 7);
    QCOMPARE(found[0].end, 20);
}

void tst_DateMentionFinder::longText()
{
    // Read in parts that end at blank lines: offsets and "a year later" carry across them.
    QString text;
    const QString paragraph = u"In 2017 the councils met. "_s.repeated(40) + u"\n\n"_s;
    while (text.size() < 100000)
        text += paragraph;
    text += u"\U0001D538 A year later one left.\n"_s;
    const QList<DateMention> found = DateMentionFinder::find(text, EventDate::parse(u"1 May 2019"));
    QCOMPARE(found.size(), text.count(u"2017"_s) + 1);
    const DateMention &last = found.constLast();
    QCOMPARE(last.text, u"A year later"_s);
    QCOMPARE(last.date.label(), u"2018"_s);
    // The text ends "𝔸 A year later one left.\n": 24 UTF-16 units after the 𝔸, which is two
    // units but one code point.
    QCOMPARE(last.start, text.size() - 24);
    const DateMention &some = found.at(found.size() / 2);
    QCOMPARE(text.mid(some.start, some.end - some.start), u"2017"_s);
}

void tst_DateMentionFinder::withoutDocumentDate()
{
    const QList<DateMention> found =
        DateMentionFinder::find(u"On 3 August 2017, and last week, the board met."_s);
    QCOMPARE(describe(found), (QStringList{u"3 August 2017 => 3 August 2017"_s,
                                           u"last week => (no date) [document]"_s}));
}

void tst_DateMentionFinder::documentDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::newRow("heading")
        << u"WEXCOMBE COUNTY COUNCIL\n\nCABINET \u2013 16 JULY 2019\n\nA report about 2018/19."_s
        << u"16 July 2019"_s;
    QTest::newRow("letter date")
        << u"Our ref: X\n\n4 November 2019\n\nDear Ms V,\nWe met on 17 October 2019."_s
        << u"4 November 2019"_s;
    QTest::newRow("dateline")
        << u"PRESS RELEASE\n\nFor immediate release: Monday 2 December 2019\n\nText."_s
        << u"2 December 2019"_s;
    QTest::newRow("inferred from cited dates")
        << u"Councils saw the draft only on 14/11/2019. The board will meet on 1 January 2020."_s
        << u"before 1 January 2020, after 14 November 2019"_s;
    QTest::newRow("no evidence") << u"Nothing here is dated."_s << QString();
}

void tst_DateMentionFinder::documentDate()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    const DocumentDate found = DocumentDate::find(text);
    QCOMPARE(found.date.isValid() ? found.date.label() : QString(), date);
    QVERIFY(!found.basis.isEmpty());
}

void tst_DateMentionFinder::badInput()
{
    // Nothing here may crash or loop; what is found must lie inside the text.
    const QString inputs[] = {
        QString(),
        u"/"_s,
        u"2018/"_s,
        u"FY"_s,
        u"FY18/"_s,
        u"Q"_s,
        u"Q4"_s,
        u"the end of"_s,
        u"w/"_s,
        u"w/c"_s,
        u"12\u2013"_s,
        u"31/02/2019 and 29 February 2019"_s,
        u"99999999999999999999/19"_s,
        u"mid-"_s,
        u"the week of"_s,
        u"within six weeks of the date of"_s,
        u"now and"_s,
        u"a year later"_s,
        u"the day itself"_s,
        QString(5000, u'9'),
        QString(300, u'/'),
        u"\U0001D538 2019/20 \uFFFF \u0000 June"_s,
    };
    for (const QString &text : inputs) {
        for (const EventDate &date :
             {EventDate(), EventDate::parse(u"29 February 2020"),
              EventDate::parse(u"before 17 December 2019, after 2 December 2019")}) {
            for (const DateMention &m : DateMentionFinder::find(text, date)) {
                QVERIFY(m.start >= 0 && m.start < m.end && m.end <= text.size());
                QVERIFY(m.date.isValid() || m.anchor != DateMention::Anchor::None);
            }
        }
        DocumentDate::find(text);
    }
}

QTEST_GUILESS_MAIN(tst_DateMentionFinder)
#include "tst_datementionfinder.moc"
