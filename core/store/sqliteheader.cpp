#include "sqliteheader.h"

#include "database.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace tandem::core {

namespace {

quint32 bigEndian32(const char *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

} // namespace

std::optional<SqliteHeader> SqliteHeader::read(const QString &path)
{
    // Closing our descriptor would drop SQLite's locks on a file this process has open, and let
    // another program delete its log (see Database).
    if (Database::isOpenHere(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.read(Size));
}

std::optional<SqliteHeader> SqliteHeader::parse(const QByteArray &bytes)
{
    static const char Magic[] = "SQLite format 3"; // and its terminating zero: 16 bytes
    if (bytes.size() < Size || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return std::nullopt;
    const char *data = bytes.constData();

    SqliteHeader header;
    const quint16 pageSize = qFromBigEndian<quint16>(data + 16);
    header.pageSize = pageSize == 1 ? 65536 : pageSize;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return std::nullopt; // no SQLite file has such pages: the header itself is damaged
    // Bytes 18 and 19 (write and read format) are 2 in WAL mode, 1 otherwise.
    header.walMode = data[18] == 2 || data[19] == 2;
    // The recorded size is valid only when "version-valid-for" matches the change counter (older
    // SQLite versions did not maintain it).
    const quint32 changeCounter = bigEndian32(data + 24);
    const quint32 validFor = bigEndian32(data + 92);
    header.pageCount = changeCounter == validFor ? bigEndian32(data + 28) : 0;
    header.userVersion = static_cast<qint32>(bigEndian32(data + 60));
    header.applicationId = static_cast<qint32>(bigEndian32(data + 68));
    return header;
}

SqliteHeader::Owner SqliteHeader::ownerOf(qint32 userVersion, qint32 applicationId)
{
    if (userVersion == 0)
        return Owner::Nobody;
    // Ownership first: other programs keep their own schema number in user_version too, and
    // theirs says nothing about Tandem versions.
    if (applicationId != Database::ApplicationId || userVersion < 0)
        return Owner::OtherProgram;
    return userVersion > Database::latestSchemaVersion() ? Owner::NewerTandem : Owner::Tandem;
}

} // namespace tandem::core
