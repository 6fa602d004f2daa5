#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QVariantMap>

#include <functional>
#include <optional>

namespace tandem::core {

class Database;

/// Reads a user's whole data for export and import, in one consistent, stable order. It only
/// reads: what import brings is written by each table's own repository (AssessmentRepository,
/// JournalRepository, GoalRepository, SettingsRepository), the same code the app and tandem-cli
/// write with, so that a record cannot differ by the door it came in through.
///
/// The order is stable, so the same database always gives the same data: assessments by taken_at
/// then uuid, entries by occurred_at then uuid, goals by created_at then uuid; tags by name
/// (ignoring ASCII letter case, as the store compares them), links by id, steps in their order,
/// evidence by the entry's occurred_at then uuid. The records' `id` fields hold this store's row
/// ids (meaningless anywhere else); drafts are not read.
///
/// The forEach functions read in batches of BatchSize records (by keyset on the order above, with
/// one query per child table for the whole batch), so that what is held at once does not grow with
/// the store. Each batch is a statement of its own: call them inside one Transaction to read one
/// snapshot (readAll and ExportWriter do).
class ExchangeRepository final
{
public:
    /// Records read per batch.
    static constexpr int BatchSize = 500;

    /// Called with each record in order; false stops the reading there.
    template<typename T> using Visit = std::function<bool(const T &)>;

    /// How many records of each kind the store holds (for progress).
    struct Counts final
    {
        qint64 assessments = 0;
        qint64 journalEntries = 0;
        qint64 goals = 0;
        qint64 feedbackRounds = 0;
        qint64 total() const { return assessments + journalEntries + goals + feedbackRounds; }
    };

    explicit ExchangeRepository(const Database &db) : m_db(db) { }

    /// Every assessment (with answers and started_at), journal entry (with tags, links, advice
    /// and its decision with the review), goal (with steps and evidence), feedback round (with its
    /// responses) and setting, read as one
    /// snapshot, all in memory: for tests and small stores. Exports stream with the forEach
    /// functions instead.
    Result<ExchangeData> readAll() const;

    Status forEachAssessment(const Visit<ExchangeAssessment> &visit) const;
    Status forEachEntry(const Visit<JournalEntry> &visit) const;
    Status forEachGoal(const Visit<ExchangeGoal> &visit) const;
    /// Feedback rounds by created_at then uuid, each with its statements and its responses (by
    /// received_at then uuid). A user has a few rounds of a few dozen responses, so they are read
    /// one round at a time rather than in batches.
    Status forEachFeedbackRound(const Visit<ExchangeFeedbackRound> &visit) const;
    Result<QMap<QString, QString>> settings() const;
    Result<Counts> counts() const;

    /// One stored record by its uuid, read as the forEach functions read it; nothing when the
    /// store has none of that kind with this uuid.
    Result<std::optional<ExchangeAssessment>> assessment(const QUuid &uuid) const;
    Result<std::optional<JournalEntry>> entry(const QUuid &uuid) const;
    Result<std::optional<ExchangeGoal>> goal(const QUuid &uuid) const;
    Result<std::optional<ExchangeFeedbackRound>> feedbackRound(const QUuid &uuid) const;

    /// What in the store holds a uuid (every uuid column is unique, so this is a few index
    /// lookups, not a read of the store).
    struct Owner final
    {
        enum class Kind { Assessment, JournalEntry, Goal, GoalStep, FeedbackRound, FeedbackResponse };
        Kind kind;
        QUuid goal; ///< for a step: the goal it belongs to; for a response: its round
    };
    Result<std::optional<Owner>> ownerOf(const QUuid &uuid) const;

private:
    Status readAssessments(const QString &filter, const QVariantMap &bindings,
                           const Visit<ExchangeAssessment> &visit) const;
    Status readEntries(const QString &filter, const QVariantMap &bindings, const Visit<JournalEntry> &visit) const;
    Status readGoals(const QString &filter, const QVariantMap &bindings, const Visit<ExchangeGoal> &visit) const;

    const Database &m_db;
};

} // namespace tandem::core
