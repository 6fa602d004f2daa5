#include "goalrepository.h"

#include "database.h"
#include "sqltime.h"
#include "transaction.h"

namespace tandem::core {

QString goalTargetKey(GoalTarget target)
{
    switch (target) {
    case GoalTarget::Skill: return QStringLiteral("skill");
    case GoalTarget::LeadPole: return QStringLiteral("lead_pole");
    case GoalTarget::ManagePole: return QStringLiteral("manage_pole");
    }
    return {};
}

QString goalStatusKey(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Active: return QStringLiteral("active");
    case GoalStatus::Done: return QStringLiteral("done");
    case GoalStatus::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

Result<qint64> GoalRepository::add(const Goal &goal) const
{
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

} // namespace tandem::core
