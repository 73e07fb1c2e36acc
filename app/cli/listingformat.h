#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

class CommandLineOptions;

// The --format of the listings (--list-events, --list-figures, --find-dates): json or csv,
// read and checked in one place so that each says a wrong one the same way.
class ListingFormat
{
    Q_DECLARE_TR_FUNCTIONS(ListingFormat)
public:
    enum class Kind { Json, Csv };

    static const QString &optionName(); // "format"
    // The format asked for (json when none is); nullopt after saying on err what is wrong.
    static std::optional<Kind> read(const CommandLineOptions &options, QTextStream &err);
};
