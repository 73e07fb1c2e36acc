#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --add-document FILE --catalogue CAT: extracts FILE's text (DocumentImporter), adds it to CAT
// as a new source (NewDocumentSource, as File > Add Document… does) and saves CAT with
// CatalogueSaver, the text written once beside its source index. The same file again with the
// same text adds nothing; with other text it is added as a new source beside the old one.
// Exits 2 without --catalogue (the built-in story cannot be written), 1 when FILE or CAT
// cannot be read or CAT cannot be written, and 0 otherwise, saying on stdout what it did.
class AddDocumentAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(AddDocumentAction)

public:
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};
