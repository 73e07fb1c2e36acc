#include "registeredactions.h"

#include "adddocumentaction.h"
#include "checkaction.h"
#include "exportaction.h"
#include "exportformataction.h"
#include "finddatesaction.h"
#include "importaction.h"
#include "listeventsaction.h"
#include "listfiguresaction.h"
#include "saveasaction.h"

std::vector<std::unique_ptr<CommandLineAction>> registeredActions(const ExportFigures *figures)
{
    std::vector<std::unique_ptr<CommandLineAction>> actions;
    actions.push_back(std::make_unique<ListEventsAction>());
    actions.push_back(std::make_unique<ListFiguresAction>());
    actions.push_back(std::make_unique<CheckAction>());
    actions.push_back(std::make_unique<ExportAction>(figures));
    actions.push_back(std::make_unique<SaveAsAction>());
    actions.push_back(std::make_unique<ExportFormatAction>());
    actions.push_back(std::make_unique<ImportAction>());
    actions.push_back(std::make_unique<AddDocumentAction>());
    actions.push_back(std::make_unique<FindDatesAction>());
    return actions;
}
