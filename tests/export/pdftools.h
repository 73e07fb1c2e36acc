#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

// Reads PDFs back with poppler's pdfinfo and pdftotext, as a reader of the file would.
namespace PdfTools {

inline bool available()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty();
}

// Text as text() returns it, for comparing with what it returns.
inline QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pageCount(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    const auto match =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Width and height in points of a page (1-based).
inline QSizeF pageSize(const QString &path, int page)
{
    const QString info =
        run(u"pdfinfo"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path});
    const auto match = QRegularExpression(u"size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

// The text of pages [first, last] (1-based; last 0 for the end), whitespace collapsed so
// that a title wrapped over two lines still reads as one, and ligatures ("ﬁ") spelt out.
inline QString text(const QString &path, int first = 1, int last = 0)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(first)};
    if (last > 0)
        arguments << u"-l"_s << QString::number(last);
    arguments << path << u"-"_s;
    return normalised(run(u"pdftotext"_s, arguments));
}

} // namespace PdfTools
