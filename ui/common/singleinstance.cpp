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

const QByteArray AcknowledgeMessage = QByteArrayLiteral("ok\n");
constexpr qint64 MaxLine = 64; // every message is far shorter; a longer one is junk
constexpr int HandOverMs = 5000; // the first instance may still be starting up

enum class Answer {
    NoServer, ///< nothing listens (yet), or it did not answer in time
    Accepted,
    Refused, ///< it closed the connection without "ok": it does not know the request
};

Answer send(const QString &server, const QByteArray &message)
{
    QLocalSocket socket;
    socket.connectToServer(server);
    if (!socket.waitForConnected(500))
        return Answer::NoServer;
    socket.write(message);
    if (!socket.waitForBytesWritten(1000))
        return Answer::NoServer;
    if (socket.waitForReadyRead(2000) || socket.bytesAvailable() > 0)
        return socket.readLine(MaxLine) == AcknowledgeMessage ? Answer::Accepted : Answer::Refused;
    return socket.state() == QLocalSocket::UnconnectedState ? Answer::Refused : Answer::NoServer;
}

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

QByteArray SingleInstance::message(Request request)
{
    switch (request) {
    case Request::Activate: return QByteArrayLiteral("activate\n");
    case Request::NewEntry: return QByteArrayLiteral("new-entry\n");
    case Request::CheckIn: return QByteArrayLiteral("check-in\n");
    }
    return {};
}

std::optional<SingleInstance::Request> SingleInstance::requestFromMessage(const QByteArray &line)
{
    for (Request request : { Request::Activate, Request::NewEntry, Request::CheckIn }) {
        if (line == message(request))
            return request;
    }
    return std::nullopt;
}

SingleInstance::Role SingleInstance::start(Request request)
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
    if (askPrimary(request))
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
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > MaxLine)
                        socket->disconnectFromServer(); // no line in sight: junk
                    return;
                }
                // One line per connection; anything not understood is refused without an answer.
                const std::optional<Request> request = requestFromMessage(socket->readLine(MaxLine));
                if (request) {
                    socket->write(AcknowledgeMessage);
                    socket->flush();
                }
                socket->disconnectFromServer();
                if (request)
                    Q_EMIT activationRequested(*request);
            });
        }
    });
    return true;
}

bool SingleInstance::askPrimary(Request request)
{
    const QDeadlineTimer deadline(HandOverMs);
    while (!deadline.hasExpired()) {
        switch (send(serverName(m_dataDir), message(request))) {
        case Answer::Accepted: return true;
        case Answer::Refused:
            // An instance that does not know this request (another version) can still come forward.
            if (request == Request::Activate)
                return false;
            request = Request::Activate;
            continue;
        case Answer::NoServer: break;
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace tandem::ui
