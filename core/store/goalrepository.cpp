#include "goalrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "sqltime.h"
#include "transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace tandem::core {

namespace {

// The bindings of every field of a goal but its uuid and creation time, shared by insert and
// update so that the two cannot disagree about a column.
QVariantMap withContent(const Goal &goal, const QDateTime &updated, QVariantMap bindings)
{
    bindings.insert({{QStringLiteral(":updated"), toSqlTime(updated)},
                     {QStringLiteral(":target_kind"), goalTargetKey(goal.targetKind)},
                     {QStringLiteral(":target_id"), goal.targetId},
                     {QStringLiteral(":title"), goal.title},
                     {QStringLiteral(":why"), goal.why},
                     {QStringLiteral(":due_on"), toSqlDate(goal.dueOn)},
                     {QStringLiteral(":target_score"), goal.targetScore ? QVariant(*goal.targetScore) : QVariant()},
                     {QStringLiteral(":status"), goalStatusKey(goal.status)},
                     {QStringLiteral(":closed_at"), toOptionalSqlTime(goal.closedAt)}});
    return bindings;
}

} // namespace

Result<qint64> GoalRepository::add(const Goal &goal) const
{
    if (Status fits = RecordLimits::check(goal); !fits)
        return Error{QStringLiteral("The goal was not saved: %1.").arg(fits.error())};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    const QUuid uuid = goal.uuid.isNull() ? QUuid::createUuid() : goal.uuid;
    const QDateTime created = goal.createdAt.isValid() ? goal.createdAt : QDateTime::currentDateTimeUtc();
    auto inserted = m_db.runPrepared(
            QStringLiteral("INSERT INTO goals (uuid, created_at, updated_at, target_kind, target_id, title, why,"
                           " due_on, target_score, status, closed_at)"
                           " VALUES (:uuid, :created, :updated, :target_kind, :target_id, :title, :why,"
                           " :due_on, :target_score, :status, :closed_at)"),
            withContent(goal, goal.updatedAt.isValid() ? goal.updatedAt : created,
                        {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
                         {QStringLiteral(":created"), toSqlTime(created)}}));
    if (!inserted)
        return inserted.failure();
    const qint64 id = inserted.value()->lastInsertId().toLongLong();
    if (Status stored = storeSteps(id, goal.steps); !stored)
        return stored.failure();
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Status GoalRepository::update(const Goal &goal) const
{
    if (Status fits = RecordLimits::check(goal); !fits)
        return Error{QStringLiteral("The goal was not saved: %1.").arg(fits.error())};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    auto updated = m_db.runPrepared(
            QStringLiteral("UPDATE goals SET updated_at = :updated, target_kind = :target_kind, target_id = :target_id,"
                           " title = :title, why = :why, due_on = :due_on, target_score = :target_score,"
                           " status = :status, closed_at = :closed_at WHERE id = :id"),
            withContent(goal, goal.updatedAt.isValid() ? goal.updatedAt : QDateTime::currentDateTimeUtc(),
                        {{QStringLiteral(":id"), goal.id}}));
    if (!updated)
        return updated.failure();
    if (updated.value()->numRowsAffected() < 1)
        return Error{QStringLiteral("There is no goal with the id %1.").arg(goal.id)};
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM goal_steps WHERE goal_id = :goal"),
                                    {{QStringLiteral(":goal"), goal.id}});
    if (!removed)
        return removed.failure();
    if (Status stored = storeSteps(goal.id, goal.steps); !stored)
        return stored;
    return transaction.commit();
}

Status GoalRepository::storeSteps(qint64 goalId, const QList<GoalStep> &steps) const
{
    int position = 0;
    for (const GoalStep &step : steps) {
        auto added = m_db.runPrepared(
                QStringLiteral("INSERT INTO goal_steps (uuid, goal_id, position, text, done_at)"
                               " VALUES (:uuid, :goal, :position, :text, :done_at)"),
                {{QStringLiteral(":uuid"), (step.uuid.isNull() ? QUuid::createUuid() : step.uuid).toString(QUuid::WithoutBraces)},
                 {QStringLiteral(":goal"), goalId},
                 {QStringLiteral(":position"), position++},
                 {QStringLiteral(":text"), step.text},
                 {QStringLiteral(":done_at"), toOptionalSqlTime(step.doneAt)}});
        if (!added)
            return added.failure();
    }
    return {};
}

