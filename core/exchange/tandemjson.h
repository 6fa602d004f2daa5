#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QByteArray>

namespace tandem::core {

/// Tandem's own export format: one JSON file with everything a user owns, described field by
/// field in docs/export-format.md. Writing is deterministic (the same data gives the same bytes,
/// and nothing in the file depends on when it was written), and reading is strict: a file is
/// either read whole and valid, or refused with one sentence naming the record and the field.
class TandemJson final
{
public:
    /// The version of the file format this build writes and the newest it reads (2: paused
    /// goals, steps' due dates and tips, decisions with their reviews; it reads version 1 too).
    static constexpr int FormatVersion = 2;
    /// The value of the "format" key.
    static constexpr char FormatName[] = "tandem-export";
    /// Callers refuse larger files before reading them into memory.
    static constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;

    /// The data as an indented UTF-8 JSON document with a trailing newline.
    static QByteArray write(const ExchangeData &data);

    /// Parses and validates a whole file. Refuses, with a message that names the record (by its
    /// position and uuid) and the field: invalid JSON or UTF-8, another format or a newer format
    /// version, wrong types, missing or unknown fields, invalid uuids, times or ids, values out
    /// of range, links to skills, contrasts or areas the skill model does not have, uuids used
    /// twice, and sizes beyond MaxFileBytes or RecordLimits (the limits the store keeps, so that
    /// every export reads back).
    static Result<ExchangeData> read(const QByteArray &bytes);
};

} // namespace tandem::core
