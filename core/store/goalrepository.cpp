#include "goalrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "sqltime.h"
#include "transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace tandem::core {

Result<qint64> GoalRepository::add(const Goal &goal) const
{
    if (Status fits = RecordLimits::check(goal); !fits)
        return Error{QStringLiteral("The goal was not saved: %1.").arg(fits.error())};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    const QUuid uuid = goal.uuid.isNull() ? QUuid::createUuid() : goal.uuid;
    const QVariant nullText; // SQL NULL
    auto inserted = m_db.run(
            QStringLiteral("INSERT INTO goals (uuid, created_at, updated_at, target_kind, target_id, title, why,"
                           " due_on, target_score, status, closed_at)"
                           " VALUES (:uuid, :created, :updated, :target_kind, :target_id, :title, :why,"
                           " :due_on, :target_score, :status, :closed_at)"),
            {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
             {QStringLiteral(":created"), toSqlTime(goal.createdAt)},
             {QStringLiteral(":updated"), toSqlTime(goal.updatedAt.isValid() ? goal.updatedAt : goal.createdAt)},
             {QStringLiteral(":target_kind"), goalTargetKey(goal.targetKind)},
             {QStringLiteral(":target_id"), goal.targetId},
             {QStringLiteral(":title"), goal.title},
             {QStringLiteral(":why"), goal.why},
             {QStringLiteral(":due_on"), toSqlDate(goal.dueOn)},
             {QStringLiteral(":target_score"), goal.targetScore ? QVariant(*goal.targetScore) : QVariant()},
             {QStringLiteral(":status"), goalStatusKey(goal.status)},
             {QStringLiteral(":closed_at"), goal.closedAt.isValid() ? QVariant(toSqlTime(goal.closedAt)) : nullText}});
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    int position = 0;
    for (const GoalStep &step : goal.steps) {
        auto added = m_db.run(QStringLiteral("INSERT INTO goal_steps (uuid, goal_id, position, text, done_at)"
                                             " VALUES (:uuid, :goal, :position, :text, :done_at)"),
                              {{QStringLiteral(":uuid"), (step.uuid.isNull() ? QUuid::createUuid() : step.uuid).toString(QUuid::WithoutBraces)},
                               {QStringLiteral(":goal"), id},
                               {QStringLiteral(":position"), position++},
                               {QStringLiteral(":text"), step.text},
                               {QStringLiteral(":done_at"), step.doneAt.isValid() ? QVariant(toSqlTime(step.doneAt)) : nullText}});
        if (!added)
            return Error{added.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
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
        if (!q.value(10).isNull())
            goal.closedAt = fromSqlTime(q.value(10).toString());
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
            if (!q.value(2).isNull())
                step.doneAt = fromSqlTime(q.value(2).toString());
            goal.steps.append(step);
        }
    }
    return result;
}

} // namespace tandem::core
