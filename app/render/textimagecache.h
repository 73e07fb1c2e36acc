#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QString>

class QPainter;

// Draws short texts (labels, lane names, axis labels), from the second time on from an image
// made once per text, colour and device pixel ratio. Copying an image is many times cheaper
// than drawing its glyphs one by one, which for a view of a few hundred labels was most of a
// repaint. Painters that scale (SVG, PDF, printing) get the text itself, so that it stays
// text in the file.
class TextImageCache
{
public:
    void setFont(const QFont &font); // and forget the images
    // Draws text with its top-left corner at topLeft (rounded to whole device pixels).
    void draw(QPainter *painter, QPointF topLeft, const QString &text, const QColor &colour);

private:
    struct Key
    {
        QString text;
        QRgb colour;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.colour);
        }
    };

    QFont m_font;
    QFontMetricsF m_metrics{QFont()};
    QHash<Key, QImage> m_images; // a null image: seen once
    qreal m_devicePixelRatio = 0;
};
