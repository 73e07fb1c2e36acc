#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == "news-report"_L1)
        return AboutDialog::tr("News report");
    if (kind == "comment"_L1)
        return AboutDialog::tr("Comment");
    if (kind == "cabinet-report"_L1)
        return AboutDialog::tr("Council cabinet report");
    return kind;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const AppInfo &app, const QList<SourceInfo> &sources, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(app.name));
    setObjectName(u"aboutDialog"_s);

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"iconLabel"_s);
    if (!app.icon.isNull())
        iconLabel->setPixmap(app.icon.pixmap(64, 64));
    iconLabel->setVisible(!app.icon.isNull());
    iconLabel->setAccessibleName(tr("Application icon"));

    auto *nameLabel = new QLabel(app.name, this);
    nameLabel->setObjectName(u"nameLabel"_s);
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    nameLabel->setFont(nameFont);

    auto *versionLabel = new QLabel(tr("Version %1").arg(app.version), this);
    versionLabel->setObjectName(u"versionLabel"_s);
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *titles = new QVBoxLayout;
    titles->addWidget(nameLabel);
    titles->addWidget(versionLabel);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"aboutTabs"_s);
    m_tabs->setAccessibleName(tr("About %1").arg(app.name));
    m_tabs->addTab(createAboutPage(app), tr("&About"));
    m_tabs->addTab(createSourcesPage(sources), tr("&Sources"));
    m_tabs->addTab(createLicensePage(app), tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    resize(620, 520);
}

void AboutDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

QWidget *AboutDialog::createAboutPage(const AppInfo &app)
{
    auto *page = new QWidget;
    auto *description = wrappedLabel(app.description, page);
    description->setObjectName(u"descriptionLabel"_s);

    auto *homepage = wrappedLabel(
        u"<a href=\"%1\">%2</a>"_s.arg(app.homepage.toHtmlEscaped(), app.homepage.toHtmlEscaped()),
        page);
    homepage->setObjectName(u"homepageLabel"_s);
    homepage->setOpenExternalLinks(true);
    homepage->setAccessibleName(tr("Home page"));

    auto *license = wrappedLabel(
        tr("Free software under the GNU General Public License, version 3 or later (%1).")
            .arg(app.licenseId),
        page);
    license->setObjectName(u"licenseSummaryLabel"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(description);
    layout->addWidget(homepage);
    layout->addWidget(license);
    layout->addStretch();
    return page;
}

QWidget *AboutDialog::createSourcesPage(const QList<SourceInfo> &sources)
{
    auto *page = new QWidget;
    auto *intro = wrappedLabel(
        tr("The built-in story quotes these documents so that every claim can be checked "
           "against its source. Copyright in each document remains with its publisher; "
           "the program's licence does not apply to them."),
        page);
    intro->setObjectName(u"sourcesIntroLabel"_s);

    auto *browser = new QTextBrowser(page);
    browser->setObjectName(u"sourcesBrowser"_s);
    browser->setAccessibleName(tr("Sources of the built-in story"));
    browser->setOpenExternalLinks(true);

    QString html;
    if (sources.isEmpty()) {
        html = u"<p>"_s + tr("No source documents are built in.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html = u"<ol>"_s;
        for (const SourceInfo &source : sources) {
            html += u"<li><p>"_s + source.citation().toHtmlEscaped();
            QStringList details;
            if (!source.kind.isEmpty())
                details << kindLabel(source.kind);
            if (!source.authors.isEmpty())
                details << tr("by %1").arg(source.authors.join(u", "_s));
            if (!details.isEmpty())
                html += u"<br/><small>"_s + details.join(u"; "_s).toHtmlEscaped() + u"</small>"_s;
            html += u"</p></li>"_s;
        }
        html += u"</ol>"_s;
    }
    browser->setHtml(html);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(browser, 1);
    return page;
}

QWidget *AboutDialog::createLicensePage(const AppInfo &app)
{
    auto *page = new QWidget;
    auto *summary = wrappedLabel(
        tr("%1 is free software: you can redistribute it and/or modify it under the terms of "
           "the GNU General Public License as published by the Free Software Foundation, "
           "either version 3 of the License, or (at your option) any later version. It comes "
           "with ABSOLUTELY NO WARRANTY.")
            .arg(app.name),
        page);
    summary->setObjectName(u"licenseLabel"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(summary);
    if (app.licenseText.isEmpty()) {
        auto *link = wrappedLabel(tr("Read the licence at <a href=\"%1\">%1</a>.")
                                      .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s),
                                  page);
        link->setObjectName(u"licenseLinkLabel"_s);
        link->setOpenExternalLinks(true);
        layout->addWidget(link);
        layout->addStretch();
    } else {
        auto *text = new QPlainTextEdit(app.licenseText, page);
        text->setObjectName(u"licenseText"_s);
        text->setReadOnly(true);
        text->setAccessibleName(tr("Licence text"));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(text, 1);
    }
    return page;
}
