#include "firstrunhint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *pointLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString point(const QString &title, const QString &text)
{
    return u"<b>"_s + title.toHtmlEscaped() + u"</b> \u2014 "_s + text.toHtmlEscaped();
}

} // namespace

FirstRunHint::FirstRunHint(QWidget *parent)
    : QFrame(parent), m_dismissed(wasDismissed()), m_presentKeys(Qt::Key_F5),
      m_exportKeys(Qt::CTRL | Qt::Key_E)
{
    setObjectName(u"firstRunHint"_s);
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *title = new QLabel(tr("Getting started"), this);
    title->setObjectName(u"titleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_browseLabel = pointLabel(u"browseLabel"_s, this);
    m_presentLabel = pointLabel(u"presentLabel"_s, this);
    m_exportLabel = pointLabel(u"exportLabel"_s, this);

    m_gotItButton = new QPushButton(tr("Got it"), this);
    m_gotItButton->setObjectName(u"gotItButton"_s);
    m_gotItButton->setAccessibleDescription(tr("Hide this hint for good"));
    connect(m_gotItButton, &QPushButton::clicked, this, &FirstRunHint::dismiss);

    // The three points side by side and the button beside them: on a laptop screen every
    // line the hint takes is a line the timeline loses.
    m_points = new QHBoxLayout;
    m_points->setSpacing(18);
    for (QLabel *label : {m_browseLabel, m_presentLabel, m_exportLabel})
        m_points->addWidget(label, 1, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addLayout(m_points);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(9, 6, 9, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_gotItButton, 0, Qt::AlignVCenter);

    updateTexts();
    if (m_dismissed)
        QFrame::setVisible(false);
}

void FirstRunHint::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // Three narrow columns wrap into more lines than three rows do.
    const auto direction = width() >= 860 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_points->direction() != direction) {
        m_points->setDirection(direction);
        m_points->setSpacing(direction == QBoxLayout::LeftToRight ? 18 : 2);
    }
}

bool FirstRunHint::wasDismissed()
{
    return QSettings().value(settingsKey(), false).toBool();
}

void FirstRunHint::setKeys(const QKeySequence &present, const QKeySequence &exportKeys)
{
    m_presentKeys = present;
    m_exportKeys = exportKeys;
    updateTexts();
}

void FirstRunHint::setVisible(bool visible)
{
    QFrame::setVisible(visible && !m_dismissed);
}

void FirstRunHint::dismiss()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    QSettings().setValue(settingsKey(), true);
    hide();
    emit dismissed();
}

void FirstRunHint::updateTexts()
{
    m_browseLabel->setText(point(
        tr("Browse"), tr("click an event to see what happened and read the sources that say so.")));
    m_presentLabel->setText(
        point(tr("Present"), tr("press %1 to step through the story full screen.")
                                 .arg(m_presentKeys.toString(QKeySequence::NativeText))));
    m_exportLabel->setText(
        point(tr("Export"), tr("press %1 to save the timeline as PNG, SVG or PDF.")
                                .arg(m_exportKeys.toString(QKeySequence::NativeText))));
}
