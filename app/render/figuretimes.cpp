#include "figuretimes.h"

#include "catalogue.h"
#include "timescale.h"

std::optional<std::pair<qint64, qint64>> FigureTimes::of(const Catalogue &catalogue,
                                                         const Figure &figure)
{
    if (figure.period.isValid())
        return std::pair{TimeScale::dayStart(figure.period.first()),
                         TimeScale::dayEnd(figure.period.last())};
    if (const TimelineEvent *event = catalogue.event(figure.eventId)) {
        const qint64 day = TimeScale::dayStart(event->date.first());
        return std::pair{day, day + TimeScale::kDay};
    }
    return std::nullopt;
}
