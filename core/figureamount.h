#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// A figure a document gives, as exactly as it is written: an integer amount in its unit's
// smallest step, the precision the written form carries, a range's upper end, the qualifier
// and whether the words hedge it. "about £1.3 million" is 130,000,000 pence, step £100,000
// (so ±£50,000), qualifier About, approximate.
class FigureAmount
{
public:
    // Pounds sterling (in pence), full-time equivalent staff and percentages (in hundredths),
    // people and beds (whole).
    enum class Unit { GBP, FTE, Percent, People, Beds };
    enum class Qualifier { None, About, UpTo, MoreThan, AtLeast, LessThan };

    Unit unit = Unit::GBP;
    qint64 amount = 0;              // in the unit's smallest step (scale())
    std::optional<qint64> amountTo; // a range's upper end ("£40m-£50m"), same scale
    // The place value of the last significant digit written, same scale; the written amount
    // is ± half of it. Kept whole rather than halved so that "£2.50" (±½p) stays an integer.
    qint64 step = 1;
    Qualifier qualifier = Qualifier::None;
    bool approximate = false; // "about", "estimated", "indicative", "in the region of"

    // How many smallest steps make one unit: 100 for GBP, FTE and Percent, 1 otherwise.
    static qint64 scale(Unit unit);
    // The ± of the written form in the unit's smallest step (half the step).
    double precision() const { return double(step) / 2.0; }

    // "GBP", "FTE", "percent", "people", "beds" (the annotation corpus's names), and back;
    // an unknown name gives nullopt.
    static QString unitName(Unit unit);
    static std::optional<Unit> unitFromName(QStringView name);
    // "", "about", "up to", "more than", "at least", "less than", and back.
    static QString qualifierName(Qualifier qualifier);
    static std::optional<Qualifier> qualifierFromName(QStringView name);

    // One amount as en-GB writes it, as precisely as step says and no more: "£1.3m",
    // "£399m", "£30bn", "£130,000", "£1,421.37", "4.0 FTE", "52%", "1,900 people".
    static QString format(qint64 amount, Unit unit, qint64 step);
    // The whole figure: qualifier, amount or range, "c. " when hedged without a qualifier:
    // "about £1.3m", "£40m–£50m", "c. £875,000", "more than 1,900 people".
    static QString format(const FigureAmount &figure);

    friend bool operator==(const FigureAmount &, const FigureAmount &) = default;
};
