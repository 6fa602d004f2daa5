#pragma once

#include "goal.h"
#include "result.h"

namespace tandem::core {

class Database;

/// Stores goals, their steps and the journal entries given as their evidence. The only place
/// that writes their SQL: the app, the demo and import all store a goal through add() and update().
class GoalRepository final
{
public:
    explicit GoalRepository(const Database &db) : m_db(db) {}

    /// Inserts a goal and its steps (in order), in the caller's transaction or one of its own,
    /// and gives the new row id. It keeps the uuids and times the goal and its steps carry and
    /// fills what they lack: fresh uuids, created now, updated the created time. A goal beyond
    /// RecordLimits is refused, naming the field, and nothing is stored.
    Result<qint64> add(const Goal &goal) const;

    /// Replaces the fields and the steps of the goal with row id goal.id; updated_at becomes
    /// goal.updatedAt (now, when it is not set); created_at, the uuid and the evidence stay.
    /// Refused, changing nothing, beyond RecordLimits or when there is no such goal.
    Status update(const Goal &goal) const;

    /// Makes the journal entries with these row ids the goal's only evidence.
    Status replaceEvidence(qint64 goalId, const QList<qint64> &entryIds) const;

    Result<int> count(std::optional<GoalStatus> status = std::nullopt) const;

    /// Active goals with their steps, those due soonest first (goals without a date last), at
    /// most limit of them. Reads only the rows it returns.
    Result<QList<Goal>> active(int limit) const;

private:
    Status storeSteps(qint64 goalId, const QList<GoalStep> &steps) const;

    const Database &m_db;
};

} // namespace tandem::core
