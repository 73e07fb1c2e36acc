#include "aboutdialog.h"
#include "appinfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

SourceInfo source(const QString &title, const QString &publisher, const QString &date,
                  const QStringList &authors = {})
{
    SourceInfo info;
    info.id = title.toLower().replace(u' ', u'-');
    info.title = title;
    info.publisher = publisher;
    info.kind = u"news-report"_s;
    info.authors = authors;
    info.date = EventDate::parse(date);
    return info;
}

AppInfo testApp(const QString &version = u"1.2.3"_s)
{
    AppInfo app;
    app.name = u"Civic Timeline"_s;
    app.version = version;
    app.applicationId = AppInfo::applicationIdString();
    app.description = u"Shows how policy unfolded."_s;
    app.homepage = u"https://example.org/civic-timeline"_s;
    app.licenseId = u"GPL-3.0-or-later"_s;
    app.licenseText = u"GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n"_s;
    return app;
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsNameAndVersion_data();
    void showsNameAndVersion();
    void listsEachCitation_data();
    void listsEachCitation();
    void saysCopyrightStaysWithPublishers();
    void showsTheLicence();
    void linksToTheLicenceWhenTextMissing();
    void widgetsHaveAccessibleNames();
    void closeButtonCloses();
    void currentIsThisBuild();
};

void TestAboutDialog::showsNameAndVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("release") << u"0.1.0"_s;
    QTest::newRow("pre-release") << u"2.0.0-rc1"_s;
}

void TestAboutDialog::showsNameAndVersion()
{
    QFETCH(QString, version);
    AboutDialog dialog(testApp(version), {});
    const auto *name = dialog.findChild<QLabel *>(u"nameLabel"_s);
    const auto *versionLabel = dialog.findChild<QLabel *>(u"versionLabel"_s);
    QVERIFY(name);
    QVERIFY(versionLabel);
    QCOMPARE(name->text(), u"Civic Timeline"_s);
    QVERIFY2(versionLabel->text().contains(version), qPrintable(versionLabel->text()));
    QVERIFY(dialog.windowTitle().contains(u"Civic Timeline"_s));
}

void TestAboutDialog::listsEachCitation_data()
{
    QTest::addColumn<QList<SourceInfo>>("sources");
    QTest::newRow("none") << QList<SourceInfo>{};
    QTest::newRow("one") << QList<SourceInfo>{
        source(u"Council threatens to withdraw officers"_s, u"HSJ"_s, u"September 2017"_s)};
    QTest::newRow("several, with authors and markup characters") << QList<SourceInfo>{
        source(u"STPs & ACSs <are> doomed"_s, u"HSJ"_s, u"November 2017"_s, {u"John Sinnott"_s}),
        source(u"NHS Sustainability and Transformation Plan"_s, u"Leicestershire County Council"_s,
               u"10 April 2018"_s),
        source(u"Councils threaten to disengage"_s, u"HSJ"_s, u"c. March 2018"_s)};
}

void TestAboutDialog::listsEachCitation()
{
    QFETCH(QList<SourceInfo>, sources);
    AboutDialog dialog(testApp(), sources);
    dialog.showPage(AboutDialog::SourcesPage);
    const auto *browser = dialog.findChild<QTextBrowser *>(u"sourcesBrowser"_s);
    QVERIFY(browser);
    const QString shown = browser->toPlainText();
    for (const SourceInfo &info : std::as_const(sources)) {
        QVERIFY(info.date.isValid());
        QVERIFY2(shown.contains(info.citation()), qPrintable(info.citation()));
        for (const QString &author : info.authors)
            QVERIFY2(shown.contains(author), qPrintable(author));
    }
    if (sources.isEmpty())
        QVERIFY(shown.contains(u"No source documents"_s));
}

void TestAboutDialog::saysCopyrightStaysWithPublishers()
{
    AboutDialog dialog(testApp(), {source(u"A report"_s, u"HSJ"_s, u"2017"_s)});
    const auto *intro = dialog.findChild<QLabel *>(u"sourcesIntroLabel"_s);
    QVERIFY(intro);
    QVERIFY(intro->text().contains(u"Copyright"_s));
    QVERIFY(intro->text().contains(u"publisher"_s));
}

void TestAboutDialog::showsTheLicence()
{
    const AppInfo app = testApp();
    AboutDialog dialog(app, {});
    const auto *summary = dialog.findChild<QLabel *>(u"licenseSummaryLabel"_s);
    QVERIFY(summary);
    QVERIFY(summary->text().contains(u"GPL-3.0-or-later"_s));

    auto *tabs = dialog.findChild<QTabWidget *>(u"aboutTabs"_s);
    QVERIFY(tabs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Alt+L is the Licence tab's mnemonic.
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(AboutDialog::LicensePage));
    const auto *text = dialog.findChild<QPlainTextEdit *>(u"licenseText"_s);
    QVERIFY(text);
    QVERIFY(text->isVisible());
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), app.licenseText);
    QVERIFY(!dialog.findChild<QLabel *>(u"licenseLinkLabel"_s));
}

void TestAboutDialog::linksToTheLicenceWhenTextMissing()
{
    AppInfo app = testApp();
    app.licenseText.clear();
    AboutDialog dialog(app, {});
    QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"licenseText"_s));
    const auto *link = dialog.findChild<QLabel *>(u"licenseLinkLabel"_s);
    QVERIFY(link);
    QVERIFY(link->text().contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
    QVERIFY(link->openExternalLinks());
}

void TestAboutDialog::widgetsHaveAccessibleNames()
{
    AboutDialog dialog(testApp(), {});
    for (const QString &name : {u"aboutTabs"_s, u"sourcesBrowser"_s, u"licenseText"_s,
                                u"homepageLabel"_s, u"iconLabel"_s}) {
        const auto *widget = dialog.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
}

void TestAboutDialog::closeButtonCloses()
{
    AboutDialog dialog(testApp(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::currentIsThisBuild()
{
    const AppInfo app = AppInfo::current();
    QCOMPARE(app.version, QStringLiteral(CIVIC_VERSION));
    QCOMPARE(app.applicationId, u"org.civictimeline.CivicTimeline"_s);
    QCOMPARE(app.licenseId, u"GPL-3.0-or-later"_s);
    QVERIFY(app.homepage.startsWith(u"https://"_s));
    // The licence and the icon are compiled in.
    QVERIFY(app.licenseText.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(!app.icon.isNull());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
