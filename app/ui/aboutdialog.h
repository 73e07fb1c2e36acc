#pragma once

#include "appinfo.h"

#include <sourceinfo.h>

#include <QDialog>
#include <QList>

class QTabWidget;

// Help > About: name, version, what the program is for, its licence (summary and full
// text) and the source documents of the built-in story with their citations. It shows what
// it is given; it loads nothing itself.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const AppInfo &app, const QList<SourceInfo> &sources, QWidget *parent = nullptr);

    enum Page { AboutPage, SourcesPage, LicensePage };
    void showPage(Page page);

private:
    QWidget *createAboutPage(const AppInfo &app);
    QWidget *createSourcesPage(const QList<SourceInfo> &sources);
    QWidget *createLicensePage(const AppInfo &app);

    QTabWidget *m_tabs = nullptr;
};
