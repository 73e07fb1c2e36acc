#include "sourcepane.h"

#include "catalogue.h"
#include "passageview.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // catalogue text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString precisionText(const EventDate &date)
{
    QString precision;
    switch (date.precision()) {
    case EventDate::Precision::Day:
        precision = SourcePane::tr("known to the day");
        break;
    case EventDate::Precision::Month:
        precision = SourcePane::tr("known to the month");
        break;
    case EventDate::Precision::Quarter:
        precision = SourcePane::tr("known to the quarter");
        break;
    case EventDate::Precision::Season:
        precision = SourcePane::tr("known to the season");
        break;
    case EventDate::Precision::Year:
        precision = SourcePane::tr("known to the year");
        break;
    case EventDate::Precision::FinancialYear:
        precision = SourcePane::tr("known to the financial year");
        break;
    case EventDate::Precision::Range:
        precision = SourcePane::tr("a period");
        break;
    case EventDate::Precision::By:
    case EventDate::Precision::Before:
    case EventDate::Precision::After:
        precision = SourcePane::tr("the source does not say when");
        break;
    }
    if (date.isApproximate())
        precision += SourcePane::tr(", approximate");
    return precision;
}

// One actor a line, with the role the sources give them: who did it matters as much as what.
QString actorLines(const Catalogue &catalogue, const QStringList &ids)
{
    QStringList lines;
    for (const QString &id : ids) {
        const Actor *actor = catalogue.actor(id);
        if (!actor)
            lines.append(id);
        else if (actor->role.isEmpty())
            lines.append(actor->name);
        else
            lines.append(SourcePane::tr("%1 (%2)").arg(actor->name, actor->role));
    }
    return lines.isEmpty() ? SourcePane::tr("None recorded") : lines.join(u'\n');
}

QString tagList(const Catalogue &catalogue, const QStringList &ids)
{
    QStringList tags;
    for (const QString &id : ids) {
        const Tag *tag = catalogue.tag(id);
        tags.append(tag ? tag->name : id);
    }
    return tags.isEmpty() ? SourcePane::tr("None") : tags.join(u" \u00b7 "_s);
}

