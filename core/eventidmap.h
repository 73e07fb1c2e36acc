#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Event ids mapped to an int (a position in a list, a line), for lists of 100,000 events.
// Ids that are whole numbers in ascending order (1, 2, 3 …, as generators and exports number
// their events) are kept as runs of consecutive numbers with consecutive values, found by
// binary search: a list numbered 1 to N in order is a single run, where a hash of its ids
// would cost more than the rest of reading it. Other ids, and numbers out of order, are
// hashed. Copies share their data, as Qt's containers do.
class EventIdMap
{
public:
    void clear();

    // Adds id with value, unless id is there already: then returns the value it has.
    std::optional<int> insert(const QString &id, int value);
    // Sets the value of id, whether it is there or not.
    void assign(const QString &id, int value);
    // The value of id, or fallback when id is not there.
    int value(const QString &id, int fallback = -1) const;

    // A whole number written in the one way a number is written (no sign, spaces or leading
    // zero, at most 18 digits), or -1: "7" and "007" are different ids.
    static qint64 number(QStringView id);

private:
    // The numbers first … first + count - 1 mapped to value … value + count - 1.
    struct Run
    {
        qint64 first;
        int value;
        int count;

        qint64 last() const { return first + count - 1; }
    };
    // The run holding n, or nullptr.
    const Run *runOf(qint64 n) const;

    QList<Run> m_runs; // ascending, apart
    // Every other id; also new values for numbers in m_runs, which take precedence. Numbers
    // here were not above the last run when they were added.
    QHash<QString, int> m_others;
};
