#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The tests' fixture files under tests/data, and reading a file whole.
namespace TestFiles {

// tests/data/<folder>/<name>.
inline QString path(const QString &folder, const QString &name)
{
    return QStringLiteral(CIVIC_TEST_DATA_DIR "/") + folder + u'/' + name;
}

// A file the test cannot do without: one that cannot be read stops the run.
inline QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A file the program under test should have written: a missing one reads as empty, so the
// comparison that follows fails instead of stopping the other test functions.
inline QByteArray readOrEmpty(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace TestFiles
