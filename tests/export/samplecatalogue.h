#pragma once

#include "catalogue.h"

#include <QString>

using namespace Qt::StringLiterals;

// A small catalogue for export tests: three lanes with events and one without, two
// sources, exact, approximate, planned and ranged dates across 2016 to 2019.
inline Catalogue sampleCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Sample story"_s);
    catalogue.setLanes({{u"a"_s, u"Lane A"_s, {}},
                        {u"b"_s, u"Lane B"_s, {}},
                        {u"c"_s, u"Lane C"_s, {}},
                        {u"empty"_s, u"Empty lane"_s, {}}});

    SourceInfo older{u"s-old"_s,
                     u"old.txt"_s,
                     u"Older report"_s,
                     u"County Council"_s,
                     u"cabinet-report"_s,
                     {},
                     EventDate::parse(u"March 2016"),
                     {}};
    SourceInfo newer{u"s-new"_s,
                     u"new.txt"_s,
                     u"Newer news"_s,
                     u"HSJ"_s,
                     u"news-report"_s,
                     {},
                     EventDate::parse(u"September 2017"),
                     {}};
    catalogue.setSources({newer, older});

    auto event = [](const QString &id, const QString &title, const QString &date,
                    const QString &lane, const QStringList &sources) {
        TimelineEvent e;
        e.id = id;
        e.title = title;
        e.setSummary(u"What happened to "_s + id + u", in our own words."_s);
        e.date = EventDate::parse(date);
        e.laneId = lane;
        for (const QString &source : sources)
            e.editDetails().sources.append(
                {source, 0, 10, u"A passage of "_s + source + u" about "_s + id});
        return e;
    };
    catalogue.setEvents({
        event(u"alpha"_s, u"Alpha happens"_s, u"1 March 2016"_s, u"a"_s, {u"s-old"_s}),
        event(u"beta"_s, u"Beta meets"_s, u"c. June 2017"_s, u"b"_s, {u"s-new"_s}),
        event(u"gamma"_s, u"Gamma runs"_s, u"September 2017 – March 2018"_s, u"a"_s,
              {u"s-new"_s, u"s-old"_s}),
        event(u"delta"_s, u"Delta is planned"_s, u"2018/19 (planned)"_s, u"c"_s, {u"s-new"_s}),
    });
    return catalogue;
}
