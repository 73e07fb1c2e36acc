#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

// The ids of an event list's rows and where each was first used, to report repeats. Lists
// that number their events in order (1, 2, 3 …, as generators and exports do) are checked by
// comparing with the last number: a hash of 100,000 ids costs more than the rest of reading
// them. Other ids, and numbers out of order, go into a hash.
class EventIdSet
{
public:
    void reserve(qsizetype count) { m_numbers.reserve(size_t(count)); }

    // Adds id, first used at where. When id was added before, returns false and sets
    // *firstUse to where it was first used.
    bool insert(const QString &id, int where, int *firstUse);

    // A whole number written in the one way a number is written (no sign, spaces or leading
    // zero, at most 18 digits), or -1: "7" and "007" are different ids.
    static qint64 number(QStringView id);

private:
    struct Numbered
    {
        qint64 number;
        int where;
    };
    std::vector<Numbered> m_numbers; // strictly ascending
    QHash<QString, int> m_others;    // never a number that m_numbers holds
};
