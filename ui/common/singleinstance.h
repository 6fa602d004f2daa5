#pragma once

#include "instancelock.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLocalServer;

namespace tandem::ui {

/// One `tandem` per data folder. The first holds the folder's InstanceLock and listens on a local
/// socket; a second one finds the lock taken, asks the first to come forward, and leaves, so the
/// database is never opened twice by the app. (tandem-cli does not take part: SQLite's own
/// locking lets it run beside the app.)
///
/// The second one can also pass on what it was started to do (the launcher's "New Journal Entry"
/// and "Check In Now"): one line over the socket, answered "ok" when understood. Anything else is
/// refused without an answer, so a second of an older or newer version falls back to a plain
/// "come forward".
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    /// What a second start asks of the first.
    enum class Request {
        Activate, ///< only show the window
        NewEntry, ///< show the Journal with a new entry
        CheckIn, ///< show the Check-in and start (or resume) one
    };
    Q_ENUM(Request)

    enum class Role {
        Primary, ///< this process owns the folder
        Secondary, ///< another tandem owns it and was asked to show its window
        Failed, ///< neither: see error()
    };

    explicit SingleInstance(QString dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Claims the folder, or hands over to the process that has it, passing it `request`. The data
    /// folder must exist.
    Role start(Request request = Request::Activate);
    QString error() const { return m_error; }
    /// The technical words behind error(), for a Details button.
    QString errorDetails() const { return m_errorDetails; }
    /// True when the failure is a data folder that cannot be written (not damage).
    bool folderNotWritable() const { return m_notWritable; }

    /// The local socket name for a data folder: the same folder (however it is spelled) gives the
    /// same name, and different users never share one.
    static QString serverName(const QString &dataDir);

    /// The line a request travels as, and back; nullopt for a line that is no request.
    static QByteArray message(Request request);
    static std::optional<Request> requestFromMessage(const QByteArray &line);

Q_SIGNALS:
    /// Another `tandem` was started on this folder: show the window and do what it asks.
    void activationRequested(tandem::ui::SingleInstance::Request request);

private:
    bool listen();
    /// Sends `request` to the first instance: true when it answered.
    bool askPrimary(Request request);

    QString m_dataDir;
    QString m_error;
    QString m_errorDetails;
    bool m_notWritable = false;
    std::unique_ptr<core::InstanceLock> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace tandem::ui
