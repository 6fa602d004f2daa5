#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QByteArray>
#include <QMap>

#include <memory>

class QIODevice;

namespace tandem::core {

/// Tandem's own export format: one JSON file with everything a user owns, described field by
/// field in docs/export-format.md. Writing is deterministic (the same data gives the same bytes,
/// and nothing in the file depends on when it was written), and reading is strict: a file is
/// either read whole and valid, or refused with one sentence naming the record and the field.
class TandemJson final
{
public:
    /// The version of the file format this build writes and the newest it reads (3: colleagues'
    /// feedback rounds with their responses; 2: paused goals, steps' due dates and tips, decisions
    /// with their reviews; it reads versions 1 and 2 too).
    static constexpr int FormatVersion = 3;
    /// The value of the "format" key.
    static constexpr char FormatName[] = "tandem-export";
    /// Callers refuse larger files before reading them into memory.
    static constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;
    /// Responses one feedback round may carry in a file.
    static constexpr qsizetype MaxResponsesPerRound = 10'000;

    /// The data as an indented UTF-8 JSON document with a trailing newline.
    static QByteArray write(const ExchangeData &data);

    /// Writes the same bytes as write() record by record to a device, so that an export holds one
    /// record at a time however large the store is. The file's keys are in sorted order, so the
    /// sections come as assessments, feedback rounds, goals, journal entries, then settings: call begin() for each
    /// section in that order (one not begun is written empty), add() its records in the file's order,
    /// then finish(). Each record is serialised by QJsonDocument and indented to its place, which
    /// keeps Qt's number and string formatting exactly.
    class Writer final
    {
    public:
        enum class Section { Assessments, FeedbackRounds, Goals, JournalEntries };

        explicit Writer(QIODevice &device) : m_device(device) { }

        void begin(Section section);
        void add(const ExchangeAssessment &assessment);
        void add(const ExchangeFeedbackRound &round);
        void add(const ExchangeGoal &goal);
        void add(const JournalEntry &entry);
        void finish(const QMap<QString, QString> &settings);

        /// False once a write to the device failed (a full disk); the device's errorString says why.
        bool ok() const { return m_ok; }

    private:
        void put(const QByteArray &bytes);
        void open(int section);
        void element(const QByteArray &document);

        QIODevice &m_device;
        int m_opened = 0; // how many sections were begun (one left out is written empty)
        bool m_first = true;
        bool m_ok = true;
    };

    /// Parses and validates a whole file. Refuses, with a message that names the record (by its
    /// position and uuid) and the field: invalid JSON or UTF-8, another format or a newer format
    /// version, wrong types, missing or unknown fields, invalid uuids, times or ids, values out
    /// of range, links to skills, contrasts or areas the skill model does not have, uuids used
    /// twice, and sizes beyond MaxFileBytes or RecordLimits (the limits the store keeps, so that
    /// every export reads back).
    static Result<ExchangeData> read(const QByteArray &bytes);

    /// The file at `path` (a regular file, no larger than MaxFileBytes: the caller checks) as
    /// records read one at a time, once per pass, so that an import holds one record and not the
    /// file. Opening reads the whole file once to check its grammar and its top-level fields, and
    /// refuses what read() refuses there with the same words; a record's problems are found when a
    /// pass reaches it, as read() words them.
    static Result<std::unique_ptr<ImportRecords>> open(const QString &path);
};

} // namespace tandem::core
