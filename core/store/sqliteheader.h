#pragma once

#include <QString>

#include <optional>

namespace tandem::core {

/// The first 100 bytes of an SQLite file, read without SQLite: enough to tell whether a file is a
/// database at all, whose it is, its data format, and whether it was cut short, before anything
/// opens it (opening can create companion files, and a damaged file must stay exactly as it is).
struct SqliteHeader final
{
    static constexpr qint64 Size = 100;

    qint64 pageSize = 0;
    qint64 pageCount = 0; ///< the size in pages the header records; 0 when it does not know
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    bool walMode = false;

    /// Reads the header of the file at path; nullopt when the file cannot be read, is shorter
    /// than a header, or does not start like an SQLite file, and without opening it at all when
    /// this process holds a Database on it (Database::isOpenHere).
    static std::optional<SqliteHeader> read(const QString &path);
    /// The header from the file's first bytes (at least Size of them).
    static std::optional<SqliteHeader> parse(const QByteArray &bytes);

    /// The least size in bytes the file must have to hold every page, or 0 when unknown.
    qint64 expectedFileSize() const { return pageSize * pageCount; }
};

} // namespace tandem::core
