#include "commandline.h"

#include "applicationidentity.h"
#include "exitcode.h"
#include "registeredactions.h"

#include <QTextStream>

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace {

QString dashed(const QCommandLineOption &option)
{
    return u"--"_s + option.names().constFirst();
}

bool isSet(const CommandLineOptions &options, const QCommandLineOption &option)
{
    return options.isSet(option.names().constFirst());
}

// An action's trigger that another requested action takes as its modifier ("--save-as" with
// "--import") asks for that other action, not for its own.
bool servesAnother(const std::vector<std::unique_ptr<CommandLineAction>> &actions,
                   const CommandLineAction &action, const CommandLineOptions &options)
{
    const QString name = action.trigger().names().constFirst();
    return std::any_of(actions.cbegin(), actions.cend(), [&](const auto &other) {
        if (other.get() == &action || !isSet(options, other->trigger()))
            return false;
        const QList<QCommandLineOption> modifiers = other->modifiers();
        return std::any_of(modifiers.cbegin(), modifiers.cend(),
                           [&](const QCommandLineOption &m) { return m.names().contains(name); });
    });
}

} // namespace

CommandLine::CommandLine() : CommandLine(registeredActions()) {}

CommandLine::CommandLine(std::vector<std::unique_ptr<CommandLineAction>> actions)
    : m_actions(std::move(actions))
{}

CommandLine::~CommandLine() = default;

QStringList CommandLine::arguments(int argc, char *argv[])
{
    QStringList list;
    list.reserve(argc);
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

CommandLineOptions CommandLine::parse(const QStringList &arguments) const
{
    QList<QCommandLineOption> options;
    for (const auto &action : m_actions) {
        options.append(action->trigger());
        options.append(action->modifiers());
    }
    const CommandLineOptions parsed = CommandLineOptions::parse(arguments, options);
    if (!parsed.isValid())
        return parsed;
    const QString problem = checkUsage(parsed);
    return problem.isEmpty() ? parsed : parsed.withError(problem);
}

QString CommandLine::checkUsage(const CommandLineOptions &options) const
{
    if (options.helpRequested() || options.versionRequested())
        return {};

    const qsizetype positional = options.positionalArguments().size();
    if (positional > 1)
        return tr("expected at most one CATALOGUE, got %1").arg(positional);

    QStringList triggers;
    for (const auto &action : m_actions) {
        if (options.isSet(action->trigger().names().constFirst()) &&
            !servesAnother(m_actions, *action, options))
            triggers.append(dashed(action->trigger()));
    }
    if (triggers.size() > 1)
        return tr("%1 cannot be combined; choose one").arg(triggers.join(u", "_s));

    // An option that belongs to actions needs one of them: "--format" alone is a mistake,
    // not a request for the window.
    QStringList checked;
    for (const auto &action : m_actions) {
        for (const QCommandLineOption &modifier : action->modifiers()) {
            const QString name = modifier.names().constFirst();
            if (checked.contains(name) || !options.isSet(name))
                continue;
            checked.append(name);
            // An action's own trigger, given alone, asks for that action.
            if (std::any_of(m_actions.cbegin(), m_actions.cend(), [&](const auto &other) {
                    return other->trigger().names().contains(name);
                }))
                continue;
            QStringList owners;
            bool requested = false;
            for (const auto &owner : m_actions) {
                const QList<QCommandLineOption> ownerModifiers = owner->modifiers();
                const bool owns = std::any_of(ownerModifiers.cbegin(), ownerModifiers.cend(),
                                              [&](const QCommandLineOption &option) {
                                                  return option.names().contains(name);
                                              });
                if (!owns)
                    continue;
                owners.append(dashed(owner->trigger()));
                requested = requested || options.isSet(owner->trigger().names().constFirst());
            }
            if (!requested) {
                return tr("%1 only applies with %2").arg(dashed(modifier), owners.join(tr(" or ")));
            }
        }
    }
    return {};
}

const CommandLineAction *CommandLine::requestedAction(const CommandLineOptions &options) const
{
    if (!options.isValid() || options.helpRequested() || options.versionRequested())
        return nullptr;
    for (const auto &action : m_actions) {
        if (options.isSet(action->trigger().names().constFirst()) &&
            !servesAnother(m_actions, *action, options))
            return action.get();
    }
    return nullptr;
}

ApplicationKind CommandLine::applicationKind(const QStringList &arguments) const
{
    const CommandLineOptions options = parse(arguments);
    if (!options.isValid() || options.helpRequested() || options.versionRequested())
        return ApplicationKind::Core;
    if (const CommandLineAction *action = requestedAction(options))
        return action->applicationKind(options);
    return ApplicationKind::Widgets;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    const CommandLineOptions options = parse(arguments);
    if (!options.isValid()) {
        err << ApplicationIdentity::name() << u": "_s << options.error() << u' '
            << tr("(see --help)") << Qt::endl;
        return ExitCode::Usage;
    }
    if (options.helpRequested()) {
        out << options.helpText();
        out.flush();
        return ExitCode::Success;
    }
    if (options.versionRequested()) {
        out << ApplicationIdentity::name() << u' ' << ApplicationIdentity::version() << Qt::endl;
        return ExitCode::Success;
    }
    const CommandLineAction *action = requestedAction(options);
    if (!action) {
        err << ApplicationIdentity::name() << u": "_s
            << tr("no action given; the window is not available here (see --help)") << Qt::endl;
        return ExitCode::Usage;
    }
    try {
        return action->run(options, out, err);
    } catch (const std::bad_alloc &) {
        // Files are written through QSaveFile, so one cut short leaves the old file whole.
        out.flush();
        err << ApplicationIdentity::name() << u": "_s
            << tr("out of memory during --%1; no file was left half-written")
                   .arg(action->trigger().names().constFirst())
            << Qt::endl;
        return ExitCode::Failure;
    }
}
