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

    /// Whose file it is, by the two numbers in the header that say so.
    enum class Owner {
        Nobody,       ///< user_version 0: a new, empty file, or one whose program does not mark it
        Tandem,       ///< Tandem's application_id and a data format this version reads
        NewerTandem,  ///< Tandem's application_id and a data format newer than this version knows
        OtherProgram, ///< another program's, or a data format no Tandem ever wrote
    };

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

    /// The one rule for "is this a Tandem database": PRAGMA user_version 0 is nobody's yet (what
    /// its tables hold decides); any other must come with Tandem's application_id and be a data
    /// format from 1 to Database::latestSchemaVersion(), or newer. Opening the store, checking a
    /// backup and keeping the data a restore replaces all ask this, from the raw header or from
    /// the PRAGMAs.
    static Owner ownerOf(qint32 userVersion, qint32 applicationId);
    Owner owner() const { return ownerOf(userVersion, applicationId); }

    /// The least size in bytes the file must have to hold every page, or 0 when unknown.
    qint64 expectedFileSize() const { return pageSize * pageCount; }
};

} // namespace tandem::core
