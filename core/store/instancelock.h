#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace tandem::core {

/// An exclusive claim on a data folder: the app holds one for as long as it runs, and
/// `tandem-cli restore` takes one while it swaps the database file, so the two never collide.
///
/// It is an flock() on `<dataDir>/tandem.lock`. The kernel drops it when the process ends, however
/// it ends, so a crash never leaves a stale claim behind (unlike a lock file that is its own
/// evidence). The file stays; only the lock on it matters.
class InstanceLock final
{
public:
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    /// The lock file of a data folder.
    static QString path(const QString &dataDir);

    /// Claims the folder. The value is null when another process holds the claim; an error means
    /// the lock file could not be made (a missing or read-only folder).
    static Result<std::unique_ptr<InstanceLock>> tryAcquire(const QString &dataDir);

    /// The process id written by the holder, or 0 when it cannot be read.
    static qint64 holderPid(const QString &dataDir);

private:
    explicit InstanceLock(int fd) : m_fd(fd) { }
    int m_fd = -1;
};

} // namespace tandem::core
