#include "checkstamp.h"

#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <ctime>
#include <sys/stat.h>

namespace tandem::core {

namespace {

// The first word of the file; a stamp of another format is not trusted.
constexpr QLatin1StringView Magic("tandem-check-stamp-1");
constexpr qint64 NsPerSecond = 1'000'000'000;
// Linux stamps files from a clock that lags the wall clock by up to one tick (1-10 ms).
constexpr qint64 FineTickNs = 100'000'000;
// FAT keeps two seconds; some network file systems keep whole seconds.
constexpr qint64 CoarseTickNs = 2 * NsPerSecond;

qint64 nanoseconds(const timespec &time)
{
    return static_cast<qint64>(time.tv_sec) * NsPerSecond + time.tv_nsec;
}

QList<qint64> fields(const CheckStamp::State &state)
{
    return { state.device,   state.inode,   state.size,          state.modifiedNs,  state.changedNs,
             state.logInode, state.logSize, state.logModifiedNs, state.logChangedNs };
}

} // namespace

bool CheckStamp::State::sameFiles(const State &other) const
{
    return fields(*this) == fields(other);
}

bool CheckStamp::State::racy() const
{
    // Whole seconds on every time: a file system that keeps no finer times (one in a billion
    // otherwise, and then a stamp is merely not written).
    const bool coarse = modifiedNs % NsPerSecond == 0 && changedNs % NsPerSecond == 0;
    const qint64 tick = coarse ? CoarseTickNs : FineTickNs;
    const qint64 newest = std::max(changedNs, logChangedNs);
    return newest + tick >= takenNs;
}

std::optional<CheckStamp::State> CheckStamp::take(const QString &databasePath)
{
    State state;
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    state.takenNs = nanoseconds(now);
    struct stat file
    {
    };
    if (::stat(QFile::encodeName(databasePath).constData(), &file) != 0)
        return std::nullopt;
    state.device = static_cast<qint64>(file.st_dev);
    state.inode = static_cast<qint64>(file.st_ino);
    state.size = static_cast<qint64>(file.st_size);
    state.modifiedNs = nanoseconds(file.st_mtim);
    state.changedNs = nanoseconds(file.st_ctim);
    struct stat log
    {
    };
    const QByteArray logPath = QFile::encodeName(databasePath + QStringLiteral("-wal"));
    if (::stat(logPath.constData(), &log) == 0 && log.st_size > 0) {
        state.logInode = static_cast<qint64>(log.st_ino);
        state.logSize = static_cast<qint64>(log.st_size);
        state.logModifiedNs = nanoseconds(log.st_mtim);
        state.logChangedNs = nanoseconds(log.st_ctim);
    }
    return state;
}

bool CheckStamp::holds(const QString &dataDir, const State &now)
{
    QFile file(path(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> words = file.read(1024).trimmed().split(' ');
    const QList<qint64> expected = fields(now);
    if (words.size() != expected.size() + 1 || words.first() != QByteArrayView(Magic))
        return false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        bool number = false;
        if (words.at(i + 1).toLongLong(&number) != expected.at(i) || !number)
            return false;
    }
    return true;
}

void CheckStamp::record(const QString &dataDir, const State &checked)
{
    if (checked.racy())
        return;
    QByteArray text = QByteArray(Magic.data(), Magic.size());
    for (const qint64 field : fields(checked))
        text += ' ' + QByteArray::number(field);
    text += '\n';
    // Best effort: without a stamp the next open checks the whole file, which is only slower.
    (void)PrivateFile::write(path(dataDir), text);
}

QString CheckStamp::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tandem.checked"));
}

} // namespace tandem::core
