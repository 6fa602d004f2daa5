#pragma once

#include "goal.h"
#include "result.h"

namespace tandem::core {

class Database;

/// Stores goals and their steps. The only place that writes their SQL.
class GoalRepository final
{
public:
    explicit GoalRepository(const Database &db) : m_db(db) {}

    /// Inserts a goal and its steps (in order); gives the new row id. A goal beyond RecordLimits
    /// is refused, naming the field, and nothing is stored.
    Result<qint64> add(const Goal &goal) const;

    Result<int> count(std::optional<GoalStatus> status = std::nullopt) const;

    /// Active goals with their steps, those due soonest first (goals without a date last), at
    /// most limit of them. Reads only the rows it returns.
    Result<QList<Goal>> active(int limit) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
