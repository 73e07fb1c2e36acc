#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringView>

#include <vector>

// Measures and elides label text without shaping it: Latin text and common punctuation are
// measured by adding cached character advances, which is exact for a font without kerning
// (the renderer turns kerning off) and a hundred times faster than QFontMetricsF, so that
// laying out thousands of labels fits in a frame. Text with any other character is measured
// by QFontMetricsF.
class TextWidthCache
{
public:
    explicit TextWidthCache(const QFont &font = QFont());

    qreal width(QStringView text) const;
    // text, or as much of it as fits in maxWidth followed by an ellipsis (nothing when not
    // even the ellipsis fits).
    QString elided(const QString &text, qreal maxWidth) const;

    const QFontMetricsF &metrics() const { return m_metrics; }

private:
    // The advance of c, or -1 when c may need shaping.
    qreal advance(char16_t c) const;

    QFontMetricsF m_metrics;
    mutable std::vector<float> m_advances; // by code unit; NaN until measured
    qreal m_ellipsis = 0;
};
