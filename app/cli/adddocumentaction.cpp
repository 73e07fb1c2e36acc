#include "adddocumentaction.h"

#include "applicationidentity.h"
#include "catalogueedit.h"
#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "documentimporter.h"
#include "exitcode.h"
#include "fileresolver.h"
#include "newdocumentsource.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kAddDocument = u"add-document"_s;
const QString kCatalogue = u"catalogue"_s;

// A catalogue names its source index and lanes near its top; event lists do not.
bool isCatalogueFile(const QString &path)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // the loader says why it cannot be read
    const QByteArray head = file.read(64 * 1024);
    return head.contains("\"sourceIndex\"") || head.contains("\"lanes\"");
}

} // namespace

QCommandLineOption AddDocumentAction::trigger() const
{
    return QCommandLineOption(
        kAddDocument,
        tr("Add the document FILE (plain text, HTML, PDF, DOCX or ODT) as a source of the "
           "catalogue given with --catalogue, and save it."),
        tr("FILE"));
}

QList<QCommandLineOption> AddDocumentAction::modifiers() const
{
    return {QCommandLineOption(kCatalogue, tr("The catalogue --add-document adds to and saves."),
                               u"CATALOGUE"_s)};
}

int AddDocumentAction::run(const CommandLineOptions &options, QTextStream &out,
                           QTextStream &err) const
{
    const QString prefix = ApplicationIdentity::name() + u": "_s;
    if (!options.positionalArguments().isEmpty()) {
        err << prefix << tr("--add-document names its catalogue with --catalogue CATALOGUE")
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (!options.isSet(kCatalogue)) {
        err << prefix
            << tr("--add-document needs --catalogue CATALOGUE: the built-in story cannot be "
                  "written (save a copy with --save-as FILE first)")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const QString path = options.value(kAddDocument);
    const QString cataloguePath = options.value(kCatalogue);

    // An event list (CSV, or JSON without lanes) would be rewritten as a catalogue: refused,
    // as the window saves one only with Save As.
    if (!isCatalogueFile(cataloguePath)) {
        err << prefix
            << tr("%1 is not a catalogue (an event list is saved as one with --save-as FILE "
                  "first); nothing was added")
                   .arg(cataloguePath)
            << Qt::endl;
        return ExitCode::Failure;
    }
    CatalogueLoadResult loaded = CatalogueLoader::load(cataloguePath);
    if (!loaded.ok()) {
        CheckAction::writeProblems(loaded.problems, err);
        err << prefix << tr("%1 was not changed").arg(cataloguePath) << Qt::endl;
        return ExitCode::Failure;
    }
    CheckAction::writeWarnings(loaded.warnings, err);

    QString error;
    const std::optional<ExtractedDocument> extracted = DocumentImporter::extractFile(path, &error);
    if (!extracted) {
        err << prefix << error << u"; nothing was added"_s << Qt::endl;
        return ExitCode::Failure;
    }
    const NewDocumentSource added = NewDocumentSource::make(
        loaded.catalogue, cataloguePath,
        {path, extracted->format, extracted->title, extracted->text, extracted->notes},
        QDate::currentDate());
    switch (added.match) {
    case NewDocumentSource::Match::Refused:
        err << prefix << added.message() << Qt::endl;
        return ExitCode::Failure;
    case NewDocumentSource::Match::AlreadyAdded:
        out << added.message() << Qt::endl;
        return ExitCode::Success;
    case NewDocumentSource::Match::New:
    case NewDocumentSource::Match::ChangedSinceAdded:
        break;
    }

    Catalogue catalogue = loaded.catalogue;
    catalogue.setSourceIndexPath(added.sourceIndexPath);
    CatalogueEdit::addSource(catalogue, added.source, added.document);
    const CatalogueSaver::Result saved =
        CatalogueSaver::save(catalogue, cataloguePath, cataloguePath);
    if (!saved.ok) {
        err << prefix << saved.error << u"; nothing was added"_s << Qt::endl;
        return ExitCode::Failure;
    }
    QString why;
    const QString index =
        FileResolver::locate(FileResolver::catalogue(cataloguePath), saved.sourceIndex, &why).path;
    const QString text =
        FileResolver::locate(FileResolver::catalogue(index), added.source.file, &why).path;
    for (const QString &note : added.source.notes)
        out << tr("%1: %2").arg(path, note) << u'\n';
    out << added.message() << u'\n'
        << tr("source \u201C%1\u201D, its text in %2; saved %3")
               .arg(added.source.id, text, cataloguePath)
        << Qt::endl;
    return ExitCode::Success;
}
