#pragma once

#include "eventdate.h"

#include <QString>
#include <QStringView>

// A document's own date: the date in its heading, dateline or letter date when it has one;
// otherwise the period its relative mentions and cited dates allow, as wide as the evidence,
// with the basis written out ("after 14 November 2019, which it cites as past; …").
class DocumentDate
{
public:
    EventDate date; // invalid when the text gives no evidence
    QString basis;
    bool fromHeading = false;

    static DocumentDate find(QStringView text);
};
