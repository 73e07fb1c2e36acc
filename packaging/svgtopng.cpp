// svgtopng: renders the application icon's SVG to a square PNG at build time, so the PNG
// sizes the desktop needs come from the one SVG in resources/icons and never go stale.
//   svgtopng IN.svg SIZE OUT.png
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: svgtopng IN.svg SIZE OUT.png\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "svgtopng: %s is not a size in pixels\n", argv[2]);
        return 2;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svgtopng: cannot read %s\n", argv[1]);
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();

    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "svgtopng: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
