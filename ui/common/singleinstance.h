#pragma once

#include "instancelock.h"

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace tandem::ui {

/// One `tandem` per data folder. The first holds the folder's InstanceLock and listens on a local
/// socket; a second one finds the lock taken, asks the first to come forward, and leaves, so the
/// database is never opened twice by the app. (tandem-cli does not take part: SQLite's own
/// locking lets it run beside the app.)
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, ///< this process owns the folder
        Secondary, ///< another tandem owns it and was asked to show its window
        Failed, ///< neither: see error()
    };

    explicit SingleInstance(QString dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Claims the folder, or hands over to the process that has it. The data folder must exist.
    Role start();
    QString error() const { return m_error; }
    /// The technical words behind error(), for a Details button.
    QString errorDetails() const { return m_errorDetails; }
    /// True when the failure is a data folder that cannot be written (not damage).
    bool folderNotWritable() const { return m_notWritable; }

    /// The local socket name for a data folder: the same folder (however it is spelled) gives the
    /// same name, and different users never share one.
    static QString serverName(const QString &dataDir);

Q_SIGNALS:
    /// Another `tandem` was started on this folder: show the window.
    void activationRequested();

private:
    bool listen();
    bool askPrimaryToActivate();

    QString m_dataDir;
    QString m_error;
    QString m_errorDetails;
    bool m_notWritable = false;
    std::unique_ptr<core::InstanceLock> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace tandem::ui
