#pragma once

#include <QString>
#include <QStringList>

// A chosen, ordered subset of events to present step by step.
struct Story
{
    QString id;
    QString title;
    QStringList eventIds;
};
