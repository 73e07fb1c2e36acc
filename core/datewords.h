#pragma once

#include <QStringView>

// The words date mentions are made of, looked up once per word of a text: month, weekday and
// season names, number words, calendar units, and the words that mark tense or bound a date.
class DateWords
{
public:
    enum class Kind : quint8 {
        None,
        Month,   // value 1..12
        Weekday, // value 1 (Monday) .. 7
        Season,  // value DatePoint::Season
        Number,  // value: "one" 1 .. "twenty" 20, "a"/"an" 1
        Unit,    // value Unit
        Future,  // will, would, due, expected, …: the clause looks ahead
        Past,    // was, were, had, ago, …: the clause looks back
        Keyword  // value Keyword
    };
    enum Unit { Day = 1, Week, Fortnight, Month, Quarter, Year, Decade };
    enum Keyword {
        Today = 1,
        Yesterday,
        Tomorrow,
        Last,
        This,
        Next,
        Coming,
        Current,
        New,
        Whole,
        Rest,
        The,
        Of,
        In,
        On,
        At,
        By,
        Before,
        After,
        Since,
        From,
        Until,
        Till,
        To,
        And,
        Between,
        During,
        Within,
        For,
        Early,
        Mid,
        Late,
        End,
        Start,
        Beginning,
        Middle,
        First,
        Second,
        Third,
        Fourth,
        Half,
        Following,
        Later,
        Earlier,
        Ago,
        Onwards,
        Financial,
        Calendar,
        School,
        Academic,
        Term,
        Commencing,
        Ending,
        Now,
        Christmas,
        Weekend,
        Ahead,
        Each,
        Every,
        Other,
        Than,
        Plan,
        Planning,
        Pressures,
        Budget,
        Itself,
        Deadline,
        Date,
        Letter,
        Moved,
        Fy,
        Q,
        Same,
        Any,
        Per,
        Running,
        Past,
        W,
        But,
        Which,
        When,
        Although,
        Over
    };
    struct Info
    {
        Kind kind = Kind::None;
        int value = 0;
    };

    // word must be lower case.
    static Info lookup(const QString &word);
    static bool isMonthAbbreviation(QStringView lowerWord); // "jan", "sept": may take a dot
};
