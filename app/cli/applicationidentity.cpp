#include "applicationidentity.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

QString ApplicationIdentity::name()
{
    return u"civic-timeline"_s;
}

QString ApplicationIdentity::displayName()
{
    return tr("Civic Timeline");
}

QString ApplicationIdentity::organisation()
{
    return u"CivicTimeline"_s;
}

QString ApplicationIdentity::version()
{
    return QStringLiteral(CIVIC_VERSION);
}

void ApplicationIdentity::apply()
{
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationName(organisation());
    // A static setter: it only stores the name, so headless runs need no display for it.
    QGuiApplication::setApplicationDisplayName(displayName());
}
