#pragma once

#include "catalogue.h"

#include <QStringList>

// The first difference between two catalogues as a sentence, or empty when they hold the
// same title, lanes, actors, tags, sources, events (every field, passages by offsets and
// excerpt), figures and stories. withOffsets false compares passages by source and excerpt only.
inline QString catalogueDifference(const Catalogue &a, const Catalogue &b, bool withOffsets = true)
{
    using namespace Qt::StringLiterals;
    if (a.title() != b.title())
        return u"title: "_s + a.title() + u" / "_s + b.title();
    if (a.lanes().size() != b.lanes().size())
        return u"lane count"_s;
    for (qsizetype i = 0; i < a.lanes().size(); ++i) {
        const Lane &x = a.lanes().at(i), &y = b.lanes().at(i);
        if (x.id != y.id || x.name != y.name || x.description != y.description)
            return u"lane "_s + x.id;
    }
    if (a.tags().size() != b.tags().size())
        return u"tag count"_s;
    for (qsizetype i = 0; i < a.tags().size(); ++i) {
        if (a.tags().at(i).id != b.tags().at(i).id || a.tags().at(i).name != b.tags().at(i).name)
            return u"tag "_s + a.tags().at(i).id;
    }
    if (a.actors().size() != b.actors().size())
        return u"actor count"_s;
    for (qsizetype i = 0; i < a.actors().size(); ++i) {
        const Actor &x = a.actors().at(i), &y = b.actors().at(i);
        if (x.id != y.id || x.name != y.name || x.kind != y.kind || x.role != y.role ||
            x.affiliation != y.affiliation || x.place != y.place)
            return u"actor "_s + x.id;
    }
    if (withOffsets) {
        if (a.sources().size() != b.sources().size())
            return u"source count"_s;
        for (qsizetype i = 0; i < a.sources().size(); ++i) {
            if (a.sources().at(i).id != b.sources().at(i).id)
                return u"source "_s + a.sources().at(i).id;
        }
    }
    if (a.events().size() != b.events().size())
        return u"event count %1 / %2"_s.arg(a.events().size()).arg(b.events().size());
    for (qsizetype i = 0; i < a.events().size(); ++i) {
        const TimelineEvent &x = a.events().at(i), &y = b.events().at(i);
        const QString what = u"event "_s + x.id + u": "_s;
        if (x.id != y.id)
            return what + u"id "_s + y.id;
        if (x.title != y.title || x.summary() != y.summary() || x.dateBasis() != y.dateBasis())
            return what + u"text"_s;
        if (!(x.date == y.date))
            return what + u"date "_s + x.date.label() + u" / "_s + y.date.label();
        if (x.laneId != y.laneId || x.actorIds() != y.actorIds() || x.tagIds() != y.tagIds())
            return what + u"lane, actors or tags"_s;
        if (x.sources().size() != y.sources().size())
            return what + u"passage count"_s;
        for (qsizetype k = 0; k < x.sources().size(); ++k) {
            const SourceLink &p = x.sources().at(k), &q = y.sources().at(k);
            if (p.sourceId != q.sourceId || p.excerpt != q.excerpt)
                return what + u"passage "_s + QString::number(k + 1);
            if (withOffsets && (p.start != q.start || p.end != q.end))
                return what + u"passage offsets "_s + QString::number(k + 1);
        }
    }
    if (a.figures().size() != b.figures().size())
        return u"figure count %1 / %2"_s.arg(a.figures().size()).arg(b.figures().size());
    for (qsizetype i = 0; i < a.figures().size(); ++i) {
        const Figure &x = a.figures().at(i), &y = b.figures().at(i);
        const QString what = u"figure "_s + x.id + u": "_s;
        if (x.id != y.id || x.measure != y.measure || x.label != y.label ||
            x.written != y.written || x.eventId != y.eventId)
            return what + u"id, measure, label, amount or event"_s;
        if (!(x.amount == y.amount))
            return what + u"amount "_s + FigureAmount::format(x.amount) + u" / "_s +
                   FigureAmount::format(y.amount);
        if (!(x.period == y.period))
            return what + u"period "_s + x.period.label() + u" / "_s + y.period.label();
        if (x.sources.size() != y.sources.size())
            return what + u"passage count"_s;
        for (qsizetype k = 0; k < x.sources.size(); ++k) {
            const SourceLink &p = x.sources.at(k), &q = y.sources.at(k);
            if (p.sourceId != q.sourceId || p.excerpt != q.excerpt ||
                (withOffsets && (p.start != q.start || p.end != q.end)))
                return what + u"passage "_s + QString::number(k + 1);
        }
    }
    if (a.stories().size() != b.stories().size())
        return u"story count"_s;
    for (qsizetype i = 0; i < a.stories().size(); ++i) {
        const Story &x = a.stories().at(i), &y = b.stories().at(i);
        if (x.id != y.id || x.title != y.title || x.eventIds != y.eventIds)
            return u"story "_s + x.id;
    }
    return {};
}
