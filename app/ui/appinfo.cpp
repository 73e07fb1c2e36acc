#include "appinfo.h"

#include <QFile>

AppInfo AppInfo::current()
{
    AppInfo info;
    info.name = tr("Civic Timeline");
    info.version = QStringLiteral(CIVIC_VERSION);
    info.applicationId = applicationIdString();
    info.description =
        tr("Civic Timeline shows how local health and care policy unfolded. Every event has a "
           "date, as precise as the evidence allows, and the quoted passages of the documents "
           "that support it, so that each claim can be checked against its source.");
    info.homepage = QStringLiteral(CIVIC_HOMEPAGE_URL);
    info.licenseId = QStringLiteral("GPL-3.0-or-later");

    QFile license(QStringLiteral(":/LICENSE"));
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        info.licenseText = QString::fromUtf8(license.readAll());

    const QString iconResource =
        QLatin1String(":/resources/icons/") + info.applicationId + QLatin1String(".svg");
    info.icon = QIcon::fromTheme(info.applicationId, QIcon(iconResource));
    return info;
}
