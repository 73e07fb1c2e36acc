#pragma once

#include <QCoreApplication>
#include <QString>

// Name, version and organisation of the program, set in one place for every kind of run
// (settings paths, --version, window titles).
class ApplicationIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationIdentity)

public:
    static QString name();         // "civic-timeline"
    static QString displayName();  // "Civic Timeline"
    static QString organisation(); // "CivicTimeline"
    static QString version();      // from the CMake project version

    // Sets them on the application; call before constructing the application object.
    static void apply();
};