// One line per figure the event gives, as written, with what it measures and its period:
// "£399m: LLR health and care funding gap (2020/21)". The chart shows the same figures.
QString figureLines(const Catalogue &catalogue, const QString &eventId)
{
    QStringList lines;
    for (const Figure &figure : catalogue.figuresOfEvent(eventId)) {
        QString line = SourcePane::tr("%1: %2").arg(figure.written, figure.label);
        if (figure.period.isValid())
            line += SourcePane::tr(" (%1)").arg(figure.period.label());
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace

SourcePane::SourcePane(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Source pane"));
    setAccessibleDescription(
        tr("The selected event and the passages of the sources that report it"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(m_scroll);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    m_hint = new QLabel(tr("Select an event on the timeline or in the list to see what the "
                           "sources say about it."),
                        content);
    m_hint->setObjectName(u"sourceHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_details = new QWidget(content);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(10);

    m_title = plainLabel(m_details, u"sourceTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    details->addWidget(m_title);

    // A grid rather than a QFormLayout: it gives wrapped values the height they wrap to,
    // where the form cut a long date basis after its first line.
    m_fields = new QGridLayout;
    m_fields->setColumnStretch(1, 1);
    m_date = plainLabel(m_details, u"sourceDate"_s);
    m_basis = plainLabel(m_details, u"sourceDateBasis"_s);
    m_status = plainLabel(m_details, u"sourceStatus"_s);
    m_lane = plainLabel(m_details, u"sourceLane"_s);
    m_actors = plainLabel(m_details, u"sourceActors"_s);
    m_tags = plainLabel(m_details, u"sourceTags"_s);
    m_figures = plainLabel(m_details, u"sourceFigures"_s);
    const std::pair<QString, QLabel *> rows[] = {
        {tr("Date:"), m_date},     {tr("Date basis:"), m_basis}, {tr("Status:"), m_status},
        {tr("Lane:"), m_lane},     {tr("Actors:"), m_actors},    {tr("Tags:"), m_tags},
        {tr("Figures:"), m_figures}};
    for (int row = 0; row < int(std::size(rows)); ++row) {
        auto *caption = new QLabel(rows[row].first, m_details);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        caption->setBuddy(rows[row].second);
        m_fields->addWidget(caption, row, 0, Qt::AlignTop);
        m_fields->addWidget(rows[row].second, row, 1);
        if (rows[row].second == m_basis)
            m_basisCaption = caption;
        if (rows[row].second == m_figures)
            m_figuresCaption = caption;
    }
    details->addLayout(m_fields);

    m_summary = plainLabel(m_details, u"sourceSummary"_s);
    details->addWidget(m_summary);

    m_sourcesHeading = new QLabel(m_details);
    m_sourcesHeading->setObjectName(u"sourcesHeading"_s);
    m_sourcesHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_sourcesHeading->font();
    headingFont.setBold(true);
    m_sourcesHeading->setFont(headingFont);
    details->addSpacing(4);
    details->addWidget(m_sourcesHeading);

    m_excerpts = new QVBoxLayout;
    m_excerpts->setSpacing(10);
    details->addLayout(m_excerpts);

    layout->addWidget(m_details);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    setEvent(-1);
}

void SourcePane::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    m_event = -2; // force a rebuild even for the same index
    setEvent(-1);
}

void SourcePane::setEvent(int eventIndex)
{
    if (!m_catalogue || eventIndex < 0 || eventIndex >= m_catalogue->events().size())
        eventIndex = -1;
    if (eventIndex == m_event)
        return;
    m_event = eventIndex;
    clearExcerpts();

    m_hint->setVisible(eventIndex < 0);
    m_details->setVisible(eventIndex >= 0);
    if (eventIndex < 0)
        return;

    const TimelineEvent &event = m_catalogue->events().at(eventIndex);
    m_title->setText(event.title);
    // An open-ended date is worded in full ("by about March 2016 — the report does not say
    // when"); the others name how precisely they are known.
    m_date->setText(event.date.isOpenEnded()
                        ? event.date.described()
                        : tr("%1 (%2)").arg(event.date.label(), precisionText(event.date)));
    m_basis->setText(event.dateBasis());
    m_basis->setVisible(!event.dateBasis().isEmpty());
    m_basisCaption->setVisible(!event.dateBasis().isEmpty());
    m_status->setText(event.isPlanned() ? tr("Planned: announced before it was due to happen")
                                        : tr("Reported as having happened"));
    const Lane *lane = m_catalogue->lane(event.laneId);
    m_lane->setText(lane ? lane->name : event.laneId);
    m_actors->setText(actorLines(*m_catalogue, event.actorIds()));
    m_tags->setText(tagList(*m_catalogue, event.tagIds()));
    m_figures->setText(figureLines(*m_catalogue, event.id));
    m_figures->setVisible(!m_figures->text().isEmpty());
    m_figuresCaption->setVisible(!m_figures->text().isEmpty());
    m_summary->setText(event.summary());
    m_summary->setVisible(!event.summary().isEmpty());

    m_sourcesHeading->setText(event.sources().isEmpty()
                                  ? tr("No source passage is linked to this event.")
                                  : tr("What the sources say (%1)").arg(event.sources().size()));
    for (int i = 0; i < event.sources().size(); ++i) {
        const SourceLink &link = event.sources().at(i);
        m_excerpts->addWidget(
            createExcerptCard(i + 1, link.sourceId, link.start, link.end, link.excerpt));
    }
    m_scroll->verticalScrollBar()->setValue(0);
}

void SourcePane::setSearchText(const QString &text)
{
    m_searchText = text;
    for (PassageView *view : std::as_const(m_passages))
        view->setSearchText(text);
}

void SourcePane::clearExcerpts()
{
    while (QLayoutItem *item = m_excerpts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_passages.clear();
    m_showButtons.clear();
}

QWidget *SourcePane::createExcerptCard(int number, const QString &sourceId, qsizetype start,
                                       qsizetype end, const QString &excerpt)
{
    auto *card = new QFrame;
    card->setObjectName(u"excerptCard%1"_s.arg(number));
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    auto *passage = new PassageView(excerpt, card);
    passage->setObjectName(u"excerpt%1"_s.arg(number));
    passage->setAccessibleName(tr("Excerpt %1").arg(number));
    passage->setSearchText(m_searchText);
    layout->addWidget(passage);
    m_passages.append(passage);

    const SourceInfo *source = m_catalogue->source(sourceId);
    auto *citation = plainLabel(card, u"citation%1"_s.arg(number));
    citation->setText(source ? source->citation() : sourceId);
    citation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(citation);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *show = new QPushButton(tr("Show in document"), card);
    show->setObjectName(u"showInDocument%1"_s.arg(number));
    show->setAccessibleName(tr("Show excerpt %1 in its document").arg(number));
    show->setEnabled(m_catalogue->document(sourceId) != nullptr);
    if (!show->isEnabled())
        show->setToolTip(tr("The text of this source is not available."));
    connect(show, &QPushButton::clicked, this,
            [this, sourceId, start, end] { emit showInDocument(sourceId, start, end); });
    buttons->addWidget(show);
    layout->addLayout(buttons);
    m_showButtons.append(show);
    return card;
}
