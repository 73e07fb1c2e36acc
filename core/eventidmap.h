#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Event ids mapped to an int (a position in a list, a line), for lists of a million events.
// Ids that are whole numbers in ascending order, bare or after a common prefix (1, 2, 3 … or
// "ev-1", "ev-2" …, as generators, spreadsheets and exports number their events), are kept as
// runs of consecutive numbers with consecutive values, found by binary search: a list
// numbered 1 to N in order is a single run, where a hash of its ids would cost more than the
// rest of reading it. Other ids, and numbers out of order, are hashed. Copies share their
// data, as Qt's containers do.
class EventIdMap
{
public:
    void clear();

    // Adds id with value, unless id is there already: then returns the value it has.
    std::optional<int> insert(const QString &id, int value);
    // Sets the value of id, whether it is there or not.
    void assign(const QString &id, int value);
    // Adds delta to every value in [low, high], as when the events between two places of a
    // list shift by one: a run of ids is cut where the range begins and ends, not made into
    // one exception per id. Returns false, changing nothing, when most ids are hashed anyway
    // (then an assign() per id costs less than a pass over the hash).
    bool shiftValues(int low, int high, int delta);
    // The value of id, or fallback when id is not there.
    int value(const QString &id, int fallback = -1) const;

    // A whole number written in the one way a number is written (no sign, spaces or leading
    // zero, at most 18 digits), or -1: "7" and "007" are different ids.
    static qint64 number(QStringView id);

private:
    // An id as the text before its number and the number: "ev-12" is ("ev-", 12); an id
    // that does not end in a number so written has none (-1).
    struct Key
    {
        QStringView prefix;
        qint64 number = -1;
    };
    static Key keyOf(QStringView id);

    // prefix + first … prefix + (first + count - 1) mapped to value … value + count - 1.
    struct Run
    {
        QString prefix; // the text before the numbers
        qint64 first;
        int value;
        int count;

        qint64 last() const { return first + count - 1; }
    };
    // Whether key comes after every id of the run.
    static bool after(const Key &key, const Run &run);
    // The run holding key, or nullptr.
    const Run *runOf(const Key &key) const;

    QList<Run> m_runs; // ascending by prefix, then number; apart
    // Every other id; also new values for ids in m_runs, which take precedence. Ids here that
    // have a number were not after the last run when they were added.
    QHash<QString, int> m_others;
};
