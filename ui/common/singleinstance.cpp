#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <unistd.h>

namespace tandem::ui {

namespace {

const QByteArray ActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray AcknowledgeMessage = QByteArrayLiteral("ok\n");
constexpr int HandOverMs = 5000; // the first instance may still be starting up

} // namespace

SingleInstance::SingleInstance(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    QString canonical = QFileInfo(dataDir).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("tandem-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::start()
{
    auto lock = core::InstanceLock::tryAcquire(m_dataDir);
    if (!lock) {
        m_error = lock.error();
        m_errorDetails = lock.errorDetails();
        m_notWritable = lock.failure().kind == core::Error::Kind::NotWritable;
        return Role::Failed;
    }
    if (lock.value()) {
        m_lock = std::move(lock.value());
        if (!listen())
            return Role::Failed;
        return Role::Primary;
    }
    if (askPrimaryToActivate())
        return Role::Secondary;
    const qint64 pid = core::InstanceLock::holderPid(m_dataDir);
    m_error = tr("Tandem is already open on this data folder (process %1), but it did not answer. "
                 "Close it and try again.")
                  .arg(pid);
    return Role::Failed;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(m_dataDir);
    // We hold the folder's lock, so a socket of that name is a leftover of a crashed instance.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        m_error = tr("Could not listen for other Tandem windows: %1").arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine(64);
                if (line == ActivateMessage) {
                    socket->write(AcknowledgeMessage);
                    socket->flush();
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool SingleInstance::askPrimaryToActivate()
{
    const QDeadlineTimer deadline(HandOverMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(serverName(m_dataDir));
        if (socket.waitForConnected(500)) {
            socket.write(ActivateMessage);
            if (socket.waitForBytesWritten(1000) && socket.waitForReadyRead(2000)
                && socket.readLine(64) == AcknowledgeMessage)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace tandem::ui
