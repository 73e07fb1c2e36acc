#include "lanesactorstagsdialog.h"

#include "catalogueedit.h"
#include "historyactions.h"
#include "timelinedocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The most event titles a question names before "and n more".
constexpr qsizetype NamedEvents = 5;

} // namespace

LanesActorsTagsDialog::LanesActorsTagsDialog(TimelineDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Lanes, Actors and Tags"));
    setObjectName(u"lanesActorsTagsDialog"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makePage(Lanes), tr("&Lanes"));
    m_tabs->addTab(makePage(Actors), tr("&Actors"));
    m_tabs->addTab(makePage(Tags), tr("&Tags"));

    m_readOnlyNote = new QLabel(
        tr("The built-in story is read-only: use File > Save As\u2026 to make a copy to edit."),
        this);
    m_readOnlyNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter adds (in a name field) or commits a rename; it never closes the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    // The document's history, so Ctrl+Z works here as in the window.
    const auto [undo, redo] = HistoryActions::create(m_document->undoStack(), this);
    addAction(undo);
    addAction(redo);

    connect(m_document, &TimelineDocument::changed, this, &LanesActorsTagsDialog::refresh);
    connect(m_document, &TimelineDocument::fileChanged, this, &LanesActorsTagsDialog::refresh);
    refresh();
    resize(520, 440);
}

LanesActorsTagsDialog::~LanesActorsTagsDialog()
{
    for (const Page &page : m_pages) {
        if (page.list)
            page.list->disconnect(this);
    }
}

