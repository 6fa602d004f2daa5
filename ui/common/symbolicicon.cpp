#include "symbolicicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace tandem::ui::SymbolicIcon {

namespace {

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral("-symbolic.svg");
}

class SymbolicIconEngine final : public QIconEngine
{
public:
    SymbolicIconEngine(QString name, std::optional<QColor> colour) : m_name(std::move(name)), m_colour(colour) { }

    QIconEngine *clone() const override { return new SymbolicIconEngine(m_name, m_colour); }
    QString key() const override { return QStringLiteral("tandem-symbolic"); }
    QString iconName() override { return m_name + QStringLiteral("-symbolic"); }
    bool isNull() override { return !QSvgRenderer(resourcePath(m_name)).isValid(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return { QSize(16, 16), QSize(24, 24), QSize(32, 32) };
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return SymbolicIcon::pixmap(m_name, actualSize(size, mode, QIcon::Off), colourFor(mode));
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QSize side = actualSize(rect.size(), mode, state);
        QPixmap image = SymbolicIcon::pixmap(m_name, side * ratio, colourFor(mode));
        image.setDevicePixelRatio(ratio);
        const QPoint at(rect.x() + (rect.width() - side.width()) / 2, rect.y() + (rect.height() - side.height()) / 2);
        painter->drawPixmap(at, image);
    }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        if (m_colour && mode != QIcon::Disabled)
            return *m_colour;
        // The application's palette at the time of painting: a theme change needs no new icon.
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Normal:
        case QIcon::Active: break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    std::optional<QColor> m_colour;
};

} // namespace

QIcon icon(const QString &name, std::optional<QColor> colour)
{
    return QIcon(new SymbolicIconEngine(name, colour));
}

QPixmap pixmap(const QString &name, const QSize &size, const QColor &colour)
{
    if (size.isEmpty())
        return {};
    const QString cacheKey = QStringLiteral("tandem-symbolic:%1:%2x%3:%4")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(colour.rgba(), 8, 16);
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached))
        return cached;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer renderer(resourcePath(name));
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        // Keep the shape, take the colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
    }
    QPixmap result = QPixmap::fromImage(image);
    QPixmapCache::insert(cacheKey, result);
    return result;
}

} // namespace tandem::ui::SymbolicIcon
