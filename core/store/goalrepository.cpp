#include "goalrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "sqltime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
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

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<qint64> GoalRepository::add(const Goal &goal) const
{
    if (Status fits = RecordLimits::check(goal); !fits)
        return Error { QCoreApplication::translate("GoalRepository", "The goal was not saved: %1.").arg(fits.error()) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    const QUuid uuid = goal.uuid.isNull() ? QUuid::createUuid() : goal.uuid;
    const QDateTime created = goal.createdAt.isValid() ? goal.createdAt : QDateTime::currentDateTimeUtc();
    // The id is NULL (a fresh row id) unless the goal's own one is free.
    auto inserted = m_db.runPrepared(
            QStringLiteral("INSERT INTO goals (id, uuid, created_at, updated_at, target_kind, target_id, title, why,"
                           " due_on, target_score, status, closed_at)"
                           " VALUES (CASE WHEN :id > 0 AND NOT EXISTS (SELECT 1 FROM goals WHERE id = :id)"
                           " THEN :id END, :uuid, :created, :updated, :target_kind, :target_id, :title, :why,"
                           " :due_on, :target_score, :status, :closed_at)"),
            withContent(goal, goal.updatedAt.isValid() ? goal.updatedAt : created,
                        {{QStringLiteral(":id"), goal.id},
                         {QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
                         {QStringLiteral(":created"), toSqlTime(created)}}));
    if (!inserted)
        return inserted.failure();
    const qint64 id = inserted.value()->lastInsertId().toLongLong();
    if (Status stored = storeStepsAndEvidence(id, goal); !stored)
        return stored.failure();
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Status GoalRepository::update(const Goal &goal) const
{
    if (Status fits = RecordLimits::check(goal); !fits)
        return Error { QCoreApplication::translate("GoalRepository", "The goal was not saved: %1.").arg(fits.error()) };
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
        return Error { QCoreApplication::translate("GoalRepository", "There is no goal with the id %1.").arg(goal.id) };
    const QVariantMap byGoal{{QStringLiteral(":goal"), goal.id}};
    for (const QString &sql : {QStringLiteral("DELETE FROM goal_steps WHERE goal_id = :goal"),
                               QStringLiteral("DELETE FROM goal_evidence WHERE goal_id = :goal")}) {
        if (auto removed = m_db.runPrepared(sql, byGoal); !removed)
            return removed.failure();
    }
    if (Status stored = storeStepsAndEvidence(goal.id, goal); !stored)
        return stored;
    return transaction.commit();
}

Status GoalRepository::storeStepsAndEvidence(qint64 goalId, const Goal &goal) const
{
    int position = 0;
    for (const GoalStep &step : goal.steps) {
        auto added = m_db.runPrepared(
                QStringLiteral("INSERT INTO goal_steps (uuid, goal_id, position, text, due_on, tip_id, done_at)"
                               " VALUES (:uuid, :goal, :position, :text, :due_on, :tip_id, :done_at)"),
                {{QStringLiteral(":uuid"), (step.uuid.isNull() ? QUuid::createUuid() : step.uuid).toString(QUuid::WithoutBraces)},
                 {QStringLiteral(":goal"), goalId},
                 {QStringLiteral(":position"), position++},
                 {QStringLiteral(":text"), step.text},
                 {QStringLiteral(":due_on"), toSqlDate(step.dueOn)},
                 {QStringLiteral(":tip_id"), step.tipId},
                 {QStringLiteral(":done_at"), toOptionalSqlTime(step.doneAt)}});
        if (!added)
            return added.failure();
    }
    // Evidence naming an entry that is gone (removed since the goal was read) is left out.
    for (const qint64 entryId : goal.evidence) {
        auto added = m_db.runPrepared(
                QStringLiteral("INSERT OR IGNORE INTO goal_evidence (goal_id, entry_id)"
                               " SELECT :goal, id FROM journal_entries WHERE id = :entry"),
                {{QStringLiteral(":goal"), goalId}, {QStringLiteral(":entry"), entryId}});
        if (!added)
            return added.failure();
    }
    return {};
}

Status GoalRepository::replaceEvidence(qint64 goalId, const QList<qint64> &entryIds) const
{
    if (Status fits = RecordLimits::checkCount(
            entryIds.size(), QCoreApplication::translate("GoalRepository", "journal entries given as evidence"),
            RecordLimits::MaxRecords);
        !fits)
        return Error { QCoreApplication::translate("GoalRepository", "The goal was not saved: %1.").arg(fits.error()) };
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

Status GoalRepository::remove(qint64 id) const
{
    // Its steps and evidence links go with it (ON DELETE CASCADE).
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM goals WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!removed)
        return removed.failure();
    if (removed.value()->numRowsAffected() < 1)
        return Error { QCoreApplication::translate("GoalRepository", "There is no goal with the id %1.").arg(id) };
    return {};
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

Result<Goal> GoalRepository::get(qint64 id) const
{
    auto goals = read(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, QString());
    if (!goals)
        return goals.failure();
    if (goals.value().isEmpty())
        return Error { QCoreApplication::translate("GoalRepository", "There is no goal with the id %1.").arg(id) };
    return goals.value().constFirst();
}

Result<std::optional<qint64>> GoalRepository::idFor(const QUuid &uuid) const
{
    const auto id = m_db.scalar(QStringLiteral("SELECT id FROM goals WHERE uuid = :uuid"),
                                {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)}});
    if (!id)
        return Error{id.error()};
    if (id.value().isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value().toLongLong());
}

Result<QList<Goal>> GoalRepository::list(const QList<GoalStatus> &statuses, const QDateTime &closedSince) const
{
    QStringList keys;
    for (GoalStatus status : statuses)
        keys.append(QLatin1Char('\'') + goalStatusKey(status) + QLatin1Char('\''));
    QString where = keys.isEmpty() ? QStringLiteral("1") : QStringLiteral("status IN (%1)").arg(keys.join(QLatin1Char(',')));
    QVariantMap bindings;
    if (closedSince.isValid()) {
        where += QStringLiteral(" AND (closed_at IS NULL OR closed_at >= :since)");
        bindings.insert(QStringLiteral(":since"), toSqlTime(closedSince));
    }
    return read(where, bindings,
                QStringLiteral("ORDER BY status IN ('done', 'dropped'), CASE WHEN status IN ('done', 'dropped')"
                               " THEN closed_at END DESC, due_on IS NULL, due_on, created_at, id"));
}

Result<QList<Goal>> GoalRepository::active(int limit) const
{
    return read(QStringLiteral("status = 'active'"), {},
                QStringLiteral("ORDER BY due_on IS NULL, due_on, created_at, id LIMIT %1").arg(std::max(0, limit)));
}

Result<QList<qint64>> GoalRepository::goalsWithEvidence(qint64 entryId) const
{
    auto rows = m_db.run(QStringLiteral("SELECT goal_id FROM goal_evidence WHERE entry_id = :entry ORDER BY goal_id"),
                         {{QStringLiteral(":entry"), entryId}});
    if (!rows)
        return rows.failure();
    QList<qint64> ids;
    while (rows.value().next())
        ids.append(rows.value().value(0).toLongLong());
    return ids;
}

QString GoalRepository::rowColumns()
{
    return QStringLiteral("id, uuid, created_at, updated_at, target_kind, target_id, title, why, due_on, target_score,"
                          " status, closed_at");
}

Goal GoalRepository::fromRow(const QSqlQuery &query, int first)
{
    Goal goal;
    goal.id = query.value(first).toLongLong();
    goal.uuid = QUuid::fromString(query.value(first + 1).toString());
    goal.createdAt = fromSqlTime(query.value(first + 2).toString());
    goal.updatedAt = fromSqlTime(query.value(first + 3).toString());
    goal.targetKind = goalTargetFromKey(query.value(first + 4).toString()).value_or(GoalTarget::Skill);
    goal.targetId = query.value(first + 5).toString();
    goal.title = query.value(first + 6).toString();
    goal.why = query.value(first + 7).toString();
    goal.dueOn = fromSqlDate(query.value(first + 8));
    if (!query.value(first + 9).isNull())
        goal.targetScore = query.value(first + 9).toInt();
    goal.status = goalStatusFromKey(query.value(first + 10).toString()).value_or(GoalStatus::Active);
    goal.closedAt = fromOptionalSqlTime(query.value(first + 11));
    return goal;
}

Result<QHash<qint64, QList<GoalStep>>> GoalRepository::stepsOf(const Database &db, const QList<qint64> &ids)
{
    QHash<qint64, QList<GoalStep>> steps;
    if (ids.isEmpty())
        return steps;
    // The ids are integers the store gave out, so joining them into the statement is safe.
    auto query = db.run(QStringLiteral("SELECT goal_id, uuid, text, due_on, tip_id, done_at FROM goal_steps"
                                       " WHERE goal_id IN (%1) ORDER BY goal_id, position, id")
                                .arg(idList(ids)));
    if (!query)
        return query.failure();
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        GoalStep step;
        step.uuid = QUuid::fromString(q.value(1).toString());
        step.text = q.value(2).toString();
        step.dueOn = fromSqlDate(q.value(3));
        step.tipId = q.value(4).toString();
        step.doneAt = fromOptionalSqlTime(q.value(5));
        steps[q.value(0).toLongLong()].append(std::move(step));
    }
    return steps;
}

Result<QList<Goal>> GoalRepository::read(const QString &where, const QVariantMap &bindings,
                                         const QString &orderAndLimit) const
{
    auto goals = m_db.run(QStringLiteral("SELECT ") + rowColumns()
                                  + QStringLiteral(" FROM goals WHERE %1 %2").arg(where, orderAndLimit),
                          bindings);
    if (!goals)
        return goals.failure();
    QList<Goal> result;
    QHash<qint64, qsizetype> index;
    while (goals.value().next()) {
        Goal goal = fromRow(goals.value());
        index.insert(goal.id, result.size());
        result.append(std::move(goal));
    }
    if (result.isEmpty())
        return result;
    // The steps and the evidence of all of them, one query each (the ids are integers we read).
    QList<qint64> ids;
    ids.reserve(result.size());
    for (const Goal &goal : result)
        ids.append(goal.id);
    const QString in = idList(ids);
    const auto steps = stepsOf(m_db, ids);
    if (!steps)
        return steps.failure();
    for (Goal &goal : result)
        goal.steps = steps->value(goal.id);
    auto evidence = m_db.run(QStringLiteral("SELECT ge.goal_id, ge.entry_id FROM goal_evidence ge"
                                            " JOIN journal_entries e ON e.id = ge.entry_id"
                                            " WHERE ge.goal_id IN (%1) ORDER BY ge.goal_id, e.occurred_at, e.id")
                                     .arg(in));
    if (!evidence)
        return evidence.failure();
    while (evidence.value().next())
        result[index.value(evidence.value().value(0).toLongLong())].evidence.append(evidence.value().value(1).toLongLong());
    return result;
}

} // namespace tandem::core
