#include "textimagecache.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace {

// Texts seen, a few hundred of them with images (a few megabytes); when full, it starts again.
constexpr qsizetype kMaxImages = 1024;

} // namespace

void TextImageCache::setFont(const QFont &font)
{
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_images.clear();
}

void TextImageCache::draw(QPainter *painter, QPointF topLeft, const QString &text,
                          const QColor &colour)
{
    if (text.isEmpty())
        return;
    if (painter->paintEngine()->type() != QPaintEngine::Raster ||
        painter->transform().type() > QTransform::TxTranslate) {
        painter->setFont(m_font);
        painter->setPen(colour);
        painter->drawText(topLeft + QPointF(0, m_metrics.ascent()), text);
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatioF();
    if (dpr != m_devicePixelRatio || m_images.size() >= kMaxImages) {
        m_images.clear();
        m_devicePixelRatio = dpr;
    }
    // A text seen for the first time is drawn as text: making its image costs more than
    // that, and many labels are seen once (a zoom step cuts titles afresh). The second time
    // it is made into an image, which every later repaint copies.
    const Key key{text, colour.rgba()};
    auto it = m_images.find(key);
    if (it == m_images.end()) {
        m_images.insert(key, QImage());
        painter->setFont(m_font);
        painter->setPen(colour);
        painter->drawText(QPointF(std::round(topLeft.x() * dpr) / dpr,
                                  std::round(topLeft.y() * dpr) / dpr + m_metrics.ascent()),
                          text);
        return;
    }
    // Room either side for glyphs that reach beyond their advance.
    const qreal margin = std::ceil(m_metrics.height() / 4);
    if (it->isNull()) {
        const QSizeF size(std::ceil(m_metrics.horizontalAdvance(text)) + 2 * margin,
                          std::ceil(m_metrics.height()));
        QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setFont(m_font);
        imagePainter.setPen(colour);
        imagePainter.drawText(QPointF(margin, m_metrics.ascent()), text);
        imagePainter.end();
        *it = image;
    }
    painter->drawImage(QPointF(std::round((topLeft.x() - margin) * dpr) / dpr,
                               std::round(topLeft.y() * dpr) / dpr),
                       *it);
}
