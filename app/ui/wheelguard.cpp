#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWheelEvent>
#include <QWidget>

void WheelGuard::protect(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    QList<QWidget *> boxes;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        boxes.append(box);
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        boxes.append(box);
    for (QWidget *box : std::as_const(boxes)) {
        // The wheel never gives them focus (Qt::WheelFocus would), so it stays the page's.
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !box || box->hasFocus())
        return QObject::eventFilter(watched, event);
    // To the scroll area the box is in, as if the wheel had turned over its page (Qt passes
    // a wheel event it makes itself to no parent).
    for (QWidget *up = box->parentWidget(); up; up = up->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(up);
        if (!area || !area->viewport()->isAncestorOf(box))
            continue;
        const auto *wheel = static_cast<QWheelEvent *>(event);
        QWidget *page = area->viewport();
        QWheelEvent passed(page->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                           wheel->modifiers(), wheel->phase(), wheel->inverted(),
                           wheel->source());
        QCoreApplication::sendEvent(page, &passed);
        break;
    }
    return true;
}
