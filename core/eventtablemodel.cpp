#include "eventtablemodel.h"

#include "catalogue.h"
#include "cataloguechange.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace {

// "NHS England, Leicester City Council": names looked up through the catalogue's index,
// falling back to the id for anything the catalogue does not know.
template <typename Item>
QString joinNames(const Catalogue &catalogue, const QStringList &ids,
                  const Item *(Catalogue::*lookup)(const QString &) const)
{
    QString names;
    for (const QString &id : ids) {
        if (!names.isEmpty())
            names += u", "_s;
        const Item *item = (catalogue.*lookup)(id);
        names += item ? item->name : id;
    }
    return names;
}

} // namespace

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTableModel::setCatalogue(const Catalogue *catalogue)
{
    beginResetModel();
    m_catalogue = catalogue;
    endResetModel();
}

bool EventTableModel::followChange(const CatalogueChange &change)
{
    if (!m_catalogue || change.what != CatalogueChange::What::EventsChanged ||
        change.moves.size() != 1)
        return false;
    const int from = change.moves.constFirst().from, to = change.moves.constFirst().to;
    const int rows = rowCount();
    if (from < 0 || to < 0 || from >= rows || to >= rows)
        return false;
    if (from == to) {
        emit dataChanged(index(from, 0), index(from, ColumnCount - 1));
        return true;
    }
    // The catalogue has already moved it; only the row is told (no data is read between).
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    endMoveRows();
    return true;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_catalogue)
        return 0;
    return int(m_catalogue->events().size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_catalogue || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const TimelineEvent &event = m_catalogue->events().at(row);

    switch (role) {
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return event.date.label();
        case TitleColumn:
            return event.title;
        case LaneColumn:
            return event.laneId;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return event.date.phrase(); // EditRole gives the label, which parses back
        case TitleColumn:
            return event.title;
        case LaneColumn: {
            const Lane *lane = m_catalogue->lane(event.laneId);
            return lane ? lane->name : event.laneId;
        }
        case ActorsColumn:
            return joinNames(*m_catalogue, event.actorIds(), &Catalogue::actor);
        case TagsColumn:
            return joinNames(*m_catalogue, event.tagIds(), &Catalogue::tag);
        case SourcesColumn:
            return int(event.sources().size());
        }
        return {};
    case Qt::ToolTipRole:
        return event.summary().isEmpty() ? event.title : event.summary();
    case Qt::TextAlignmentRole:
        if (index.column() == SourcesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            // Catalogue order is already chronological with a stable tie-break.
            return row;
        case LaneColumn:
            return m_catalogue->laneIndex(event.laneId);
        case SourcesColumn:
            return int(event.sources().size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case EventIndexRole:
        return row;
    case IdRole:
        return event.id;
    case FirstDayRole:
        return event.date.first();
    case LastDayRole:
        return event.date.last();
    case LaneIdRole:
        return event.laneId;
    case ActorIdsRole:
        return event.actorIds();
    case TagIdsRole:
        return event.tagIds();
    case SummaryRole:
        return event.summary();
    case ExcerptsRole: {
        QStringList excerpts;
        excerpts.reserve(event.sources().size());
        for (const SourceLink &link : event.sources())
            excerpts.append(link.excerpt);
        return excerpts;
    }
    case PlannedRole:
        return event.isPlanned();
    case ApproximateRole:
        return event.date.isApproximate();
    case PrecisionRole:
        return event.date.precisionName();
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case LaneColumn:
        return tr("Lane");
    case ActorsColumn:
        return tr("Actors");
    case TagsColumn:
        return tr("Tags");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIndexRole, "eventIndex");
    names.insert(IdRole, "id");
    names.insert(FirstDayRole, "firstDay");
    names.insert(LastDayRole, "lastDay");
    names.insert(LaneIdRole, "laneId");
    names.insert(ActorIdsRole, "actorIds");
    names.insert(TagIdsRole, "tagIds");
    names.insert(SummaryRole, "summary");
    names.insert(ExcerptsRole, "excerpts");
    names.insert(PlannedRole, "planned");
    names.insert(ApproximateRole, "approximate");
    names.insert(PrecisionRole, "precision");
    names.insert(SortRole, "sortKey");
    return names;
}

void EventTableModel::setEditHandler(EditHandler handler)
{
    m_editHandler = std::move(handler);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {});
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (m_editHandler && index.isValid() &&
        (column == DateColumn || column == TitleColumn || column == LaneColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EventTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editHandler || !m_catalogue ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (value == data(index, Qt::EditRole))
        return false; // nothing changed: no command
    // The handler changes the catalogue through its owner, which resets or updates this model.
    return m_editHandler(m_catalogue->events().at(index.row()).id, Column(index.column()), value);
}
