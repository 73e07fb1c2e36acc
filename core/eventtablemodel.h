#pragma once

#include <QAbstractTableModel>

#include <functional>

class Catalogue;
struct CatalogueChange;

// The events of a catalogue as a table for the event list: one row per event, in the
// catalogue's chronological order, so row == index into Catalogue::events(). Custom roles
// give every field whatever the column, for views and the filter proxy.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TitleColumn,
        LaneColumn,
        ActorsColumn,
        TagsColumn,
        SourcesColumn,
        ColumnCount
    };

    enum Role {
        EventIndexRole = Qt::UserRole + 1, // int, index into Catalogue::events()
        IdRole,                            // QString
        FirstDayRole,                      // QDate
        LastDayRole,                       // QDate
        LaneIdRole,                        // QString
        ActorIdsRole,                      // QStringList
        TagIdsRole,                        // QStringList
        SummaryRole,                       // QString
        ExcerptsRole,                      // QStringList, one per linked passage
        PlannedRole,                       // bool
        ApproximateRole,                   // bool
        PrecisionRole, // QString: day, month, quarter, season, year, financial-year, range
        // Per column: the date column sorts chronologically (first day, then last day, then
        // catalogue order), lanes in the catalogue's lane order, sources by count, the
        // rest by their text.
        SortRole,
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // The catalogue must outlive the model or be replaced first; null shows nothing.
    // Always resets the model, even for the same pointer (its contents may have changed).
    void setCatalogue(const Catalogue *catalogue);
    const Catalogue *catalogue() const { return m_catalogue; }
    // After an edit of the catalogue in place: one event changed, and perhaps moved, is
    // told as that row changing or moving, so that views keep their place and their
    // selection without starting over. Returns false, doing nothing, for any other change;
    // then setCatalogue() is the way.
    bool followChange(const CatalogueChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Edits made in the list (title, date as its label, lane id) go to whoever owns the
    // catalogue: the model never changes it. The handler returns whether it took the value.
    // Without one the list is read-only.
    using EditHandler =
        std::function<bool(const QString &eventId, Column column, const QVariant &value)>;
    void setEditHandler(EditHandler handler);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    const Catalogue *m_catalogue = nullptr;
    EditHandler m_editHandler;
};
