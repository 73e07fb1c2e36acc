#include "sourcesdialog.h"

#include "cataloguewriter.h"
#include "eventeditor.h"
#include "historyactions.h"
#include "timelinedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourcesDialog::SourcesDialog(TimelineDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Sources"));
    setObjectName(u"sourcesDialog"_s);

    m_readOnlyNote = new QLabel(
        tr("The built-in story is read-only: use File > Save As\u2026 to make a copy to edit."),
        this);
    m_readOnlyNote->setWordWrap(true);

    m_sources = new QListWidget(this);
    m_sources->setObjectName(u"sources"_s);
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setWordWrap(true);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"sourceTitle"_s);
    m_publisher = new QLineEdit(this);
    m_publisher->setObjectName(u"sourcePublisher"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"sourceKind"_s);
    m_kind->setEditable(true);
    m_kind->setInsertPolicy(QComboBox::NoInsert);
    m_date = new QLineEdit(this);
    m_date->setObjectName(u"sourceDate"_s);
    m_date->setPlaceholderText(tr("e.g. 3 August 2017, September 2017, 2018/19"));
    m_dateInfo = new QLabel(this);
    m_dateInfo->setObjectName(u"sourceDateInfo"_s);
    m_dateInfo->setWordWrap(true);
    m_approximate = new QCheckBox(tr("&Approximate"), this);
    m_approximate->setObjectName(u"sourceApproximate"_s);
    // A basis is often a paragraph: room to read it, Enter still applies (Shift+Enter breaks
    // the line).
    m_basis = new QPlainTextEdit(this);
    m_basis->setObjectName(u"sourceBasis"_s);
    m_basis->setTabChangesFocus(true);
    m_basis->installEventFilter(this);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"sourceOrigin"_s);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(u"applySource"_s);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertSource"_s);
    // Enter is the dialog's own (apply), not a default button's.
    m_apply->setAutoDefault(false);
    m_revert->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Headline:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateInfo);
    form->addRow(QString(), m_approximate);
    form->addRow(tr("Date &basis:"), m_basis);
    form->addRow(tr("File:"), m_file);
    form->addRow(QString(), m_origin);
    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_apply);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    right->addLayout(editButtons);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_sources, 2);
    middle->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    // The document's history, so Ctrl+Z works here as in the window.
    const auto [undo, redo] = HistoryActions::create(m_document->undoStack(), this);
    addAction(undo);
    addAction(redo);

    connect(m_sources, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<SourceInfo> &sources = m_document->catalogue().sources();
        m_id = row >= 0 && row < sources.size() ? sources.at(row).id : QString();
        revert(); // a draft not applied is dropped, as in the event editor
    });
    connect(m_date, &QLineEdit::textChanged, this, &SourcesDialog::updateDateInfo);
    connect(m_approximate, &QCheckBox::toggled, this, &SourcesDialog::updateDateInfo);
    connect(m_apply, &QPushButton::clicked, this, &SourcesDialog::apply);
    connect(m_revert, &QPushButton::clicked, this, &SourcesDialog::revert);
    connect(m_document, &TimelineDocument::changed, this, [this](const CatalogueChange &change) {
        if (change.what == CatalogueChange::What::Sources ||
            change.what == CatalogueChange::What::Reset)
            refresh();
    });
    connect(m_document, &TimelineDocument::fileChanged, this, &SourcesDialog::refresh);
    refresh();
    resize(820, 460);
}

const SourceInfo *SourcesDialog::currentSource() const
{
    return m_document->catalogue().source(m_id);
}

EventDate SourcesDialog::draftDate(QString *error) const
{
    EventDate date = EventDate::parse(m_date->text().trimmed(), error);
    if (date.isValid())
        date.setApproximate(date.isApproximate() || m_approximate->isChecked());
    return date;
}

SourceInfo SourcesDialog::draft(const SourceInfo &source, const EventDate &date) const
{
    SourceInfo after = source;
    if (!m_title->text().trimmed().isEmpty())
        after.title = m_title->text().trimmed();
    after.publisher = m_publisher->text().trimmed();
    after.kind = m_kind->currentText().trimmed();
    if (date.isValid())
        after.date = date;
    after.basis = m_basis->toPlainText().trimmed();
    return after;
}

bool SourcesDialog::isDirty() const
{
    const SourceInfo *source = currentSource();
    if (!source)
        return false;
    QString error;
    const EventDate date = draftDate(&error);
    const SourceInfo after = draft(*source, date);
    return !date.isValid() || after.title != source->title ||
           after.publisher != source->publisher || after.kind != source->kind ||
           !(after.date == source->date) || after.basis != source->basis;
}

