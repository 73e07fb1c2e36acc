#include "firstrunhint.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstRunHint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shownOnFirstRun();
    void gotItHidesAndRemembers_data();
    void gotItHidesAndRemembers();
    void notShownOnceDismissed();
    void namesTheWindowsKeys_data();
    void namesTheWindowsKeys();

private:
    QTemporaryDir m_settingsDir;
};

void TestFirstRunHint::initTestCase()
{
    // Never touch the real user's configuration.
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_firstrunhint"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestFirstRunHint::init()
{
    QSettings().clear();
}

void TestFirstRunHint::shownOnFirstRun()
{
    QWidget window;
    auto *hint = new FirstRunHint(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(hint->isVisible());
    QVERIFY(!hint->isDismissed());
    QVERIFY(!FirstRunHint::wasDismissed());
    for (const QString &name : {u"browseLabel"_s, u"presentLabel"_s, u"exportLabel"_s}) {
        const auto *label = hint->findChild<QLabel *>(name);
        QVERIFY2(label && label->isVisible(), qPrintable(name));
    }
    QVERIFY(!hint->accessibleName().isEmpty());
}

void TestFirstRunHint::gotItHidesAndRemembers_data()
{
    QTest::addColumn<bool>("useKeyboard");
    QTest::newRow("mouse") << false;
    QTest::newRow("keyboard") << true;
}

void TestFirstRunHint::gotItHidesAndRemembers()
{
    QFETCH(bool, useKeyboard);
    QWidget window;
    auto *hint = new FirstRunHint(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy dismissed(hint, &FirstRunHint::dismissed);

    auto *gotIt = hint->findChild<QPushButton *>(u"gotItButton"_s);
    QVERIFY(gotIt);
    if (useKeyboard) {
        gotIt->setFocus();
        QTest::keyClick(gotIt, Qt::Key_Space);
    } else {
        QTest::mouseClick(gotIt, Qt::LeftButton);
    }

    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!hint->isVisible());
    QVERIFY(hint->isDismissed());
    QVERIFY(QSettings().value(FirstRunHint::settingsKey()).toBool());
    QVERIFY(FirstRunHint::wasDismissed());
    QVERIFY(QFileInfo::exists(QSettings().fileName()));
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestFirstRunHint::notShownOnceDismissed()
{
    QSettings().setValue(FirstRunHint::settingsKey(), true);
    QWidget window;
    auto *hint = new FirstRunHint(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(hint->isDismissed());
    QVERIFY(!hint->isVisible());

    hint->show(); // the window asking again does not bring it back
    QVERIFY(!hint->isVisible());
}

void TestFirstRunHint::namesTheWindowsKeys_data()
{
    QTest::addColumn<QKeySequence>("present");
    QTest::addColumn<QKeySequence>("exportKeys");
    QTest::newRow("defaults") << QKeySequence() << QKeySequence();
    QTest::newRow("custom") << QKeySequence(Qt::SHIFT | Qt::Key_F5)
                            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
}

void TestFirstRunHint::namesTheWindowsKeys()
{
    QFETCH(QKeySequence, present);
    QFETCH(QKeySequence, exportKeys);
    FirstRunHint hint;
    if (present.isEmpty()) {
        present = QKeySequence(Qt::Key_F5);
        exportKeys = QKeySequence(Qt::CTRL | Qt::Key_E);
    } else {
        hint.setKeys(present, exportKeys);
    }
    const auto *presentLabel = hint.findChild<QLabel *>(u"presentLabel"_s);
    const auto *exportLabel = hint.findChild<QLabel *>(u"exportLabel"_s);
    QVERIFY(presentLabel && exportLabel);
    QVERIFY2(presentLabel->text().contains(present.toString(QKeySequence::NativeText)),
             qPrintable(presentLabel->text()));
    QVERIFY2(exportLabel->text().contains(exportKeys.toString(QKeySequence::NativeText)),
             qPrintable(exportLabel->text()));
}

QTEST_MAIN(TestFirstRunHint)
#include "tst_firstrunhint.moc"
