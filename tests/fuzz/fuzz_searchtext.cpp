// The catalogue's search text: for any events and any search, the one pass over the folded
// text must find exactly the events that a search of each event's own strings finds.
// The input is lines: the first is the search, each other one an event's title, with a tab
// before its summary.
#include "catalogue.h"
#include "eventfilter.h"
#include "eventsearchtext.h"
#include "fuzzcheck.h"
#include "textmatch.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(u'\n');
    const TextMatch needle(lines.constFirst());
    QList<TimelineEvent> events;
    for (qsizetype i = 1; i < lines.size() && i < 200; ++i) {
        TimelineEvent event;
        event.id = QString::number(i);
        const qsizetype tab = lines.at(i).indexOf(u'\t');
        event.title = lines.at(i).left(tab);
        if (tab >= 0)
            event.setSummary(lines.at(i).mid(tab + 1));
        event.date = EventDate::fromDays(QDate(2017, 8, 3));
        events.append(event);
    }
    Catalogue catalogue;
    catalogue.setEvents(events);
    const QBitArray mask = catalogue.searchText().matches(needle);
    FUZZ_CHECK(mask.size() == catalogue.events().size());
    if (needle.isEmpty())
        return 0;
    for (qsizetype i = 0; i < catalogue.events().size(); ++i) {
        const TimelineEvent &event = catalogue.events().at(i);
        const bool one = EventFilter::matchesText(catalogue, event, needle);
        // Characters outside the Basic Multilingual Plane fold as whole code points in the
        // search text and half by half in TextMatch; they may differ only there.
        const bool astral = std::any_of(event.title.cbegin(), event.title.cend(),
                                        [](QChar c) { return c.isSurrogate(); }) ||
                            std::any_of(event.summary().cbegin(), event.summary().cend(),
                                        [](QChar c) { return c.isSurrogate(); });
        FUZZ_CHECK(astral || mask.testBit(int(i)) == one);
    }
    return 0;
}
