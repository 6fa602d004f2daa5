#include "card.h"

#include "design.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace tandem::ui {

Card::Card(const QString &heading, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(Design::SpaceL, Design::SpaceL, Design::SpaceL, Design::SpaceL);
    m_layout->setSpacing(Design::SpaceS);
    m_heading = new QLabel(heading, this);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_heading->setWordWrap(true);
    m_heading->setFont(Design::font(Design::TextStyle::Heading, font()));
    m_heading->setVisible(!heading.isEmpty());
    m_layout->addWidget(m_heading);
}

void Card::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Design::cardBorder(palette()), 1));
    painter.setBrush(Design::cardBackground(palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Design::Radius, Design::Radius);
}

void Card::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_heading->setFont(Design::font(Design::TextStyle::Heading, font()));
    QFrame::changeEvent(event);
}

} // namespace tandem::ui
