#include "pageheader.h"

#include "design.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tandem::ui {

PageHeader::PageHeader(const QString &title, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setAccessibleName(title);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setVisible(false);

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(Design::SpaceXS);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);

    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->setSpacing(Design::SpaceS);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, Design::SpaceS);
    layout->setSpacing(Design::SpaceL);
    layout->addLayout(texts, 1);
    layout->addLayout(m_actions);
    layout->setAlignment(m_actions, Qt::AlignTop | Qt::AlignRight);
    applyStyles();
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addAction(QWidget *widget)
{
    widget->setParent(this);
    m_actions->addWidget(widget);
}

void PageHeader::addActionLayout(QLayout *layout)
{
    m_actions->addLayout(layout);
}

void PageHeader::setInset(bool inset)
{
    if (inset)
        setContentsMargins(Design::SpaceM, Design::SpaceL, Design::SpaceXL, 0);
    else
        setContentsMargins(0, 0, 0, 0);
}

void PageHeader::applyStyles()
{
    m_title->setFont(Design::font(Design::TextStyle::Title, font()));
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, Design::mutedText(palette()));
    m_subtitle->setPalette(muted);
}

void PageHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyles();
    QWidget::changeEvent(event);
}

} // namespace tandem::ui
