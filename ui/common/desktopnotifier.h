#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace tandem::ui {

/// Shows a desktop notification: through the freedesktop notification service on D-Bus when
/// the session has one, else as a tray message where there is a tray. The in-window banner is
/// the caller's job and always shown, so a notification is never the only sign.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    enum class Channel { None, DBus, Tray };

    explicit DesktopNotifier(QObject *parent = nullptr);

    /// Sends the notification; says which way it went.
    Channel notify(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace tandem::ui
