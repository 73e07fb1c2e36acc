#include "viewanimator.h"

#include "timelinezoom.h"

#include <QEasingCurve>
#include <QVariantAnimation>

#include <cmath>

ViewAnimator::ViewAnimator(QObject *parent)
    : QObject(parent), m_animation(new QVariantAnimation(this)),
      m_enabled(!qEnvironmentVariableIsSet("CIVIC_NO_ANIMATIONS"))
{
    m_animation->setDuration(kDurationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { step(value.toDouble()); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        step(1.0);
        emit finished();
    });
}

void ViewAnimator::setZoom(TimelineZoom *zoom)
{
    if (zoom == m_zoom)
        return;
    stop();
    if (m_zoom)
        disconnect(m_zoom, nullptr, this, nullptr);
    m_zoom = zoom;
    if (m_zoom)
        connect(m_zoom, &TimelineZoom::rangeChanged, this, &ViewAnimator::onRangeChanged);
}

void ViewAnimator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && isRunning()) {
        m_animation->stop();
        step(1.0);
        emit finished();
    }
}

bool ViewAnimator::isRunning() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

std::pair<qint64, qint64> ViewAnimator::target() const
{
    if (isRunning())
        return {m_toStart, m_toEnd};
    if (!m_zoom)
        return {0, 0};
    return {m_zoom->rangeStart(), m_zoom->rangeEnd()};
}

void ViewAnimator::animateTo(qint64 start, qint64 end)
{
    if (!m_zoom)
        return;
    if (end < start)
        std::swap(start, end);
    m_animation->stop();
    m_fromStart = m_zoom->rangeStart();
    m_fromEnd = m_zoom->rangeEnd();
    m_toStart = start;
    m_toEnd = end;
    if (!m_enabled || (start == m_fromStart && end == m_fromEnd)) {
        step(1.0);
        emit finished();
        return;
    }
    m_animation->start();
}

void ViewAnimator::stop()
{
    m_animation->stop();
}

std::pair<qint64, qint64> ViewAnimator::interpolate(qint64 fromStart, qint64 fromEnd,
                                                    qint64 toStart, qint64 toEnd, double progress)
{
    if (progress <= 0)
        return {fromStart, fromEnd};
    if (progress >= 1)
        return {toStart, toEnd};
    const double fromSpan = std::max(double(fromEnd - fromStart), 1.0);
    const double toSpan = std::max(double(toEnd - toStart), 1.0);
    const double fromCentre = double(fromStart) + fromSpan / 2;
    const double toCentre = double(toStart) + toSpan / 2;
    const double centre = fromCentre + (toCentre - fromCentre) * progress;
    const double span = fromSpan * std::pow(toSpan / fromSpan, progress);
    const qint64 start = std::llround(centre - span / 2);
    return {start, start + std::llround(span)};
}

void ViewAnimator::step(double progress)
{
    if (!m_zoom)
        return;
    const auto [start, end] = interpolate(m_fromStart, m_fromEnd, m_toStart, m_toEnd, progress);
    m_stepping = true;
    m_zoom->setRange(start, end);
    m_stepping = false;
}

void ViewAnimator::onRangeChanged()
{
    if (!m_stepping)
        m_animation->stop();
}
