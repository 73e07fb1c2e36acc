#pragma once

#include <QList>
#include <QString>

// One thing wrong with an input file, located well enough for a person to fix it.
struct Problem
{
    QString file;    // as the user named it (or the resource path)
    int line = 0;    // 1-based; 0 when the problem is about the file as a whole
    int column = 0;  // 1-based; 0 when unknown
    QString message; // says what is wrong, and for quotes the closest near-match

    // "file:line:column: message" ("file:line: message" without a column, "file: message"
    // without a line), the form --check prints and editors jump to.
    QString toString() const
    {
        if (line <= 0)
            return file + QLatin1String(": ") + message;
        QString where = file + QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where + QLatin1String(": ") + message;
    }
};

using ProblemList = QList<Problem>;
