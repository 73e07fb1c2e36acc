#pragma once

#include <QString>

// An organisation or person the sources name, with their role as the sources give it.
struct Actor
{
    QString id;
    QString name;        // "NHS England", "Cllr Rory Palmer"
    QString kind;        // "organisation", "partnership", "board", "person"
    QString role;        // "Deputy City Mayor, Leicester City Council; chair of its HWB"
    QString affiliation; // id of the actor this one belongs to, if any
    QString place;       // "national", "LLR", "BLMK", or another area
};
