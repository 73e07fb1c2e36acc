#include "figureamount.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Whole units with thousands separators: 1234567 → "1,234,567".
QString grouped(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

// value / divisor written with decimals places (value must be a multiple of
// divisor / 10^decimals): grouped whole part, then the fraction.
QString decimal(qint64 value, qint64 divisor, int decimals)
{
    QString text = grouped(value / divisor);
    if (decimals > 0) {
        qint64 fraction = value % divisor;
        qint64 place = divisor;
        for (int i = 0; i < decimals; ++i)
            place /= 10;
        text += u'.' + QString::number(fraction / place).rightJustified(decimals, u'0');
    }
    return text;
}

// The fewest decimals (at most maxDecimals) that write value / divisor exactly and show the
// step; -1 when none does.
int decimalsFor(qint64 value, qint64 divisor, qint64 step, int maxDecimals)
{
    qint64 place = divisor;
    for (int decimals = 0; decimals <= maxDecimals; ++decimals) {
        if (place > 0 && value % place == 0 && step >= place)
            return decimals;
        place /= 10;
    }
    return -1;
}

} // namespace

qint64 FigureAmount::scale(Unit unit)
{
    switch (unit) {
    case Unit::GBP:
    case Unit::FTE:
    case Unit::Percent:
        return 100;
    case Unit::People:
    case Unit::Beds:
        return 1;
    }
    return 1;
}

QString FigureAmount::unitName(Unit unit)
{
    switch (unit) {
    case Unit::GBP:
        return u"GBP"_s;
    case Unit::FTE:
        return u"FTE"_s;
    case Unit::Percent:
        return u"percent"_s;
    case Unit::People:
        return u"people"_s;
    case Unit::Beds:
        return u"beds"_s;
    }
    return {};
}

std::optional<FigureAmount::Unit> FigureAmount::unitFromName(QStringView name)
{
    for (Unit unit : {Unit::GBP, Unit::FTE, Unit::Percent, Unit::People, Unit::Beds}) {
        if (name == unitName(unit))
            return unit;
    }
    return std::nullopt;
}

QString FigureAmount::qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::None:
        return {};
    case Qualifier::About:
        return u"about"_s;
    case Qualifier::UpTo:
        return u"up to"_s;
    case Qualifier::MoreThan:
        return u"more than"_s;
    case Qualifier::AtLeast:
        return u"at least"_s;
    case Qualifier::LessThan:
        return u"less than"_s;
    }
    return {};
}

std::optional<FigureAmount::Qualifier> FigureAmount::qualifierFromName(QStringView name)
{
    for (Qualifier q : {Qualifier::None, Qualifier::About, Qualifier::UpTo, Qualifier::MoreThan,
                        Qualifier::AtLeast, Qualifier::LessThan}) {
        if (name == qualifierName(q))
            return q;
    }
    return std::nullopt;
}

QString FigureAmount::format(qint64 amount, Unit unit, qint64 step)
{
    if (amount < 0) // not what the finder gives, but written rather than garbled
        return u'-' + format(amount == std::numeric_limits<qint64>::min()
                                 ? std::numeric_limits<qint64>::max()
                                 : -amount,
                             unit, step);
    step = qMax<qint64>(step, 1);
    switch (unit) {
    case Unit::GBP: {
        // Millions and billions as the press writes them, when a few decimals say it all.
        constexpr qint64 billion = Q_INT64_C(100000000000); // pence
        constexpr qint64 million = Q_INT64_C(100000000);
        if (amount >= billion) {
            const int decimals = decimalsFor(amount, billion, step, 3);
            if (decimals >= 0)
                return u'£' + decimal(amount, billion, decimals) + u"bn"_s;
        }
        if (amount >= million) {
            const int decimals = decimalsFor(amount, million, step, 2);
            if (decimals >= 0)
                return u'£' + decimal(amount, million, decimals) + u'm';
        }
        const bool pence = amount % 100 != 0 || step < 100;
        return u'£' + decimal(amount, 100, pence ? 2 : 0);
    }
    case Unit::FTE:
    case Unit::Percent: {
        int decimals = decimalsFor(amount, 100, step, 2);
        if (decimals < 0)
            decimals = 2;
        const QString number = decimal(amount, 100, decimals);
        return number + (unit == Unit::FTE ? u" FTE"_s : u"%"_s);
    }
    case Unit::People:
        return grouped(amount) + u" people"_s;
    case Unit::Beds:
        return grouped(amount) + (amount == 1 ? u" bed"_s : u" beds"_s);
    }
    return {};
}

QString FigureAmount::format(const FigureAmount &figure)
{
    QString text = format(figure.amount, figure.unit, figure.step);
    if (figure.amountTo)
        text += u'\u2013' + format(*figure.amountTo, figure.unit, figure.step);
    if (figure.qualifier != Qualifier::None)
        return qualifierName(figure.qualifier) + u' ' + text;
    return figure.approximate ? u"c. "_s + text : text;
}
