// The wheel over a combo box or spin box in a scrolled form scrolls the form until the box has
// focus; then it changes the box, as everywhere else.
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class tst_WheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void wheel_data();
    void wheel();
};

void tst_WheelGuard::wheel_data()
{
    QTest::addColumn<bool>("spin");    // a spin box, else a combo box
    QTest::addColumn<bool>("focused"); // the box has focus
    QTest::addColumn<bool>("guarded"); // WheelGuard::protect was called

    QTest::newRow("combo, not focused") << false << false << true;
    QTest::newRow("combo, focused") << false << true << true;
    QTest::newRow("spin box, not focused") << true << false << true;
    QTest::newRow("spin box, focused") << true << true << true;
    QTest::newRow("combo, unguarded") << false << false << false;
}

void tst_WheelGuard::wheel()
{
    QFETCH(bool, spin);
    QFETCH(bool, focused);
    QFETCH(bool, guarded);

    QScrollArea scroll;
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    auto *combo = new QComboBox;
    combo->addItems({u"National"_s, u"LLR councils"_s, u"Reporting"_s});
    combo->setCurrentIndex(1);
    auto *spinBox = new QSpinBox;
    spinBox->setRange(0, 100);
    spinBox->setValue(50);
    auto *other = new QSpinBox; // somewhere else to put the focus
    layout->addWidget(other);
    layout->addWidget(combo);
    layout->addWidget(spinBox);
    layout->addSpacing(2000); // taller than the view: it scrolls
    scroll.setWidget(form);
    scroll.setWidgetResizable(true);
    scroll.resize(300, 200);
    if (guarded)
        WheelGuard::protect(form);
    scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scroll));
    scroll.verticalScrollBar()->setValue(10);

    QWidget *box = spin ? static_cast<QWidget *>(spinBox) : combo;
    (focused ? box : other)->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() == (focused ? box : other));

    const QPoint at = box->rect().center();
    // One notch down.
    QWheelEvent notch(QPointF(at), QPointF(box->mapToGlobal(at)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(box, &notch);

    const bool changes = focused || !guarded;
    if (spin)
        QCOMPARE(spinBox->value() != 50, changes);
    else
        QCOMPARE(combo->currentIndex() != 1, changes);
    // Not taken by the box: the form scrolls instead.
    QCOMPARE(scroll.verticalScrollBar()->value() > 10, !changes);
    QVERIFY(QApplication::focusWidget() == (focused ? box : other));
}

QTEST_MAIN(tst_WheelGuard)
#include "tst_wheelguard.moc"
