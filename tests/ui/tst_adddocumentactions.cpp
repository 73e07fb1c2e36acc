#include "adddocumentactions.h"
#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "documentreader.h"
#include "mainwindow.h"
#include "sourcesdialog.h"
#include "timelinedocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

// File > Add Document… and dropping files on the window: the real action (its file dialog
// replaced by a path), the source shown in the reader and the sources dialog, and one message
// naming a file that cannot be added.
class tst_AddDocumentActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theMenuActionAddsAndShows();
    void aDropAddsEveryDocument();
    void otherDropsAreNotTaken();
    void badFiles_data();
    void badFiles();
    void theBuiltInStoryIsReadOnly();
    void aChangedTextOpensWithAWarning();

private:
    QMessageBox *box(const QString &name) const { return m_window->findChild<QMessageBox *>(name); }
    void drop(const QList<QUrl> &urls, bool *accepted);

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_story;
};

void tst_AddDocumentActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_adddocumentactions"_s);
    QVERIFY(m_dir.isValid());
}

void tst_AddDocumentActions::init()
{
    QSettings().clear();
    static int n = 0;
    const QString folder = m_dir.filePath(u"case%1"_s.arg(++n));
    QVERIFY(QDir().mkpath(folder));
    m_story = folder + u"/story.json"_s;
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(CatalogueSaver::save(builtIn.catalogue, CatalogueLoader::builtInPath(), m_story).ok);
    m_window = new MainWindow;
    QVERIFY(m_window->openFile(m_story));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_AddDocumentActions::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no question on the way out
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

void tst_AddDocumentActions::theMenuActionAddsAndShows()
{
    const QString path = write(m_dir, u"Board paper.txt"_s, "The board met on 3 August.\n");
    AddDocumentActions *actions = m_window->addDocumentActions();
    QAction *action = actions->addDocumentAction();
    QVERIFY(m_window->fileMenu()->actions().contains(action));
    int asked = 0;
    actions->setFileChooser([&] {
        ++asked;
        return path;
    });
    const qsizetype before = m_window->catalogue().sources().size();
    action->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->catalogue().sources().size(), before + 1);
    const SourceInfo &added = m_window->catalogue().sources().constLast();
    QCOMPARE(added.id, u"board-paper"_s);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             u"Add Document \u201CBoard paper\u201D"_s);

    // Shown in the reader, and in the sources dialog for its headline, kind and date.
    QCOMPARE(m_window->documentReader()->documentId(), u"board-paper"_s);
    QVERIFY(m_window->documentReader()->textView()->toPlainText().contains(
        u"The board met on 3 August."_s));
    auto *dialog = m_window->findChild<SourcesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->titleField()->text(), u"Board paper"_s);
    QVERIFY(dialog->titleField()->isEnabled());
    QVERIFY(dialog->originInfo()->text().contains(u"Board paper.txt"_s));
    dialog->titleField()->setText(u"Paper to the UHL board"_s);
    dialog->publisherField()->setText(u"UHL"_s);
    dialog->dateField()->setText(u"September 2017"_s);
    QVERIFY(dialog->apply());
    QCOMPARE(m_window->catalogue().source(u"board-paper"_s)->title, u"Paper to the UHL board"_s);
    QVERIFY(!box(u"addDocumentProblems"_s));

    // Cancelled: nothing happens.
    actions->setFileChooser([] { return QString(); });
    const int steps = m_window->document()->undoStack()->count();
    action->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), steps);

    // Undo takes the source and its text away again.
    m_window->document()->undoStack()->undo(); // the headline
    m_window->document()->undoStack()->undo(); // the document
    QVERIFY(!m_window->catalogue().source(u"board-paper"_s));
    QVERIFY(!m_window->catalogue().document(u"board-paper"_s));
}

void tst_AddDocumentActions::drop(const QList<QUrl> &urls, bool *accepted)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window, &enter);
    *accepted = enter.isAccepted();
    if (!*accepted)
        return;
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &dropEvent);
}

