#include "instancelock.h"

#include "datalocation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tandem::core {

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor releases the flock
}

QString InstanceLock::path(const QString &dataDir)
{
    return DataLocation::lockPath(dataDir);
}

Result<std::unique_ptr<InstanceLock>> InstanceLock::tryAcquire(const QString &dataDir)
{
    const QByteArray native = QFile::encodeName(path(dataDir));
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        const QString details
            = QCoreApplication::translate("InstanceLock", "Could not create the lock file %1: %2")
                  .arg(QDir::toNativeSeparators(path(dataDir)), QString::fromLocal8Bit(std::strerror(error)));
        // A folder that cannot be written is not damage: say what is true, as Database does.
        if (error == EACCES || error == EPERM || error == EROFS)
            return Error { QCoreApplication::translate(
                               "InstanceLock", "Tandem cannot change its data in %1: %2. Your data was not changed.")
                               .arg(QDir::toNativeSeparators(dataDir),
                                    error == EROFS
                                        ? QCoreApplication::translate("InstanceLock", "it is on a read-only disk")
                                        : QCoreApplication::translate("InstanceLock",
                                                                      "you do not have permission to change it")),
                           details, Error::Kind::NotWritable };
        if (error == ENOENT || error == ENOTDIR)
            return Error { QCoreApplication::translate("InstanceLock", "The data folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(dataDir)),
                           details };
        return Error { QCoreApplication::translate("InstanceLock", "Could not open the data folder %1.")
                           .arg(QDir::toNativeSeparators(dataDir)),
                       details };
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return std::unique_ptr<InstanceLock>();
        return Error { QCoreApplication::translate("InstanceLock", "Could not lock %1: %2")
                           .arg(QDir::toNativeSeparators(path(dataDir)),
                                QString::fromLocal8Bit(std::strerror(error))) };
    }
    // Who holds it, for messages; failing to write this changes nothing about the lock.
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd, pid.constData(), static_cast<size_t>(pid.size()), 0);
    }
    return std::unique_ptr<InstanceLock>(new InstanceLock(fd));
}

qint64 InstanceLock::holderPid(const QString &dataDir)
{
    QFile file(path(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine(32).trimmed().toLongLong();
}

} // namespace tandem::core
