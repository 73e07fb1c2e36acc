#include "datewords.h"

#include <QHash>
#include <QString>

namespace {

using Kind = DateWords::Kind;

QHash<QString, DateWords::Info> makeTable()
{
    QHash<QString, DateWords::Info> t;
    auto add = [&t](const char16_t *word, Kind kind, int value) {
        t.insert(QString::fromUtf16(word), {kind, value});
    };
    const char16_t *months[][3] = {{u"january", u"jan", nullptr},   {u"february", u"feb", nullptr},
                                   {u"march", u"mar", nullptr},     {u"april", u"apr", nullptr},
                                   {u"may", nullptr, nullptr},      {u"june", u"jun", nullptr},
                                   {u"july", u"jul", nullptr},      {u"august", u"aug", nullptr},
                                   {u"september", u"sept", u"sep"}, {u"october", u"oct", nullptr},
                                   {u"november", u"nov", nullptr},  {u"december", u"dec", nullptr}};
    for (int m = 0; m < 12; ++m)
        for (const char16_t *w : months[m])
            if (w)
                add(w, Kind::Month, m + 1);
    const char16_t *weekdays[] = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                  u"friday", u"saturday", u"sunday"};
    for (int d = 0; d < 7; ++d)
        add(weekdays[d], Kind::Weekday, d + 1);
    add(u"spring", Kind::Season, 0);
    add(u"summer", Kind::Season, 1);
    add(u"autumn", Kind::Season, 2);
    add(u"winter", Kind::Season, 3);
    const char16_t *numbers[] = {u"one",     u"two",       u"three",    u"four",     u"five",
                                 u"six",     u"seven",     u"eight",    u"nine",     u"ten",
                                 u"eleven",  u"twelve",    u"thirteen", u"fourteen", u"fifteen",
                                 u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty"};
    for (int n = 0; n < 20; ++n)
        add(numbers[n], Kind::Number, n + 1);
    add(u"a", Kind::Number, 1);
    add(u"an", Kind::Number, 1);
    using U = DateWords::Unit;
    for (auto [w, u] : {std::pair{u"day", U::Day},
                        {u"days", U::Day},
                        {u"week", U::Week},
                        {u"weeks", U::Week},
                        {u"fortnight", U::Fortnight},
                        {u"fortnights", U::Fortnight},
                        {u"month", U::Month},
                        {u"months", U::Month},
                        {u"quarter", U::Quarter},
                        {u"quarters", U::Quarter},
                        {u"year", U::Year},
                        {u"years", U::Year},
                        {u"decade", U::Decade},
                        {u"decades", U::Decade}})
        add(w, Kind::Unit, u);
    for (const char16_t *w :
         {u"will",        u"would",    u"shall",    u"due",     u"expected", u"expects",
          u"expect",      u"planned",  u"plans",    u"intends", u"intended", u"going",
          u"upcoming",    u"should",   u"if",       u"unless",  u"must",     u"be",
          u"forthcoming", u"promised", u"asks",     u"ask",     u"asked",    u"recommended",
          u"meets",       u"begins",   u"continue", u"appear",  u"closes",   u"remain"})
        add(w, Kind::Future, 0);
    for (const char16_t *w :
         {u"was",  u"were", u"had",  u"did",  u"has",  u"have", u"been",   u"ran",   u"began",
          u"met",  u"said", u"told", u"left", u"rose", u"fell", u"spent",  u"saw",   u"sent",
          u"gave", u"took", u"came", u"won",  u"held", u"paid", u"peaked", u"agreed"})
        add(w, Kind::Past, 0);
    using K = DateWords::Keyword;
    for (auto [w, k] : {std::pair{u"today", K::Today},
                        {u"yesterday", K::Yesterday},
                        {u"tomorrow", K::Tomorrow},
                        {u"last", K::Last},
                        {u"this", K::This},
                        {u"next", K::Next},
                        {u"coming", K::Coming},
                        {u"current", K::Current},
                        {u"new", K::New},
                        {u"whole", K::Whole},
                        {u"rest", K::Rest},
                        {u"the", K::The},
                        {u"of", K::Of},
                        {u"in", K::In},
                        {u"on", K::On},
                        {u"at", K::At},
                        {u"by", K::By},
                        {u"before", K::Before},
                        {u"after", K::After},
                        {u"since", K::Since},
                        {u"from", K::From},
                        {u"until", K::Until},
                        {u"till", K::Till},
                        {u"to", K::To},
                        {u"and", K::And},
                        {u"between", K::Between},
                        {u"during", K::During},
                        {u"within", K::Within},
                        {u"for", K::For},
                        {u"early", K::Early},
                        {u"mid", K::Mid},
                        {u"late", K::Late},
                        {u"end", K::End},
                        {u"start", K::Start},
                        {u"beginning", K::Beginning},
                        {u"middle", K::Middle},
                        {u"first", K::First},
                        {u"second", K::Second},
                        {u"third", K::Third},
                        {u"fourth", K::Fourth},
                        {u"half", K::Half},
                        {u"following", K::Following},
                        {u"later", K::Later},
                        {u"earlier", K::Earlier},
                        {u"ago", K::Ago},
                        {u"onwards", K::Onwards},
                        {u"financial", K::Financial},
                        {u"calendar", K::Calendar},
                        {u"school", K::School},
                        {u"academic", K::Academic},
                        {u"term", K::Term},
                        {u"commencing", K::Commencing},
                        {u"ending", K::Ending},
                        {u"now", K::Now},
                        {u"christmas", K::Christmas},
                        {u"weekend", K::Weekend},
                        {u"ahead", K::Ahead},
                        {u"each", K::Each},
                        {u"every", K::Every},
                        {u"other", K::Other},
                        {u"than", K::Than},
                        {u"plan", K::Plan},
                        {u"planning", K::Planning},
                        {u"pressures", K::Pressures},
                        {u"budget", K::Budget},
                        {u"itself", K::Itself},
                        {u"deadline", K::Deadline},
                        {u"date", K::Date},
                        {u"letter", K::Letter},
                        {u"moved", K::Moved},
                        {u"fy", K::Fy},
                        {u"q", K::Q},
                        {u"same", K::Same},
                        {u"any", K::Any},
                        {u"per", K::Per},
                        {u"running", K::Running},
                        {u"past", K::Past},
                        {u"w", K::W},
                        {u"but", K::But},
                        {u"which", K::Which},
                        {u"when", K::When},
                        {u"although", K::Although},
                        {u"over", K::Over}})
        add(w, Kind::Keyword, k);
    return t;
}

} // namespace

DateWords::Info DateWords::lookup(const QString &word)
{
    static const QHash<QString, Info> table = makeTable();
    return table.value(word);
}

bool DateWords::isMonthAbbreviation(QStringView w)
{
    return w.size() >= 3 && w.size() <= 4 && lookup(w.toString()).kind == Kind::Month &&
           w != u"may" && w != u"june" && w != u"july";
}