QWidget *LanesActorsTagsDialog::makePage(Kind kind)
{
    static const char *const placeholders[] = {
        QT_TR_NOOP("Name of a new lane"),
        QT_TR_NOOP("Name of a new actor"),
        QT_TR_NOOP("Name of a new tag"),
    };
    static const char *const names[] = {"lanes", "actors", "tags"};

    auto *page = new QWidget(this);
    Page &p = m_pages[kind];
    p.list = new QListWidget(page);
    p.list->setObjectName(QLatin1StringView(names[kind]));
    p.list->setAccessibleName(kind == Lanes    ? tr("Lanes")
                              : kind == Actors ? tr("Actors")
                                               : tr("Tags"));
    p.newName = new QLineEdit(page);
    p.newName->setObjectName(QLatin1StringView(names[kind]) + "NewName"_L1);
    p.newName->setPlaceholderText(tr(placeholders[kind]));
    p.newName->setAccessibleName(tr(placeholders[kind]));
    p.add = new QPushButton(tr("A&dd"), page);
    p.rename = new QPushButton(tr("&Rename"), page);
    p.remove = new QPushButton(tr("D&elete"), page);
    p.add->setObjectName(QLatin1StringView(names[kind]) + "Add"_L1);
    p.rename->setObjectName(QLatin1StringView(names[kind]) + "Rename"_L1);
    p.remove->setObjectName(QLatin1StringView(names[kind]) + "Delete"_L1);
    // Enter in the name field adds, and must not close the dialog.
    for (QPushButton *button : {p.add, p.rename, p.remove})
        button->setAutoDefault(false);

    auto *deleteKey = new QAction(tr("Delete"), p.list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    p.list->addAction(deleteKey);

    connect(p.add, &QPushButton::clicked, this, [this, kind] { addItem(kind); });
    connect(p.newName, &QLineEdit::returnPressed, this, [this, kind] { addItem(kind); });
    connect(p.newName, &QLineEdit::textChanged, this, [this, kind] { updateButtons(kind); });
    connect(p.rename, &QPushButton::clicked, this, [this, kind] { renameCurrent(kind); });
    connect(p.remove, &QPushButton::clicked, this, [this, kind] { deleteCurrent(kind); });
    connect(deleteKey, &QAction::triggered, this, [this, kind] { deleteCurrent(kind); });
    connect(p.list, &QListWidget::currentRowChanged, this, [this, kind] { updateButtons(kind); });
    connect(p.list, &QListWidget::itemChanged, this,
            [this, kind](QListWidgetItem *item) { rename(kind, item); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(p.newName, 1);
    addRow->addWidget(p.add);
    auto *side = new QVBoxLayout;
    side->addWidget(p.rename);
    side->addWidget(p.remove);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(p.list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(middle, 1);
    layout->addLayout(addRow);
    return page;
}

void LanesActorsTagsDialog::setCurrentKind(Kind kind)
{
    m_tabs->setCurrentIndex(kind);
}

QList<LanesActorsTagsDialog::Item> LanesActorsTagsDialog::items(Kind kind) const
{
    QList<Item> out;
    const Catalogue &catalogue = m_document->catalogue();
    switch (kind) {
    case Lanes:
        for (const Lane &lane : catalogue.lanes())
            out.append({lane.id, lane.name});
        break;
    case Actors:
        for (const Actor &actor : catalogue.actors())
            out.append({actor.id, actor.name});
        break;
    case Tags:
        for (const Tag &tag : catalogue.tags())
            out.append({tag.id, tag.name});
        break;
    }
    return out;
}

QStringList LanesActorsTagsDialog::usedBy(Kind kind, const QString &id) const
{
    const Catalogue &catalogue = m_document->catalogue();
    switch (kind) {
    case Lanes:
        return CatalogueEdit::eventsInLane(catalogue, id);
    case Actors:
        return CatalogueEdit::eventsWithActor(catalogue, id);
    case Tags:
        break;
    }
    return CatalogueEdit::eventsWithTag(catalogue, id);
}

QString LanesActorsTagsDialog::usedByText(const QStringList &eventIds) const
{
    QStringList titles;
    for (const QString &id : eventIds.first(std::min(NamedEvents, eventIds.size()))) {
        const TimelineEvent *event = m_document->catalogue().event(id);
        titles.append(u"\u201C"_s + (event && !event->title.isEmpty() ? event->title : id) +
                      u"\u201D"_s);
    }
    QString text = eventIds.size() == 1
                       ? tr("Used by 1 event: %1").arg(titles.constFirst())
                       : tr("Used by %1 events: %2")
                             .arg(QString::number(eventIds.size()), titles.join(tr(", ")));
    if (eventIds.size() > NamedEvents)
        text = tr("%1 and %2 more").arg(text, QString::number(eventIds.size() - NamedEvents));
    return text + tr(".");
}

void LanesActorsTagsDialog::addItem(Kind kind)
{
    Page &p = m_pages[kind];
    const QString name = p.newName->text().trimmed();
    if (name.isEmpty() || m_document->isReadOnly())
        return;
    const QString id = kind == Lanes    ? m_document->addLane(name)
                       : kind == Actors ? m_document->addActor(name)
                                        : m_document->addTag(name);
    p.newName->clear();
    for (int row = 0; row < p.list->count(); ++row) {
        if (p.list->item(row)->data(Qt::UserRole).toString() == id)
            p.list->setCurrentRow(row);
    }
}

void LanesActorsTagsDialog::renameCurrent(Kind kind)
{
    QListWidget *list = m_pages.at(kind).list;
    if (QListWidgetItem *item = list->currentItem(); item && !m_document->isReadOnly()) {
        list->setFocus();
        list->editItem(item);
    }
}

void LanesActorsTagsDialog::rename(Kind kind, QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    const QString name = item->text();
    const bool renamed = kind == Lanes    ? m_document->renameLane(id, name)
                         : kind == Actors ? m_document->renameActor(id, name)
                                          : m_document->renameTag(id, name);
    if (!renamed)
        refresh(); // a blank name: back to the name it has
}

void LanesActorsTagsDialog::deleteCurrent(Kind kind)
{
    QListWidgetItem *item = m_pages.at(kind).list->currentItem();
    if (!item || m_document->isReadOnly())
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const QString name = item->text();
    const QStringList used = usedBy(kind, id);
    if (used.isEmpty()) {
        if (kind == Lanes)
            m_document->deleteLane(id);
        else if (kind == Actors)
            m_document->deleteActor(id);
        else
            m_document->deleteTag(id);
        return;
    }

    if (kind == Lanes) {
        QStringList otherNames;
        QStringList otherIds;
        for (const Item &lane : items(Lanes)) {
            if (lane.id != id) {
                otherNames.append(lane.name);
                otherIds.append(lane.id);
            }
        }
        if (otherIds.isEmpty()) {
            QMessageBox box(QMessageBox::Information, tr("Delete Lane"),
                            tr("\u201C%1\u201D cannot be deleted: its events have no other lane "
                               "to go to. Add a lane first.")
                                .arg(name),
                            QMessageBox::Ok, this);
            box.setObjectName(u"deleteLaneImpossible"_s);
            box.setInformativeText(usedByText(used));
            box.exec();
            return;
        }
        QInputDialog ask(this);
        ask.setObjectName(u"deleteLaneQuestion"_s);
        ask.setWindowTitle(tr("Delete Lane \u201C%1\u201D").arg(name));
        ask.setLabelText(tr("%1\nMove them to the lane:").arg(usedByText(used)));
        ask.setComboBoxItems(otherNames);
        ask.setComboBoxEditable(false);
        ask.setOkButtonText(tr("Move and Delete"));
        // The titles can be long: wrap them rather than widen the question past the screen.
        if (auto *label = ask.findChild<QLabel *>()) {
            label->setWordWrap(true);
            label->setMinimumWidth(420);
        }
        ask.setMaximumWidth(640);
        if (ask.exec() != QDialog::Accepted)
            return;
        const qsizetype chosen = otherNames.indexOf(ask.textValue());
        if (chosen >= 0)
            m_document->deleteLane(id, otherIds.at(chosen));
        return;
    }

    const QString title = kind == Actors ? tr("Delete Actor \u201C%1\u201D").arg(name)
                                         : tr("Delete Tag \u201C%1\u201D").arg(name);
    QMessageBox box(QMessageBox::Question, title, usedByText(used), QMessageBox::Cancel, this);
    box.setObjectName(u"deleteInUseQuestion"_s);
    box.setInformativeText(tr("Delete it and take it off those events?"));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (kind == Actors)
        m_document->deleteActor(id);
    else
        m_document->deleteTag(id);
}

void LanesActorsTagsDialog::refresh()
{
    const bool editable = !m_document->isReadOnly();
    m_readOnlyNote->setVisible(!editable);
    for (Kind kind : {Lanes, Actors, Tags}) {
        Page &p = m_pages[kind];
        const QList<Item> now = items(kind);
        const QSignalBlocker blocker(p.list);
        // The same items in the same order are updated in place: a rename arrives here from
        // inside the list's own edit, which must not lose its item.
        bool same = p.list->count() == now.size();
        for (int row = 0; same && row < now.size(); ++row)
            same = p.list->item(row)->data(Qt::UserRole).toString() == now.at(row).id;
        const QString current = p.list->currentItem()
                                    ? p.list->currentItem()->data(Qt::UserRole).toString()
                                    : QString();
        if (!same) {
            p.list->clear();
            for (const Item &item : now) {
                auto *entry = new QListWidgetItem(p.list);
                entry->setData(Qt::UserRole, item.id);
            }
        }
        for (int row = 0; row < now.size(); ++row) {
            QListWidgetItem *entry = p.list->item(row);
            entry->setText(now.at(row).name);
            const qsizetype uses = usedBy(kind, now.at(row).id).size();
            entry->setToolTip(uses == 0   ? tr("Not used by any event")
                              : uses == 1 ? tr("Used by 1 event")
                                          : tr("Used by %1 events").arg(uses));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (editable)
                flags |= Qt::ItemIsEditable;
            entry->setFlags(flags);
            if (!same && now.at(row).id == current)
                p.list->setCurrentRow(row);
        }
        if (p.list->currentRow() < 0 && p.list->count() > 0)
            p.list->setCurrentRow(0);
        p.list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                               QAbstractItemView::EditKeyPressed
                                         : QAbstractItemView::NoEditTriggers);
        p.newName->setEnabled(editable);
        updateButtons(kind);
    }
}

void LanesActorsTagsDialog::updateButtons(Kind kind)
{
    Page &p = m_pages[kind];
    const bool editable = !m_document->isReadOnly();
    const bool hasCurrent = p.list->currentItem() != nullptr;
    p.add->setEnabled(editable && !p.newName->text().trimmed().isEmpty());
    p.rename->setEnabled(editable && hasCurrent);
    p.remove->setEnabled(editable && hasCurrent);
}
