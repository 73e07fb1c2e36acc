#pragma once

#include "timelinetheme.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class Catalogue;
class QPainter;
struct TimelineEvent;

// The text half of a presentation step: the event's date, title, key excerpt and its citation,
// in type large enough to read from the back of a committee room. Sizes are given in units of
// the window's height / 1080, so a laptop and a projector show the same picture.
class PresentationCard
{
    Q_DECLARE_TR_FUNCTIONS(PresentationCard)
public:
    struct Text
    {
        QString date;
        bool tentative = false; // planned or approximate: set in italics, as the label says
        QString title;
        QString excerpt; // in quotation marks; the summary when the event has no source
        bool quoted = false;
        QString citation;
    };

    // What the card says about event (a Catalogue::events() index).
    static Text text(const Catalogue &catalogue, int event);

    void setTheme(const TimelineTheme &theme) { m_theme = theme; }
    void paint(QPainter *painter, const QRectF &rect, qreal unit, const Catalogue &catalogue,
               int event) const;

    // text broken into lines of at most width, at most maxLines of them; when it does not
    // fit, the last line ends at a word with an ellipsis (before closing, when given).
    static QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines,
                            const QString &closing = {});

private:
    TimelineTheme m_theme = TimelineTheme::presentation();
};
