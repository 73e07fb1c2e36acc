#include "timelinetheme.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kBasePixelSize = 13;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QFont pixelFont(QFont font, int pixelSize)
{
    font.setPixelSize(pixelSize);
    return font;
}

// White paper, the basis of the fixed presets.
TimelineTheme light()
{
    TimelineTheme theme;
    theme.background = Qt::white;
    theme.alternateBand = QColor(0xF4, 0xF5, 0xF7);
    theme.headerBackground = QColor(0xEC, 0xEE, 0xF1);
    theme.text = QColor(0x1A, 0x1A, 0x1A);
    theme.mutedText = QColor(0x5F, 0x63, 0x68);
    theme.grid = QColor(0xD0, 0xD4, 0xD9);
    theme.minorGrid = QColor(0xEA, 0xEC, 0xEF);
    theme.separator = QColor(0xB8, 0xBD, 0xC4);
    theme.today = QColor(0xD5, 0x5E, 0x00);
    theme.selection = QColor(0x00, 0x5F, 0xCC);
    theme.hover = withAlpha(theme.selection, 90);
    theme.searchHighlight = QColor(0xFF, 0xE9, 0x8A);
    theme.laneColours = TimelineTheme::okabeIto();
    theme.font = pixelFont(QFont(), kBasePixelSize);
    return theme;
}

// WCAG 2 relative luminance.
qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The colour, moved towards white (on dark) or black (on light) just far enough to stand
// out ratio:1 from every background: a desktop's highlight or muted text chosen for other
// backgrounds can vanish on ours (Adwaita's dark navy highlight on a dark band).
QColor readableOn(const QColor &colour, const QList<QColor> &backgrounds, qreal ratio, bool dark)
{
    const QColor towards = dark ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = TimelineTheme::blend(colour, towards, step / 20.0);
        const bool enough = std::all_of(backgrounds.cbegin(), backgrounds.cend(), [&](auto b) {
            return TimelineTheme::contrast(candidate, b) >= ratio;
        });
        if (enough)
            return candidate;
    }
    return towards;
}

} // namespace

QList<QColor> TimelineTheme::okabeIto()
{
    return {QColor(0x00, 0x72, 0xB2),  // blue
            QColor(0xE6, 0x9F, 0x00),  // orange
            QColor(0x00, 0x9E, 0x73),  // bluish green
            QColor(0xD5, 0x5E, 0x00),  // vermillion
            QColor(0x56, 0xB4, 0xE9),  // sky blue
            QColor(0xCC, 0x79, 0xA7),  // reddish purple
            QColor(0xF0, 0xE4, 0x42),  // yellow
            QColor(0x00, 0x00, 0x00)}; // black
}

TimelineTheme TimelineTheme::screen(const QPalette &palette)
{
    TimelineTheme theme = light();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    theme.dark = base.lightnessF() < 0.5;
    theme.background = base;
    theme.alternateBand = blend(base, text, theme.dark ? 0.05 : 0.035);
    theme.headerBackground = palette.color(QPalette::Window);
    theme.text = text;
    theme.mutedText = blend(text, base, 0.35);
    theme.grid = blend(base, text, 0.2);
    theme.minorGrid = blend(base, text, 0.09);
    theme.separator = blend(base, text, 0.3);
    // What the lanes draw on: text 4.5:1 (WCAG AA), the selection's outline 3:1 (non-text).
    const QList<QColor> grounds{theme.background, theme.alternateBand, theme.headerBackground};
    theme.text = readableOn(text, grounds, 4.5, theme.dark);
    theme.mutedText = readableOn(theme.mutedText, grounds, 4.5, theme.dark);
    theme.selection = readableOn(palette.color(QPalette::Highlight), grounds, 3.0, theme.dark);
    theme.hover = withAlpha(theme.selection, 90);
    if (theme.dark) {
        theme.today = QColor(0xFF, 0x8C, 0x3A);
        theme.searchHighlight = QColor(0x6B, 0x5B, 0x00);
        theme.laneColours.last() = QColor(0xBB, 0xBB, 0xBB); // black would vanish
    }
    QFont font = QFont();
    const qreal points = font.pointSizeF();
    theme.font =
        pixelFont(font, points > 0 ? int(std::lround(points * 96.0 / 72.0)) : kBasePixelSize);
    return theme;
}

TimelineTheme TimelineTheme::print()
{
    TimelineTheme theme = light();
    theme.alternateBand = QColor();
    theme.headerBackground = Qt::white;
    theme.text = Qt::black;
    theme.mutedText = QColor(0x44, 0x44, 0x44);
    theme.grid = QColor(0xBB, 0xBB, 0xBB);
    theme.minorGrid = QColor(0xE2, 0xE2, 0xE2);
    theme.separator = QColor(0x88, 0x88, 0x88);
    theme.today = Qt::black;
    theme.searchHighlight = QColor(0xEE, 0xEE, 0xEE);
    return theme;
}

TimelineTheme TimelineTheme::highContrast()
{
    TimelineTheme theme = light();
    theme.alternateBand = QColor();
    theme.headerBackground = Qt::white;
    theme.text = Qt::black;
    theme.mutedText = Qt::black;
    theme.grid = QColor(0x76, 0x76, 0x76);
    theme.minorGrid = QColor(0xB0, 0xB0, 0xB0);
    theme.separator = Qt::black;
    theme.today = Qt::black;
    theme.selection = QColor(0x00, 0x00, 0xCC);
    theme.hover = withAlpha(theme.selection, 120);
    theme.searchHighlight = QColor(0xFF, 0xE1, 0x00);
    theme.outline = Qt::black;
    theme.lineWidth = 2.0;
    theme.font.setBold(true);
    return theme;
}

TimelineTheme TimelineTheme::presentation()
{
    TimelineTheme theme = light();
    theme.background = QColor(0xFB, 0xFA, 0xF7);
    theme.alternateBand = QColor(0xF3, 0xF1, 0xEC);
    theme.headerBackground = QColor(0xF3, 0xF1, 0xEC);
    theme.text = QColor(0x2B, 0x2B, 0x2B);
    theme.mutedText = QColor(0x6E, 0x6A, 0x63);
    theme.grid = QColor(0xDD, 0xD9, 0xD0);
    theme.minorGrid = QColor(0xEC, 0xE9, 0xE2);
    theme.separator = QColor(0xCF, 0xCA, 0xC0);
    theme.scale = 1.5;
    return theme;
}

qreal TimelineTheme::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor TimelineTheme::blend(const QColor &from, const QColor &to, qreal t)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t,
                            from.greenF() + (to.greenF() - from.greenF()) * t,
                            from.blueF() + (to.blueF() - from.blueF()) * t);
}

QColor TimelineTheme::laneColour(int lane) const
{
    if (laneColours.isEmpty())
        return text;
    return laneColours.at(((lane % laneColours.size()) + laneColours.size()) % laneColours.size());
}

QColor TimelineTheme::shapeOutline(int lane) const
{
    if (outline.isValid())
        return outline;
    const QColor colour = laneColour(lane);
    return dark ? colour.lighter(140) : colour.darker(150);
}

QFont TimelineTheme::scaledFont() const
{
    QFont scaled = font;
    const int pixels = font.pixelSize() > 0 ? font.pixelSize() : kBasePixelSize;
    scaled.setPixelSize(std::max(1, int(std::lround(pixels * scale))));
    // No ligatures: in a PDF "ﬃ" would stand for "ffi", and a search for "officer" fail.
    scaled.setStyleStrategy(QFont::StyleStrategy(scaled.styleStrategy() | QFont::PreferNoShaping));
    return scaled;
}
