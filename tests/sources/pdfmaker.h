#pragma once

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

// Writes PDFs for the tests with QPdfWriter, from a small description: pages separated by a
// line "---"; on a page, each line "x y size text" draws text with its baseline at (x, y)
// points from the top left of an A4 page, and a line "image" draws a grey picture (what a
// scanned page holds).
namespace PdfMaker {

inline QByteArray make(const QString &description, const QString &title = QString())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // painter units are points
        writer.setTitle(title);
        QPainter painter(&writer);
        const QStringList pages = description.split(QStringLiteral("\n---\n"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            for (const QString &line : pages[p].split(u'\n', Qt::SkipEmptyParts)) {
                if (line == QLatin1String("image")) {
                    QImage image(200, 100, QImage::Format_RGB32);
                    image.fill(Qt::gray);
                    painter.drawImage(QRectF(50, 50, 400, 200), image);
                    continue;
                }
                const QStringList parts = line.split(u' ');
                if (parts.size() < 4)
                    continue;
                QFont font(QStringLiteral("DejaVu Sans"));
                font.setPixelSize(parts[2].toInt());
                painter.setFont(font);
                painter.drawText(QPointF(parts[0].toDouble(), parts[1].toDouble()),
                                 parts.mid(3).join(u' '));
            }
        }
    }
    return buffer.data();
}

// Lines of text down a column: one line per entry of lines, from baseline y, pitch apart;
// an empty entry leaves a line's space (a paragraph gap).
inline QString column(double x, double y, int size, double pitch, const QStringList &lines)
{
    QString out;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            out += QStringLiteral("%1 %2 %3 %4\n").arg(x).arg(y).arg(size).arg(line);
        y += pitch;
    }
    return out;
}

} // namespace PdfMaker
