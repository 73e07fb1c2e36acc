#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The parsed command line as a value: the options given and their values, the positional
// arguments and the help text, or a one-line message saying what is wrong with it.
// Declares the options every run shares (help, version, CATALOGUE, and the options Qt
// takes for itself such as -platform) and parses with QCommandLineParser.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    // arguments include the program name first, as QCoreApplication::arguments() does.
    // extraOptions are the actions' options; a name already declared is skipped.
    static CommandLineOptions parse(const QStringList &arguments,
                                    const QList<QCommandLineOption> &extraOptions = {});

    // The same options, marked wrong: for command lines that parse but make no sense.
    CommandLineOptions withError(const QString &error) const;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // one line, without the program name

    bool helpRequested() const { return isSet(QStringLiteral("help")); }
    bool versionRequested() const { return isSet(QStringLiteral("version")); }

    // Any of an option's names works ("h" and "help").
    bool isSet(const QString &name) const { return m_set.contains(name); }
    QString value(const QString &name) const; // the last value given, else the default
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const { return m_positional; }

    // Filled when help was requested (it names the program as invoked).
    QString helpText() const { return m_helpText; }

private:
    QString m_error;
    QSet<QString> m_set;                  // every name of every option given
    QHash<QString, QStringList> m_values; // by every name; the defaults when not given
    QStringList m_positional;
    QString m_helpText;
};
