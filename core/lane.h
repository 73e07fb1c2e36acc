#pragma once

#include <QString>

// A horizontal band of the timeline: a sphere of action such as "LLR councils".
struct Lane
{
    QString id;
    QString name;
    QString description;
};
