#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QList>

#include <memory>

namespace tandem::core {

class Database;

/// Moves a user's whole data in and out of the store, for export and import: reads everything
/// in one consistent, stable order, and writes records with the uuids and times they bring.
/// The only place that holds the SQL of export and import. Every write refuses a record beyond
/// RecordLimits, naming the field, so that nothing imported is beyond what an export reads back.
class ExchangeRepository final
{
public:
    explicit ExchangeRepository(const Database &db);
    ~ExchangeRepository();
    ExchangeRepository(const ExchangeRepository &) = delete;
    ExchangeRepository &operator=(const ExchangeRepository &) = delete;

    /// Every assessment (with answers and started_at), journal entry (with tags, links and
    /// advice), goal (with steps and evidence) and setting, read as one snapshot. The order is
    /// stable, so the same database always gives the same data: assessments by taken_at then
    /// uuid, entries by occurred_at then uuid, goals by created_at then uuid; tags by name
    /// (ignoring ASCII letter case, as the store compares them), links by id, steps in their
    /// order, evidence by the entry's occurred_at then uuid. The records' `id` fields hold this
    /// store's row ids (meaningless anywhere else); drafts are not read.
    Result<ExchangeData> readAll() const;

    /// Inserts a goal with its uuid and times (not its steps or evidence); gives the row id.
    Result<qint64> insertGoal(const Goal &goal) const;

    /// Replaces the fields of the goal with row id `id`; updated_at becomes goal.updatedAt,
    /// created_at and the uuid stay. Steps and evidence are replaced separately.
    Status updateGoal(qint64 id, const Goal &goal) const;

    /// Makes `steps` (with their uuids, in this order) the goal's only steps.
    Status replaceGoalSteps(qint64 goalId, const QList<GoalStep> &steps) const;

    /// Makes the journal entries with these row ids the goal's only evidence.
    Status replaceGoalEvidence(qint64 goalId, const QList<qint64> &entryIds) const;

    /// Adds a setting; an error when the key already has a value.
    Status insertSetting(const QString &key, const QString &value) const;

private:
    struct Statements;
    Result<Statements *> statements() const;

    const Database &m_db;
    // Prepared once and reused, so that importing thousands of records does not prepare
    // thousands of statements.
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace tandem::core
