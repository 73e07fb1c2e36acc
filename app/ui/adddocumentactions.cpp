#include "adddocumentactions.h"

#include "documentimporter.h"
#include "documentreader.h"
#include "mainwindow.h"
#include "newdocumentsource.h"
#include "sourcesdialog.h"
#include "timelinedocument.h"

#include <QAction>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QStringList kSuffixes{u"txt"_s, u"html"_s, u"htm"_s, u"pdf"_s, u"docx"_s, u"odt"_s};

} // namespace

AddDocumentActions::AddDocumentActions(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("Add &Document\u2026"), this))
{
    m_action->setObjectName(u"addDocument"_s);
    connect(m_action, &QAction::triggered, this, &AddDocumentActions::showAddDocumentDialog);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString AddDocumentActions::fileFilter()
{
    return tr("Documents (*.txt *.html *.htm *.pdf *.docx *.odt);;All files (*)");
}

QStringList AddDocumentActions::documentPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            kSuffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void AddDocumentActions::showAddDocumentDialog()
{
    const QString current = m_window->currentFile();
    const QString start = current.startsWith(u':') ? QString() : QFileInfo(current).absolutePath();
    const QString path =
        m_chooser ? m_chooser()
                  : QFileDialog::getOpenFileName(m_window, tr("Add Document"), start, fileFilter());
    if (!path.isEmpty())
        addFiles({path});
}

int AddDocumentActions::addFiles(const QStringList &paths)
{
    TimelineDocument *document = m_window->document();
    if (document->isReadOnly()) {
        showMessage(u"addDocumentProblems"_s, tr("Could Not Add Document"),
                    {tr("The built-in story is read-only: use File > Save As\u2026 to make a "
                        "copy, then add %1 to it.")
                         .arg(QFileInfo(paths.value(0)).fileName())},
                    true);
        return 0;
    }
    QStringList problems;
    QStringList notes;
    QString shown;
    int added = 0;
    for (const QString &path : paths) {
        QString error;
        const std::optional<ExtractedDocument> extracted =
            DocumentImporter::extractFile(path, &error);
        if (!extracted) {
            problems.append(error);
            continue;
        }
        const NewDocumentSource result = document->addDocument(
            {path, extracted->format, extracted->title, extracted->text, extracted->notes});
        switch (result.match) {
        case NewDocumentSource::Match::Refused:
            problems.append(result.message());
            break;
        case NewDocumentSource::Match::AlreadyAdded:
            notes.append(result.message());
            shown = result.existing.id;
            break;
        case NewDocumentSource::Match::ChangedSinceAdded:
            notes.append(result.message());
            shown = result.source.id;
            ++added;
            break;
        case NewDocumentSource::Match::New:
            for (const QString &note : result.source.notes)
                notes.append(QFileInfo(path).fileName() + u": "_s + note);
            m_window->statusBar()->showMessage(result.message(), 10000);
            shown = result.source.id;
            ++added;
            break;
        }
    }
    if (!shown.isEmpty())
        showSource(shown);
    if (!notes.isEmpty())
        showMessage(u"addDocumentNote"_s, tr("Add Document"), notes, false);
    if (!problems.isEmpty())
        showMessage(u"addDocumentProblems"_s, tr("Could Not Add Document"), problems, true);
    return added;
}

void AddDocumentActions::showSource(const QString &sourceId)
{
    DocumentReader *reader = m_window->documentReader();
    reader->showPassage(sourceId, 0, 0);
    for (QWidget *parent = reader->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(parent)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    // Its headline, publisher, kind and date are the officer's to confirm.
    m_window->showSources();
    if (auto *dialog = m_window->findChild<SourcesDialog *>())
        dialog->selectSource(sourceId);
}

void AddDocumentActions::showMessage(const QString &objectName, const QString &title,
                                     const QStringList &lines, bool warning)
{
    if (auto *old = m_window->findChild<QMessageBox *>(objectName))
        old->close();
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                QString(), QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // messages quote file names, never markup
    box->setText((warning ? tr("Nothing was added from:") + u"\n\n"_s : QString()) +
                 lines.join(u'\n'));
    box->open();
}

bool AddDocumentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!documentPaths(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = documentPaths(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                addFiles(paths);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
