#include "desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QStyle>
#include <QSystemTrayIcon>

namespace tandem::ui {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

DesktopNotifier::Channel DesktopNotifier::notify(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(Service).value()) {
        QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
        // The icon and the launcher are named by the application id (the desktop file's name).
        const QString appId = QGuiApplication::desktopFileName();
        message << QCoreApplication::applicationName() << 0u << appId << title << body << QStringList()
                << QVariantMap { { QStringLiteral("desktop-entry"), appId } } << -1;
        // Fire and forget: a slow notification daemon must never block the window.
        if (bus.send(message))
            return Channel::DBus;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            QIcon icon = qApp->windowIcon();
            if (icon.isNull())
                icon = qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_tray->setIcon(icon);
            m_tray->setToolTip(QCoreApplication::applicationName());
            m_tray->show();
        }
        m_tray->showMessage(title, body, QSystemTrayIcon::Information);
        return Channel::Tray;
    }
    return Channel::None;
}

} // namespace tandem::ui