void tst_AddDocumentActions::aDropAddsEveryDocument()
{
    const QString first = write(m_dir, u"letter.txt"_s, "Dear colleague,\n");
    const QString second = write(m_dir, u"minutes.txt"_s, "Minutes.\n");
    const qsizetype before = m_window->catalogue().sources().size();
    bool accepted = false;
    drop({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)}, &accepted);
    QVERIFY(accepted);
    QCOMPARE(m_window->catalogue().sources().size(), before + 2);
    QVERIFY(m_window->catalogue().source(u"letter"_s));
    QVERIFY(m_window->catalogue().source(u"minutes"_s));
    QCOMPARE(m_window->documentReader()->documentId(), u"minutes"_s);

    // Dropped again: already there, said so, nothing added.
    drop({QUrl::fromLocalFile(first)}, &accepted);
    QCOMPARE(m_window->catalogue().sources().size(), before + 2);
    QVERIFY(box(u"addDocumentNote"_s));
    QVERIFY(box(u"addDocumentNote"_s)->text().contains(u"letter.txt was already added"_s));
}

void tst_AddDocumentActions::otherDropsAreNotTaken()
{
    const QString sheet = write(m_dir, u"events.xlsx"_s, "PK");
    bool accepted = true;
    drop({QUrl::fromLocalFile(sheet), QUrl(u"https://example.org/a.txt"_s)}, &accepted);
    QVERIFY(!accepted);
}

void tst_AddDocumentActions::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("0 bytes") << u"empty.txt"_s << QByteArray() << u"the file is empty"_s;
    QTest::newRow("only spaces") << u"blank.txt"_s << QByteArray("  \n\n ")
                                 << u"it has no text: it is only white space"_s;
}

void tst_AddDocumentActions::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = write(m_dir, name, bytes);
    const qsizetype before = m_window->catalogue().sources().size();
    m_window->addDocumentActions()->setFileChooser([&] { return path; });
    m_window->addDocumentActions()->addDocumentAction()->trigger();
    QCOMPARE(m_window->catalogue().sources().size(), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QList<QMessageBox *> boxes;
    for (QMessageBox *each : m_window->findChildren<QMessageBox *>()) {
        if (each->isVisible())
            boxes.append(each);
    }
    QCOMPARE(boxes.size(), 1); // one message, naming the file
    QCOMPARE(boxes.constFirst()->objectName(), u"addDocumentProblems"_s);
    QVERIFY2(boxes.constFirst()->text().contains(name + u": "_s + message) ||
                 boxes.constFirst()->text().contains(path + u": "_s + message),
             qPrintable(boxes.constFirst()->text()));
}

void tst_AddDocumentActions::theBuiltInStoryIsReadOnly()
{
    m_window->openBuiltInStory();
    const QString path = write(m_dir, u"note.txt"_s, "A note.\n");
    const qsizetype before = m_window->catalogue().sources().size();
    m_window->addDocumentActions()->addFiles({path});
    QCOMPARE(m_window->catalogue().sources().size(), before);
    QVERIFY(box(u"addDocumentProblems"_s));
    QVERIFY(box(u"addDocumentProblems"_s)->text().contains(u"read-only"_s));
}

void tst_AddDocumentActions::aChangedTextOpensWithAWarning()
{
    const QString path = write(m_dir, u"circular.txt"_s, "A circular.\n");
    QCOMPARE(m_window->addDocumentActions()->addFiles({path}), 1);
    QVERIFY(m_window->save());
    const QString text = QFileInfo(m_story).path() + u"/story-sources/circular.txt"_s;
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A circular, edited.\n");
    file.close();

    m_window->openBuiltInStory();
    QVERIFY(m_window->openFile(m_story));
    QCOMPARE(m_window->currentFile(), QFileInfo(m_story).absoluteFilePath());
    QVERIFY(m_window->catalogue().source(u"circular"_s));
    QMessageBox *warning = box(u"warningsDialog"_s);
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(u"the text of circular.txt has changed since it was added"_s),
             qPrintable(warning->text()));
}

QTEST_MAIN(tst_AddDocumentActions)
#include "tst_adddocumentactions.moc"
