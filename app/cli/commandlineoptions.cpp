#include "commandlineoptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

// Options QGuiApplication and QApplication take for themselves. Declared (and hidden) so
// the command line can be checked before the application object exists to strip them.
QList<QCommandLineOption> qtOptions()
{
    QList<QCommandLineOption> options;
    for (const QString &name :
         {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
          u"qmljsdebugger"_s, u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s,
          u"session"_s, u"display"_s, u"geometry"_s, u"style"_s, u"stylesheet"_s}) {
        options.append(QCommandLineOption(name, QString(), u"value"_s));
    }
    for (const QString &name :
         {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s})
        options.append(QCommandLineOption(name));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

} // namespace

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments,
                                             const QList<QCommandLineOption> &extraOptions)
{
    QCommandLineParser parser;
    // Qt's own options are single-dash words (-platform, -style), so no bundled short options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Dated, sourced timelines of local health and care policy.\n"
           "Without an action, opens the timeline window on CATALOGUE."));
    // Not addHelpOption(): its --help-all promises Qt's own options, which only
    // QCommandLineParser::showHelp() lists, and that exits the process.
    QList<QCommandLineOption> declared{
        QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help and exit.")),
        QCommandLineOption({u"v"_s, u"version"_s}, tr("Show the version and exit."))};
    for (const QCommandLineOption &option : std::as_const(declared))
        parser.addOption(option);
    parser.addPositionalArgument(
        u"CATALOGUE"_s,
        tr("A catalogue JSON file or an event list (CSV or JSON). Without one, the "
           "built-in story."),
        u"[CATALOGUE]"_s);

    QSet<QString> names;
    for (const QCommandLineOption &option : std::as_const(declared)) {
        for (const QString &name : option.names())
            names.insert(name);
    }
    auto declare = [&](const QCommandLineOption &option) {
        for (const QString &name : option.names()) {
            if (names.contains(name))
                return;
        }
        for (const QString &name : option.names())
            names.insert(name);
        parser.addOption(option);
        declared.append(option);
    };
    for (const QCommandLineOption &option : extraOptions)
        declare(option);
    for (const QCommandLineOption &option : qtOptions())
        declare(option);

    CommandLineOptions result;
    if (!parser.parse(arguments)) {
        result.m_error = parser.errorText();
        return result;
    }
    for (const QCommandLineOption &option : std::as_const(declared)) {
        const QStringList optionNames = option.names();
        const bool set = parser.isSet(optionNames.constFirst());
        const QStringList values = parser.values(optionNames.constFirst());
        for (const QString &name : optionNames) {
            if (set)
                result.m_set.insert(name);
            result.m_values.insert(name, values);
        }
    }
    result.m_positional = parser.positionalArguments();
    if (result.helpRequested())
        result.m_helpText = parser.helpText();
    return result;
}

CommandLineOptions CommandLineOptions::withError(const QString &error) const
{
    CommandLineOptions result = *this;
    result.m_error = error;
    return result;
}

QString CommandLineOptions::value(const QString &name) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? QString() : all.constLast();
}

QStringList CommandLineOptions::values(const QString &name) const
{
    return m_values.value(name);
}
