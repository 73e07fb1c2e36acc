#include "figurereports.h"

#include "catalogue.h"

using namespace Qt::StringLiterals;

QString FigureReports::sourceName(const Catalogue &catalogue, const QString &sourceId)
{
    const SourceInfo *source = catalogue.source(sourceId);
    if (!source)
        return sourceId;
    if (source->kind.isEmpty() || source->kind == u"news-report"_s || source->kind == u"comment"_s)
        return source->publisher.isEmpty() ? source->title : source->publisher;
    QString kind = source->kind;
    kind.replace(u'-', u' ');
    kind[0] = kind.at(0).toUpper();
    return kind;
}

int FigureReports::paragraphOf(const Catalogue &catalogue, const SourceLink &link)
{
    const SourceDocument *document = catalogue.document(link.sourceId);
    if (!document || link.start < 0 || link.start > document->codePointCount())
        return 0;
    const QString &text = document->text();
    qsizetype at = document->toUtf16(link.start);
    // Back line by line to the nearest one that opens a numbered paragraph.
    while (at >= 0) {
        const qsizetype lineStart = at == 0 ? 0 : text.lastIndexOf(u'\n', at - 1) + 1;
        qsizetype digits = lineStart;
        while (digits < text.size() && digits - lineStart < 4 && text.at(digits).isDigit())
            ++digits;
        if (digits > lineStart && digits + 1 < text.size() && text.at(digits) == u'.' &&
            text.at(digits + 1) == u' ')
            return text.mid(lineStart, digits - lineStart).toInt();
        at = lineStart - 1;
    }
    return 0;
}

QString FigureReports::shortCitation(const Catalogue &catalogue, const SourceLink &link,
                                     const QString &previousSourceId)
{
    const int paragraph = paragraphOf(catalogue, link);
    const QString para = paragraph > 0 ? u"para %1"_s.arg(paragraph) : QString();
    if (link.sourceId == previousSourceId && !para.isEmpty())
        return para;
    const QString name = sourceName(catalogue, link.sourceId);
    return para.isEmpty() ? name : name + u' ' + para;
}

QString FigureReports::citation(const Catalogue &catalogue, const Figure &figure)
{
    if (figure.sources.isEmpty())
        return {};
    const SourceLink &link = figure.sources.first();
    const SourceInfo *source = catalogue.source(link.sourceId);
    QString text = source ? source->citation() : link.sourceId;
    if (const int paragraph = paragraphOf(catalogue, link))
        text += u", para %1"_s.arg(paragraph);
    return text;
}

QString FigureReports::reportedAs(const Catalogue &catalogue, const QList<Figure> &figures)
{
    QStringList reports;
    QString previous;
    for (const Figure &figure : figures) {
        QString report = amountText(figure.amount);
        if (!figure.sources.isEmpty()) {
            report += u" ("_s + shortCitation(catalogue, figure.sources.first(), previous) + u')';
            previous = figure.sources.first().sourceId;
        }
        reports.append(report);
    }
    return u"reported as "_s + reports.join(u", "_s);
}

QString FigureReports::amountText(const FigureAmount &amount)
{
    QString text = FigureAmount::format(amount.amount, amount.unit, amount.step);
    if (amount.amountTo)
        text += u'\u2013' + FigureAmount::format(*amount.amountTo, amount.unit, amount.step);
    return text;
}
