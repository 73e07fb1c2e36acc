#include "presentationwindow.h"

#include "presentationcontroller.h"
#include "story.h"
#include "timescale.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEasingCurve>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = TimeScale::kDay;
// However short the event, the view shows a season either side of it.
constexpr qint64 kMinimumHalfSpan = 90 * kDay;
// Neighbours further than this are not pulled into view: the zoom would lose the event.
constexpr qint64 kNeighbourReach = 913 * kDay; // two and a half years
// How many steps either side of the current one the timeline shows: enough to see where the
// story comes from and goes, few enough that the current event always has room for its label.
constexpr int kContext = 3;
// How long the pointer stays visible after it last moved.
constexpr int kCursorHideMs = 2500;

qint64 firstTime(const TimelineEvent &event)
{
    return TimeScale::dayStart(event.date.first());
}

qint64 endTime(const TimelineEvent &event)
{
    return TimeScale::dayEnd(event.date.last());
}

} // namespace

PresentationWindow::PresentationWindow(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent, Qt::Window), m_catalogue(catalogue),
      m_controller(new PresentationController(this)), m_animation(new QVariantAnimation(this))
{
    setWindowTitle(tr("Presentation"));
    setAccessibleName(tr("Presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    m_renderer.setCatalogue(&m_catalogue);
    m_renderer.setToday(QDate()); // no "today" line: the room looks at the story, not the date
    m_renderer.setShowLaneCounts(false); // counts are for browsing, not for a room
    applyTheme();

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // The centre moves evenly and the span by a constant factor, so a zoom feels steady.
        const double t = value.toDouble();
        const double fromCentre = (m_fromStart + m_fromEnd) / 2.0;
        const double toCentre = (m_toStart + m_toEnd) / 2.0;
        const double fromSpan = double(m_fromEnd - m_fromStart);
        const double toSpan = double(m_toEnd - m_toStart);
        const double centre = fromCentre + (toCentre - fromCentre) * t;
        const double span = fromSpan * std::pow(toSpan / fromSpan, t);
        m_viewStart = qint64(std::llround(centre - span / 2));
        m_viewEnd = std::max(m_viewStart + 1, qint64(std::llround(centre + span / 2)));
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_viewStart = m_toStart;
        m_viewEnd = m_toEnd;
        update();
        emit transitionFinished();
    });

    connect(m_controller, &PresentationController::currentChanged, this,
            [this] { showCurrent(true); });
    connect(m_controller, &PresentationController::sequenceChanged, this,
            [this] { showCurrent(false); });
    connect(m_controller, &PresentationController::blankedChanged, this, [this](bool blanked) {
        updateDescription();
        update();
        if (blanked)
            setCursor(Qt::BlankCursor);
    });

    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(kCursorHideMs);
    connect(&m_cursorTimer, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    m_cursorTimer.start();

    setEvents({});
}

PresentationWindow::~PresentationWindow() = default;

PresentationWindow *PresentationWindow::present(const Catalogue &catalogue,
                                                const QBitArray &visible, const Story *story,
                                                int startEvent, QWidget *returnFocusTo,
                                                QScreen *screen)
{
    auto *window = new PresentationWindow(catalogue);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (story)
        window->setStory(*story);
    else
        window->setEvents(visible);
    window->controller()->startAt(startEvent);
    window->setReturnFocusTo(returnFocusTo ? returnFocusTo : QApplication::focusWidget());

    if (!screen) {
        const QWidget *from = returnFocusTo ? returnFocusTo->window() : nullptr;
        QScreen *current = from ? from->screen() : QGuiApplication::primaryScreen();
        screen = current;
        for (QScreen *other : QGuiApplication::screens()) {
            if (other != current) {
                screen = other;
                break;
            }
        }
    }
    if (screen) {
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
    window->activateWindow();
    return window;
}

void PresentationWindow::setEvents(const QBitArray &visible)
{
    m_storyTitle.clear();
    m_controller->setEvents(m_catalogue, visible);
}

void PresentationWindow::setStory(const Story &story)
{
    m_storyTitle = story.title;
    m_controller->setStory(m_catalogue, story);
}

void PresentationWindow::setTransitionDuration(int milliseconds)
{
    m_transitionDuration = std::max(0, milliseconds);
}

bool PresentationWindow::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

std::pair<qint64, qint64> PresentationWindow::frame(const Catalogue &catalogue,
                                                    const QList<int> &sequence, int position)
{
    const QList<TimelineEvent> &events = catalogue.events();
    if (position < 0 || position >= sequence.size()) {
        if (events.isEmpty())
            return {0, 2 * kMinimumHalfSpan};
        return {TimeScale::dayStart(catalogue.firstDay()), TimeScale::dayEnd(catalogue.lastDay())};
    }
    // One span for the whole show, so that from step to step the view only pans and the
    // room keeps its bearings: half of it is one and a half times the median distance
    // between neighbouring steps (the typical neighbour is in view), at least a season and
    // at most the reach. Only an event longer than that widens its own step.
    std::vector<qint64> gaps;
    for (int p = 1; p < sequence.size(); ++p) {
        const qint64 a = firstTime(events.at(sequence.at(p - 1)));
        const qint64 b = firstTime(events.at(sequence.at(p)));
        gaps.push_back(a > b ? a - b : b - a);
    }
    qint64 half = kMinimumHalfSpan;
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        half =
            std::clamp(qint64(gaps[gaps.size() / 2] * 1.5), kMinimumHalfSpan, kNeighbourReach / 2);
    }
    const TimelineEvent &event = events.at(sequence.at(position));
    const qint64 start = firstTime(event);
    const qint64 end = endTime(event);
    const qint64 centre = start + (end - start) / 2;
    half = std::max(half, qint64((end - start) * 0.8));
    return {centre - half, centre + half};
}

void PresentationWindow::showCurrent(bool animate)
{
    const auto [start, end] =
        frame(m_catalogue, m_controller->sequence(), m_controller->position());
    updateDescription();
    // Already there, or on the way: the view goes on as it is.
    const bool moving =
        start != m_toStart || end != m_toEnd || (!isAnimating() && start != m_viewStart);
    if (moving) {
        m_animation->stop();
        m_fromStart = m_viewStart;
        m_fromEnd = m_viewEnd;
        m_toStart = start;
        m_toEnd = end;
    }
    chooseShownEvents();
    if (!moving) {
        update();
        return;
    }
    if (!animate || m_transitionDuration == 0 || !isVisible() || m_fromEnd <= m_fromStart) {
        m_viewStart = start;
        m_viewEnd = end;
        update();
        emit transitionFinished();
        return;
    }
    m_animation->setDuration(m_transitionDuration);
    m_animation->start();
}

void PresentationWindow::chooseShownEvents()
{
    const QList<int> &sequence = m_controller->sequence();
    const int position = m_controller->position();
    const int current = m_controller->currentEvent();
    QBitArray shown(int(m_catalogue.events().size()));
    // Lanes stay put from step to step: those of the whole sequence are drawn throughout.
    QBitArray all(int(m_catalogue.events().size()));
    for (const int event : sequence)
        all.setBit(event);
    m_renderer.setLaneEvents(all);
    m_renderer.setPinnedEvent(current);
    for (const int reach : {kContext, 1, 0}) {
        shown.fill(false);
        const int last = std::min(int(sequence.size()) - 1, position + reach);
        for (int p = std::max(0, position - reach); p <= last; ++p)
            shown.setBit(sequence.at(p));
        m_renderer.setVisibleEvents(shown);
        if (current < 0)
            return;
        m_renderer.layout(timelineRect(), m_toStart, m_toEnd);
        if (!m_renderer.eventRect(current).isNull())
            return;
    }
}

QRectF PresentationWindow::currentEventRect()
{
    m_renderer.layout(timelineRect(), m_viewStart, m_viewEnd);
    return m_renderer.eventRect(m_controller->currentEvent());
}

void PresentationWindow::applyTheme()
{
    m_theme = TimelineTheme::presentation();
    // Labels of kLabelPixels at 1080 lines, legible from the back of a room; they stay
    // legible on a small projector, where the card's type shrinks.
    const int base = m_theme.font.pixelSize() > 0 ? m_theme.font.pixelSize() : 13;
    m_theme.scale = kLabelPixels / base * std::max(unit(), 0.75);
    m_renderer.setTheme(m_theme);
    m_card.setTheme(m_theme);
}

void PresentationWindow::updateDescription()
{
    // What a screen reader says for the step: the card's text, and the progress.
    if (m_controller->isBlanked()) {
        setAccessibleDescription(tr("Screen blanked"));
        return;
    }
    const PresentationCard::Text text =
        PresentationCard::text(m_catalogue, m_controller->currentEvent());
    setAccessibleDescription(QStringList{m_controller->progressText(), text.date, text.title,
                                         text.excerpt, text.citation}
                                 .join(u". "_s));
}

qreal PresentationWindow::unit() const
{
    // Type grows with the window, so a projector at any resolution shows the same picture;
    // the width keeps it from overflowing a narrow window.
    return std::clamp(std::min(height() / 1080.0, width() / 1600.0), 0.5, 3.0);
}

QRectF PresentationWindow::timelineRect() const
{
    const qreal u = unit();
    const qreal margin = std::round(40 * u);
    return QRectF(margin, margin, width() - 2 * margin, std::round(height() * 0.40));
}

QRectF PresentationWindow::cardRect() const
{
    const qreal u = unit();
    const qreal side = std::round(110 * u);
    const qreal top = timelineRect().bottom() + std::round(64 * u);
    const qreal bottom = height() - std::round(90 * u);
    return QRectF(side, top, width() - 2 * side, std::max(0.0, bottom - top));
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_controller->isBlanked()) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    painter.fillRect(rect(), m_theme.background);
    const qreal u = unit();
    QFont small = m_theme.font;
    small.setPixelSize(std::max(1, int(std::lround(22 * u))));

    if (m_controller->isEmpty()) {
        QFont message = m_theme.font;
        message.setPixelSize(std::max(1, int(std::lround(36 * u))));
        painter.setFont(message);
        painter.setPen(m_theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("There are no events to present.\nPress Esc to go back."));
        return;
    }

    const int current = m_controller->currentEvent();
    const TimelineLayout &layout = m_renderer.layout(timelineRect(), m_viewStart, m_viewEnd);
    m_renderer.paint(&painter, layout, current);
    m_card.paint(&painter, cardRect(), u, m_catalogue, current);

    // The footer: where we are in the story, quietly.
    const qreal margin = std::round(40 * u);
    const QRectF footer(margin, height() - std::round(64 * u), width() - 2 * margin,
                        std::round(40 * u));
    painter.setFont(small);
    painter.setPen(m_theme.mutedText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_controller->progressText());
    if (!m_storyTitle.isEmpty()) {
        const QFontMetricsF metrics(small);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_storyTitle, Qt::ElideRight, footer.width() * 0.7));
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_typedNumber.size() < 4) {
        m_typedNumber += QChar(u'0' + (key - Qt::Key_0));
        return;
    }
    const QString typed = std::exchange(m_typedNumber, QString());
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_N:
        m_controller->next();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (typed.isEmpty())
            m_controller->next();
        else
            m_controller->goTo(typed.toInt() - 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_P:
        m_controller->previous();
        break;
    case Qt::Key_Home:
        m_controller->first();
        break;
    case Qt::Key_End:
        m_controller->last();
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_controller->toggleBlanked();
        break;
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_F5: // a clicker's "start show" button: already showing
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    showCursor();
    if (event->button() == Qt::LeftButton)
        m_controller->next();
    else if (event->button() == Qt::RightButton)
        m_controller->previous();
    else
        QWidget::mousePressEvent(event);
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    showCursor();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::showCursor()
{
    if (m_controller->isBlanked())
        return;
    unsetCursor();
    m_cursorTimer.start();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    applyTheme();
    chooseShownEvents();
    QWidget::resizeEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    m_animation->stop();
    m_cursorTimer.stop();
    QWidget::closeEvent(event);
    if (m_finished)
        return;
    m_finished = true;
    if (m_returnFocusTo) {
        m_returnFocusTo->window()->activateWindow();
        m_returnFocusTo->setFocus(Qt::ActiveWindowFocusReason);
    }
    emit finished();
}
