#pragma once

#include "goal.h"
#include "result.h"

#include <QHash>
#include <QUuid>

#include <optional>

class QSqlQuery;

namespace tandem::core {

class Database;

/// Stores goals, their steps and the journal entries given as their evidence. The only place
/// that writes their SQL: the app, the demo and import all store a goal through add() and update().
class GoalRepository final
{
public:
    explicit GoalRepository(const Database &db) : m_db(db) {}

    /// Inserts a goal, its steps (in order) and its evidence, in the caller's transaction or one
    /// of its own, and gives the new row id. It keeps what the goal carries: its row id when that
    /// is free (so that undoing a removal puts it back where it was), its uuids and times; it
    /// fills what it lacks: fresh uuids, created now, updated the created time. Evidence naming
    /// an entry that does not exist is left out. A goal beyond
    /// RecordLimits is refused, naming the field, and nothing is stored.
    Result<qint64> add(const Goal &goal) const;

    /// Replaces the fields, the steps and the evidence of the goal with row id goal.id;
    /// updated_at becomes goal.updatedAt (now, when it is not set); created_at and the uuid stay.
    /// Refused, changing nothing, beyond RecordLimits or when there is no such goal.
    Status update(const Goal &goal) const;

    /// Makes the journal entries with these row ids the goal's only evidence (import names
    /// evidence by uuid and finds the ids after the entries are in).
    Status replaceEvidence(qint64 goalId, const QList<qint64> &entryIds) const;

    /// Removes a goal with its steps and evidence links (the entries stay).
    Status remove(qint64 id) const;

    Result<int> count(std::optional<GoalStatus> status = std::nullopt) const;

    /// One goal with its steps and evidence.
    Result<Goal> get(qint64 id) const;
    Result<std::optional<qint64>> idFor(const QUuid &uuid) const;

    /// Goals in these statuses (every goal when empty) with their steps and evidence: active
    /// and paused first, those due soonest first (goals without a date last), then finished ones
    /// newest first. With closedSince, goals completed or dropped before then are left out (the
    /// Goals page's "current and past year"), in the query, so that old goals cost nothing.
    /// Reads in three queries, whatever the number of goals.
    Result<QList<Goal>> list(const QList<GoalStatus> &statuses = {}, const QDateTime &closedSince = {}) const;

    /// Active goals with their steps and evidence, those due soonest first (goals without a date
    /// last), at most limit of them. Reads only the rows it returns.
    Result<QList<Goal>> active(int limit) const;

    /// The row ids of the goals that have this journal entry as evidence.
    Result<QList<qint64>> goalsWithEvidence(qint64 entryId) const;

    /// The columns fromRow() reads, in its order. The one reading of a goals row, shared by
    /// ExchangeRepository.
    static QString rowColumns();
    /// A goal, without its steps and evidence, from a row whose columns from `first` on are
    /// rowColumns().
    static Goal fromRow(const QSqlQuery &query, int first = 0);
    /// The steps of these goals, by the goal's row id, each goal's in their order, in one query;
    /// a goal without steps is absent.
    static Result<QHash<qint64, QList<GoalStep>>> stepsOf(const Database &db, const QList<qint64> &ids);

private:
    Result<QList<Goal>> read(const QString &where, const QVariantMap &bindings, const QString &orderAndLimit) const;
    Status storeStepsAndEvidence(qint64 goalId, const Goal &goal) const;

    const Database &m_db;
};

} // namespace tandem::core
