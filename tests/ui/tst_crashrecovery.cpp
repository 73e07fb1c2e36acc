#include "catalogueloader.h"
#include "documentautosaver.h"
#include "mainwindow.h"
#include "recoveryfile.h"
#include "testfiles.h"
#include "timelinedocument.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// Presses the button of the next message box whose text names what is asked.
void answerNextMessageBox(const QString &buttonText, QString *seen)
{
    QTimer::singleShot(10, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextMessageBox(buttonText, seen);
        *seen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

// A real civic-timeline is killed (SIGKILL) while it has a file open and unsaved edits are
// in its recovery file: the next start offers them and restores every one.
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedProcessLeavesEditsToRestore();
    void autosaveWritesAfterEditsAndSaveDeletes();
    void sourceEditsAreRecovered();
    void secondInstanceOffersTheOthersChanges_data();
    void secondInstanceOffersTheOthersChanges();

private:
    QTemporaryDir m_home;
    QString m_catalogue;
    QProcessEnvironment m_environment;
};

void TestCrashRecovery::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The child and this test share one data folder, named as the program names it.
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(name));
        QDir().mkpath(dir);
        qputenv(name, dir.toUtf8());
    }
    QCoreApplication::setOrganizationName(u"CivicTimeline"_s);
    QCoreApplication::setApplicationName(u"civic-timeline"_s);
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const QString from = TestFiles::path(u"loader"_s, u"valid/"_s);
    const QString to = m_home.filePath(u"work/"_s);
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(from + name, to + name));
    m_catalogue = to + u"catalogue.json"_s;
    QVERIFY(CatalogueLoader::load(m_catalogue).ok());
}

void TestCrashRecovery::killedProcessLeavesEditsToRestore()
{
    QProcess program;
    program.setProcessEnvironment(m_environment);
    program.start(QStringLiteral(CIVIC_BINARY), {m_catalogue});
    QVERIFY2(program.waitForStarted(), qPrintable(program.errorString()));
    RecoveryFile recovery(m_catalogue);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery.lockPath()), 30000);
    QVERIFY(!recovery.lock()); // a second instance finds the file taken

    // The edits, written as the running program's autosave writes them.
    TimelineDocument edits;
    edits.reset(CatalogueLoader::load(m_catalogue).catalogue, m_catalogue);
    TimelineEvent gap = *edits.catalogue().event(u"gap"_s);
    gap.title = u"Edited before the crash"_s;
    edits.changeEvent(gap, EventField::Title);
    edits.removeEvents({u"patience"_s}, u"Delete"_s);
    edits.duplicateEvents({u"phase-one"_s});
    QString error;
    QVERIFY2(recovery.write(edits.catalogue(), &error), qPrintable(error));

    program.kill(); // SIGKILL: nothing runs on the way out
    QVERIFY(program.waitForFinished());
    QCOMPARE(program.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(recovery.lockPath())); // stale now
    QVERIFY(recovery.exists());

    // The next start.
    MainWindow window;
    QString asked;
    answerNextMessageBox(u"Restore"_s, &asked);
    QVERIFY(window.openFile(m_catalogue));
    QVERIFY2(asked.contains(u"never saved"_s), qPrintable(asked));
    const Catalogue &restored = window.catalogue();
    QCOMPARE(restored.event(u"gap"_s)->title, u"Edited before the crash"_s);
    QVERIFY(!restored.event(u"patience"_s));
    QVERIFY(restored.event(u"phase-one-2"_s));
    QCOMPARE(restored.events().size(), edits.catalogue().events().size());
    QCOMPARE(restored.event(u"gap"_s)->sources().size(),
             edits.catalogue().event(u"gap"_s)->sources().size());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.autosaver()->recoveryFile()->isLocked());

    // Discarding them on the way out deletes the recovery file.
    answerNextMessageBox(u"Discard"_s, &asked);
    QVERIFY(window.close());
    QVERIFY(!recovery.exists());
}

void TestCrashRecovery::autosaveWritesAfterEditsAndSaveDeletes()
{
    TimelineDocument document;
    DocumentAutosaver autosaver(&document, 50);
    document.reset(CatalogueLoader::load(m_catalogue).catalogue, m_catalogue);
    RecoveryFile *recovery = autosaver.recoveryFile();
    QVERIFY(recovery->isLocked());
    QVERIFY(!recovery->exists());
    document.removeEvents({u"gap"_s}, u"Delete"_s);
    QVERIFY(!recovery->exists()); // not while editing
    QTRY_VERIFY(recovery->exists());
    QVERIFY(!recovery->read().catalogue.event(u"gap"_s));
    QCOMPARE(document.save(m_catalogue).status, TimelineDocument::SaveResult::Saved);
    QVERIFY(!recovery->exists());
}

