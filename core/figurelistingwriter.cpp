#include "figurelistingwriter.h"

#include "csvrecord.h"
#include "eventlistingwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Shortest decimal text that reads back as the same double: "399000000", "4.4".
QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QJsonObject figureJson(const Catalogue &catalogue, const Figure &figure)
{
    QJsonArray links;
    for (const SourceLink &link : figure.sources)
        links.append(EventListingWriter::linkJson(catalogue, link));
    const FigureAmount &amount = figure.amount;
    QJsonObject json{
        {u"id"_s, figure.id},
        {u"measure"_s, figure.measure},
        {u"label"_s, figure.label},
        {u"amount"_s, FigureListingWriter::amountInUnit(amount.amount, amount.unit)},
        {u"unit"_s, FigureAmount::unitName(amount.unit)},
        {u"qualifier"_s, FigureAmount::qualifierName(amount.qualifier)},
        {u"approximate"_s, amount.approximate},
        {u"period"_s, EventListingWriter::dateJson(figure.period)},
        {u"event"_s, figure.eventId},
        {u"sources"_s, links},
    };
    // Only a range has an upper end; without it the listing would say less than the file.
    if (amount.amountTo)
        json.insert(u"amountTo"_s,
                    FigureListingWriter::amountInUnit(*amount.amountTo, amount.unit));
    return json;
}

} // namespace

double FigureListingWriter::amountInUnit(qint64 amount, FigureAmount::Unit unit)
{
    return double(amount) / double(FigureAmount::scale(unit));
}

QByteArray FigureListingWriter::toJson(const Catalogue &catalogue)
{
    QJsonArray figures;
    for (const Figure &figure : catalogue.figures())
        figures.append(figureJson(catalogue, figure));
    return QJsonDocument(QJsonObject{{u"figures"_s, figures}}).toJson(QJsonDocument::Indented);
}

QByteArray FigureListingWriter::toCsv(const Catalogue &catalogue)
{
    QString csv = CsvRecord::record({u"id"_s, u"measure"_s, u"label"_s, u"amount"_s, u"amount_to"_s,
                                     u"unit"_s, u"qualifier"_s, u"approximate"_s, u"written"_s,
                                     u"period_start"_s, u"period_end"_s, u"period"_s, u"event"_s,
                                     u"sources"_s});
    for (const Figure &figure : catalogue.figures()) {
        const FigureAmount &amount = figure.amount;
        QStringList links;
        for (const SourceLink &link : figure.sources)
            links.append(EventListingWriter::linkReference(catalogue, link));
        const EventDate &period = figure.period;
        csv += CsvRecord::record({
            figure.id,
            figure.measure,
            figure.label,
            numberText(amountInUnit(amount.amount, amount.unit)),
            amount.amountTo ? numberText(amountInUnit(*amount.amountTo, amount.unit)) : QString(),
            FigureAmount::unitName(amount.unit),
            FigureAmount::qualifierName(amount.qualifier),
            amount.approximate ? u"true"_s : u"false"_s,
            figure.written,
            period.isValid() ? period.earliest().toString(Qt::ISODate) : QString(),
            period.isValid() ? period.latest().toString(Qt::ISODate) : QString(),
            period.isValid() ? period.label() : QString(),
            figure.eventId,
            links.join(u';'),
        });
    }
    return csv.toUtf8();
}
