#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// Event ids mapped to an int (a position in a list, a line), for lists of 100,000 events.
// Ids that are whole numbers in ascending order (1, 2, 3 …, as generators and exports number
// their events) are kept in a sorted list and found by binary search: hashing them would cost
// more than the rest of reading such a list. Other ids, and numbers out of order, are hashed.
// Copies share their data, as Qt's containers do.
class EventIdMap
{
public:
    void reserve(qsizetype count) { m_numbers.reserve(count); }

    // Adds id with value: returns {where the value is kept, true}. When id is there already,
    // returns {where its value is kept, false}. The pointer is valid until the next insert.
    std::pair<int *, bool> insert(const QString &id, int value);
    // The value of id, or fallback when id is not there.
    int value(const QString &id, int fallback = -1) const;

    // A whole number written in the one way a number is written (no sign, spaces or leading
    // zero, at most 18 digits), or -1: "7" and "007" are different ids.
    static qint64 number(QStringView id);

private:
    struct Numbered
    {
        qint64 number;
        int value;
    };
    // The entry for n in m_numbers, or -1.
    qsizetype findNumber(qint64 n) const;

    QList<Numbered> m_numbers;    // strictly ascending
    QHash<QString, int> m_others; // never a number that m_numbers holds
};