void TestCrashRecovery::sourceEditsAreRecovered()
{
    // A source's headline and date are kept in the source index, which is only written when
    // the document is saved: the recovery keeps them beside the catalogue.
    TimelineDocument document;
    DocumentAutosaver autosaver(&document, 50);
    document.reset(CatalogueLoader::load(m_catalogue).catalogue, m_catalogue);
    RecoveryFile *recovery = autosaver.recoveryFile();
    QVERIFY(recovery->isLocked());
    QList<SourceInfo> sources = document.catalogue().sources();
    QVERIFY(!sources.isEmpty());
    const QString id = sources.first().id;
    sources.first().title = u"A headline corrected after reading the report again"_s;
    sources.first().date = EventDate::parse(u"3 August 2017"_s);
    document.setSources(sources, u"Change Source"_s);
    QTRY_VERIFY(recovery->exists());
    QVERIFY(QFile::exists(recovery->sourcesPath()));

    const CatalogueLoadResult recovered = recovery->read();
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.catalogue.source(id)->title,
             u"A headline corrected after reading the report again"_s);
    QCOMPARE(recovered.catalogue.source(id)->date, EventDate::parse(u"3 August 2017"_s));
    // The documents are still there to quote from.
    QVERIFY(recovered.catalogue.document(id));

    // Undone, nothing is unsaved: both files go.
    document.undoStack()->undo();
    QVERIFY(!recovery->exists());
    QVERIFY(!QFile::exists(recovery->sourcesPath()));
}

void TestCrashRecovery::secondInstanceOffersTheOthersChanges_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("restored");
    QTest::newRow("open the unsaved changes") << u"Open Unsaved Changes"_s << true;
    QTest::newRow("open the saved file") << u"Open Saved File"_s << false;
}

void TestCrashRecovery::secondInstanceOffersTheOthersChanges()
{
    QFETCH(QString, answer);
    QFETCH(bool, restored);

    // A running civic-timeline has the file open, with unsaved edits its autosave wrote.
    QProcess program;
    program.setProcessEnvironment(m_environment);
    program.start(QStringLiteral(CIVIC_BINARY), {m_catalogue});
    QVERIFY2(program.waitForStarted(), qPrintable(program.errorString()));
    RecoveryFile recovery(m_catalogue);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery.lockPath()), 30000);
    TimelineDocument edits;
    edits.reset(CatalogueLoader::load(m_catalogue).catalogue, m_catalogue);
    // (An earlier test saved the file without "gap": any event will do.)
    QVERIFY(!edits.catalogue().events().isEmpty());
    TimelineEvent theirEdit = edits.catalogue().events().constFirst();
    const QString id = theirEdit.id;
    theirEdit.title = u"Edited in the other window"_s;
    edits.changeEvent(theirEdit, EventField::Title);
    QVERIFY(recovery.write(edits.catalogue()));
    const QByteArray theirs = [&] {
        QFile file(recovery.path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    {
        // This instance opens the same file.
        MainWindow window;
        QString asked;
        answerNextMessageBox(answer, &asked);
        QVERIFY(window.openFile(m_catalogue));
        QVERIFY2(asked.contains(u"open in another Civic Timeline window"_s), qPrintable(asked));
        QVERIFY(!window.autosaver()->recoveryFile()->isLocked());
        QCOMPARE(window.catalogue().event(id)->title == u"Edited in the other window"_s,
                 restored);
        QCOMPARE(window.document()->isModified(), restored);

        // Edits here are neither autosaved over the other's file nor delete it on the way out.
        TimelineEvent mine = *window.catalogue().event(id);
        mine.title = u"Edited here"_s;
        window.document()->changeEvent(mine, EventField::Title);
        window.autosaver()->writeNow();
        answerNextMessageBox(u"Discard"_s, &asked);
        QVERIFY(window.close());
    }
    QFile file(recovery.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), theirs);

    program.kill();
    QVERIFY(program.waitForFinished());
    recovery.remove();
    QFile::remove(recovery.lockPath());
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
