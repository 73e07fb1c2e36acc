#include "highcontrastpalette.h"

using namespace Qt::StringLiterals;

QPalette HighContrastPalette::palette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    const QColor cyan(0x4d, 0xe8, 0xff);
    const QColor grey(0x9e, 0x9e, 0x9e);

    QPalette palette(white, black);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::WindowText, white);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
        palette.setColor(group, QPalette::Text, white);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
        palette.setColor(group, QPalette::Button, black);
        palette.setColor(group, QPalette::ButtonText, yellow);
        palette.setColor(group, QPalette::BrightText, yellow);
        palette.setColor(group, QPalette::Highlight, yellow);
        palette.setColor(group, QPalette::HighlightedText, black);
        palette.setColor(group, QPalette::Link, cyan);
        palette.setColor(group, QPalette::LinkVisited, cyan);
        palette.setColor(group, QPalette::ToolTipBase, black);
        palette.setColor(group, QPalette::ToolTipText, white);
        palette.setColor(group, QPalette::Light, white);
        palette.setColor(group, QPalette::Midlight, grey);
        palette.setColor(group, QPalette::Mid, grey);
        palette.setColor(group, QPalette::Dark, white);
        palette.setColor(group, QPalette::Shadow, white);
    }
    palette.setColor(QPalette::Disabled, QPalette::Window, black);
    palette.setColor(QPalette::Disabled, QPalette::Base, black);
    palette.setColor(QPalette::Disabled, QPalette::Button, black);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, grey);
    palette.setColor(QPalette::Disabled, QPalette::Text, grey);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, grey);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return palette;
}

QString HighContrastPalette::styleSheet()
{
    return uR"(
QLineEdit, QAbstractSpinBox, QPushButton, QToolButton:!autoRaise {
    border: 1px solid white; border-radius: 2px; padding: 2px 6px;
}
QLineEdit:focus, QAbstractSpinBox:focus, QPushButton:focus, QToolButton:focus {
    border: 2px solid #ffeb3b;
}
QPushButton:disabled, QToolButton:disabled { border-color: #9e9e9e; }
QDockWidget::title { border-bottom: 1px solid white; }
)"_s;
}
