#pragma once

#include <QString>

// A theme events can be filtered by ("governance", "money").
struct Tag
{
    QString id;
    QString name;
};