Status GoalRepository::replaceEvidence(qint64 goalId, const QList<qint64> &entryIds) const
{
    if (Status fits = RecordLimits::checkCount(entryIds.size(), QStringLiteral("journal entries given as evidence"),
                                               RecordLimits::MaxRecords);
        !fits)
        return Error{QStringLiteral("The goal was not saved: %1.").arg(fits.error())};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM goal_evidence WHERE goal_id = :goal"),
                                    {{QStringLiteral(":goal"), goalId}});
    if (!removed)
        return removed.failure();
    for (const qint64 entryId : entryIds) {
        auto added = m_db.runPrepared(
                QStringLiteral("INSERT OR IGNORE INTO goal_evidence (goal_id, entry_id) VALUES (:goal, :entry)"),
                {{QStringLiteral(":goal"), goalId}, {QStringLiteral(":entry"), entryId}});
        if (!added)
            return added.failure();
    }
    return transaction.commit();
}

Result<int> GoalRepository::count(std::optional<GoalStatus> status) const
{
    const auto n = status ? m_db.scalar(QStringLiteral("SELECT count(*) FROM goals WHERE status = :status"),
                                        {{QStringLiteral(":status"), goalStatusKey(*status)}})
                          : m_db.scalar(QStringLiteral("SELECT count(*) FROM goals"));
    if (!n)
        return Error{n.error()};
    return n.value().toInt();
}

Result<QList<Goal>> GoalRepository::active(int limit) const
{
    auto goals = m_db.run(QStringLiteral("SELECT id, uuid, created_at, updated_at, target_kind, target_id, title, why,"
                                         " due_on, target_score, closed_at FROM goals WHERE status = :status"
                                         " ORDER BY due_on IS NULL, due_on, created_at, id LIMIT :limit"),
                          {{QStringLiteral(":status"), goalStatusKey(GoalStatus::Active)},
                           {QStringLiteral(":limit"), std::max(0, limit)}});
    if (!goals)
        return Error{goals.error()};
    QList<Goal> result;
    while (goals.value().next()) {
        const QSqlQuery &q = goals.value();
        Goal goal;
        goal.id = q.value(0).toLongLong();
        goal.uuid = QUuid::fromString(q.value(1).toString());
        goal.createdAt = fromSqlTime(q.value(2).toString());
        goal.updatedAt = fromSqlTime(q.value(3).toString());
        goal.targetKind = goalTargetFromKey(q.value(4).toString()).value_or(GoalTarget::Skill);
        goal.targetId = q.value(5).toString();
        goal.title = q.value(6).toString();
        goal.why = q.value(7).toString();
        goal.dueOn = fromSqlDate(q.value(8));
        if (!q.value(9).isNull())
            goal.targetScore = q.value(9).toInt();
        goal.status = GoalStatus::Active;
        goal.closedAt = fromOptionalSqlTime(q.value(10));
        result.append(goal);
    }
    for (Goal &goal : result) {
        auto steps = m_db.run(QStringLiteral("SELECT uuid, text, done_at FROM goal_steps WHERE goal_id = :goal"
                                             " ORDER BY position"),
                              {{QStringLiteral(":goal"), goal.id}});
        if (!steps)
            return Error{steps.error()};
        while (steps.value().next()) {
            const QSqlQuery &q = steps.value();
            GoalStep step;
            step.uuid = QUuid::fromString(q.value(0).toString());
            step.text = q.value(1).toString();
            step.doneAt = fromOptionalSqlTime(q.value(2));
            goal.steps.append(step);
        }
    }
    return result;
}

} // namespace tandem::core