bool SourcesDialog::apply()
{
    const SourceInfo *source = currentSource();
    if (!source || m_document->isReadOnly())
        return false;
    QString error;
    const EventDate date = draftDate(&error);
    if (!date.isValid()) {
        m_date->setFocus();
        return false;
    }
    if (!isDirty())
        return true;
    const QString title = source->title.isEmpty() ? source->id : source->title;
    QList<SourceInfo> sources = m_document->catalogue().sources();
    for (SourceInfo &each : sources) {
        if (each.id == m_id)
            each = draft(each, date);
    }
    m_document->setSources(sources, tr("Change Source \u201C%1\u201D").arg(title));
    return true;
}

void SourcesDialog::revert()
{
    const SourceInfo *source = currentSource();
    const bool editable = source && !m_document->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_publisher, m_kind, m_date,
                                                           m_approximate, m_basis, m_revert})
        field->setEnabled(editable);
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        QStringList kinds{u"news-report"_s, u"comment"_s, u"cabinet-report"_s, u"letter"_s,
                          u"minutes"_s, u"press-release"_s, u"document"_s};
        for (const SourceInfo &each : m_document->catalogue().sources()) {
            if (!each.kind.isEmpty() && !kinds.contains(each.kind))
                kinds.append(each.kind);
        }
        m_kind->addItems(kinds);
    }
    if (!source) {
        for (QLineEdit *line : {m_title, m_publisher, m_date})
            line->clear();
        m_basis->clear();
        m_kind->setEditText(QString());
        m_file->clear();
        m_origin->clear();
        m_dateInfo->clear();
        m_apply->setEnabled(false);
        return;
    }
    m_title->setText(source->title);
    m_publisher->setText(source->publisher);
    m_kind->setEditText(source->kind);
    m_date->setText(CatalogueWriter::dateText(source->date));
    m_approximate->setChecked(source->date.isApproximate());
    m_basis->setPlainText(source->basis);
    m_file->setText(source->file);
    m_origin->setText(originText(*source));
    updateDateInfo();
}

QString SourcesDialog::originText(const SourceInfo &source)
{
    if (!source.isAddedDocument())
        return {};
    QString text = tr("Extracted from %1 (%2), added on %3.")
                       .arg(source.originalFile, source.format,
                            source.added.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                         .toString(source.added, u"d MMMM yyyy"_s)
                                                   : tr("an unknown day"));
    for (const QString &note : source.notes)
        text += u'\n' + note;
    return text;
}

bool SourcesDialog::selectSource(const QString &sourceId)
{
    for (int row = 0; row < m_sources->count(); ++row) {
        if (m_sources->item(row)->data(Qt::UserRole).toString() == sourceId) {
            m_sources->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void SourcesDialog::refresh()
{
    m_readOnlyNote->setVisible(m_document->isReadOnly());
    const QList<SourceInfo> &sources = m_document->catalogue().sources();
    {
        const QSignalBlocker blocker(m_sources);
        m_sources->clear();
        for (const SourceInfo &source : sources) {
            auto *item =
                new QListWidgetItem(source.title.isEmpty() ? source.id : source.title, m_sources);
            item->setData(Qt::UserRole, source.id);
            item->setToolTip(source.citation());
            if (source.id == m_id)
                m_sources->setCurrentItem(item);
        }
        if (!m_sources->currentItem() && m_sources->count() > 0) {
            m_sources->setCurrentRow(0);
            m_id = sources.constFirst().id;
        } else if (m_sources->count() == 0) {
            m_id.clear();
        }
    }
    revert(); // the source as it now is: an undo in the window shows here
}

void SourcesDialog::updateDateInfo()
{
    QString error;
    const EventDate date = draftDate(&error);
    m_dateInfo->setText(date.isValid() ? EventEditor::periodText(date) : error);
    m_dateInfo->setProperty("invalid", !date.isValid());
    m_apply->setEnabled(!m_document->isReadOnly() && currentSource() && date.isValid());
}

bool SourcesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_basis && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            apply();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isDirty()) {
            revert();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SourcesDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        apply();
        event->accept();
        return;
    case Qt::Key_Escape:
        // Esc puts back what was typed; with nothing typed it closes, as dialogs do.
        if (isDirty()) {
            revert();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}
