#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// What the program says about itself in Help > About. The version is CIVIC_VERSION, the
// CMake project version, the same one --version prints and the package and metainfo carry.
struct AppInfo
{
    Q_DECLARE_TR_FUNCTIONS(AppInfo)

public:
    QString name;          // "Civic Timeline"
    QString version;       // "0.1.0"
    QString applicationId; // reverse-DNS id: desktop file, icon and metainfo names
    QString description;   // one paragraph, translated
    QString homepage;      // https URL
    QString licenseId;     // SPDX identifier, "GPL-3.0-or-later"
    QString licenseText;   // the full licence; empty when it is not compiled in
    QIcon icon;

    // This build: compiled-in version and homepage, the licence from ":/LICENSE", the icon
    // from the icon theme with the compiled-in SVG as fallback.
    static AppInfo current();

    static QString applicationIdString()
    {
        return QStringLiteral("org.civictimeline.CivicTimeline");
    }
};
