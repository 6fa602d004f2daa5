#include "messagebanner.h"

#include "design.h"
#include "symbolicicon.h"
#include "theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

namespace tandem::ui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Notification"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(Design::SpaceS);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(SymbolicIcon::icon(QStringLiteral("close")));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::closeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Design::SpaceM, Design::SpaceS, Design::SpaceS, Design::SpaceS);
    layout->setSpacing(Design::SpaceM);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close);
    updateIcon();
}

void MessageBanner::setIconName(const QString &name)
{
    m_iconName = name;
    updateIcon();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::present()
{
    const bool wasVisible = isVisible();
    setVisible(true);
    if (!wasVisible) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageBanner::updateIcon()
{
    const int side = fontMetrics().height();
    const QColor accent = palette().color(QPalette::Highlight);
    const qreal ratio = devicePixelRatioF();
    // The accent itself is too light to read as an icon on the tinted face in light mode.
    const QColor colour = Theme::isDark(palette()) ? accent.lighter(140) : accent.darker(125);
    QPixmap image = SymbolicIcon::pixmap(m_iconName, QSize(side, side) * ratio, colour);
    image.setDevicePixelRatio(ratio);
    m_icon->setPixmap(image);
    m_icon->setMinimumHeight(m_text->fontMetrics().height());
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::mix(window, accent, 0.45), 1));
    painter.setBrush(Theme::mix(window, accent, Theme::isDark(palette()) ? 0.22 : 0.13));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Design::Radius, Design::Radius);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace tandem::ui
