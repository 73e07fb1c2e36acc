#pragma once

#include <QObject>

class QWidget;

// Keeps the wheel for scrolling in a form that scrolls: a combo box or spin box takes the
// wheel only once it has focus (a click or Tab), so that scrolling the event editor or the
// export settings past one never changes its value unseen. Elsewhere the wheel goes on to
// the scroll area, as if the box were not there.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every combo box and spin box under root as it is now; call once the form is built.
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
