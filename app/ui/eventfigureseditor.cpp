#include "eventfigureseditor.h"

#include "figuredialog.h"
#include "figurereports.h"
#include "timelinedocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// "llr-funding-gap" from "LLR funding gap"; "figure" when nothing is left.
QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? u"figure"_s : s.left(48);
}

// base, or base-2, base-3… the first that taken does not hold.
QString unique(const QString &base, const std::function<bool(const QString &)> &taken)
{
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

} // namespace

EventFiguresEditor::EventFiguresEditor(TimelineDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"eventFigures"_s);
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(110);
    m_list->setToolTip(tr("Double-click a figure to change it."));
    m_list->installEventFilter(this);
    m_add = new QPushButton(tr("Add &Figure\u2026"), this);
    m_add->setObjectName(u"addFigure"_s);
    m_change = new QPushButton(tr("C&hange\u2026"), this);
    m_change->setObjectName(u"changeFigure"_s);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(u"removeFigure"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &EventFiguresEditor::addFigure);
    connect(m_change, &QPushButton::clicked, this,
            [this] { changeFigure(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeFigure(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { changeFigure(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &EventFiguresEditor::updateButtons);
    connect(m_document, &TimelineDocument::changed, this, &EventFiguresEditor::followDocument);
    fill();
}

void EventFiguresEditor::setEvent(const QString &id)
{
    m_id = id;
    fill();
}

void EventFiguresEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void EventFiguresEditor::fill()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_listed.clear();
    const Catalogue &catalogue = m_document->catalogue();
    if (catalogue.event(m_id)) {
        const QList<Figure> &figures = catalogue.figures();
        for (int i = 0; i < figures.size(); ++i) {
            const Figure &f = figures.at(i);
            if (f.eventId != m_id)
                continue;
            QString text = FigureAmount::format(f.amount) + u" \u2014 "_s + f.label;
            if (f.period.isValid())
                text += u" ("_s + f.period.label() + u')';
            auto *item = new QListWidgetItem(text, m_list);
            item->setToolTip(tr("As written: %1\n%2")
                                 .arg(f.written, FigureReports::citation(catalogue, f)));
            m_listed.append(i);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    updateButtons();
}

void EventFiguresEditor::updateButtons()
{
    const bool editable = !m_readOnly && m_document->catalogue().event(m_id);
    const bool chosen = editable && m_list->currentRow() >= 0;
    m_add->setEnabled(editable);
    m_change->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void EventFiguresEditor::followDocument(const CatalogueChange &change)
{
    using What = CatalogueChange::What;
    if (change.what == What::Reset || change.what == What::Figures ||
        change.what == What::Sources || (change.isEventChange() && change.ids.contains(m_id))) {
        if (!m_document->catalogue().event(m_id))
            m_id.clear();
        fill();
    }
}

std::optional<Figure> EventFiguresEditor::ask(const Figure *existing)
{
    FigureDialog dialog(m_document->catalogue(), m_id, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.figure();
}

Figure EventFiguresEditor::keyed(Figure figure, const QString &keepId) const
{
    const QList<Figure> &figures = m_document->catalogue().figures();
    if (figure.measure.isEmpty()) {
        figure.measure = unique(slug(figure.label), [&](const QString &key) {
            return std::any_of(figures.cbegin(), figures.cend(),
                               [&](const Figure &f) { return f.measure == key; });
        });
    }
    figure.id = keepId;
    if (figure.id.isEmpty()) {
        figure.id = unique(slug(figure.eventId + u' ' + figure.written), [&](const QString &id) {
            return std::any_of(figures.cbegin(), figures.cend(),
                               [&](const Figure &f) { return f.id == id; });
        });
    }
    return figure;
}

void EventFiguresEditor::addFigure()
{
    if (m_readOnly || !m_document->catalogue().event(m_id))
        return;
    const std::optional<Figure> chosen = ask(nullptr);
    if (!chosen)
        return;
    const Figure figure = keyed(*chosen, {});
    QList<Figure> figures = m_document->catalogue().figures();
    figures.append(figure);
    m_document->setFigures(figures, tr("Add Figure \u201C%1\u201D").arg(figure.written));
    m_list->setCurrentRow(m_list->count() - 1);
}

void EventFiguresEditor::changeFigure(int row)
{
    if (m_readOnly || row < 0 || row >= m_listed.size())
        return;
    const int index = m_listed.at(row);
    const Figure before = m_document->catalogue().figures().at(index);
    const std::optional<Figure> chosen = ask(&before);
    if (!chosen)
        return;
    const Figure after = keyed(*chosen, before.id);
    if (after.written == before.written && after.measure == before.measure &&
        after.label == before.label && after.period == before.period &&
        after.amount == before.amount)
        return;
    QList<Figure> figures = m_document->catalogue().figures();
    figures[index] = after;
    m_document->setFigures(figures, tr("Change Figure \u201C%1\u201D").arg(after.written));
}

void EventFiguresEditor::removeFigure(int row)
{
    if (m_readOnly || row < 0 || row >= m_listed.size())
        return;
    QList<Figure> figures = m_document->catalogue().figures();
    const Figure removed = figures.takeAt(m_listed.at(row));
    m_document->setFigures(figures, tr("Remove Figure \u201C%1\u201D").arg(removed.written));
}

bool EventFiguresEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the list removes a figure, not the event (the window's Delete).
    if (watched == m_list && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && !m_readOnly && m_list->currentRow() >= 0) {
            event->accept();
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && !m_readOnly) {
            removeFigure(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
