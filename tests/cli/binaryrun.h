#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Running the built program in the command-line tests, and what it answered.
struct BinaryRun
{
    bool finished = false;
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(u'\n', Qt::SkipEmptyParts); }
};

// Runs the built program with no display at all: a run that constructed a QApplication would
// fail to connect and crash, so headless paths are proven headless. A runtimeDir, when given,
// becomes XDG_RUNTIME_DIR so that Qt has nothing to warn about on standard error.
inline BinaryRun runBinary(const QStringList &arguments, const QString &runtimeDir = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    if (!runtimeDir.isEmpty())
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CIVIC_BINARY), arguments);
    BinaryRun run;
    // A guard against a run that opened a window, not a timing requirement.
    run.finished = process.waitForFinished(120000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
