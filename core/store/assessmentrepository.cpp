#include "assessmentrepository.h"

#include "database.h"
#include "recordlimits.h"
#include "sqltime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem::core {

Result<qint64> AssessmentRepository::add(const Assessment &assessment) const
{
    if (Status fits = RecordLimits::check(assessment); !fits)
        return Error {
            QCoreApplication::translate("AssessmentRepository", "The assessment was not saved: %1.").arg(fits.error())
        };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    const QUuid uuid = assessment.uuid.isNull() ? QUuid::createUuid() : assessment.uuid;
    // NULL (a fresh row id) unless the assessment's own one is free.
    auto inserted = m_db.runPrepared(
            QStringLiteral("INSERT INTO assessments (id, uuid, kind, model_version, started_at, taken_at, note)"
                           " VALUES (CASE WHEN :id > 0 AND NOT EXISTS (SELECT 1 FROM assessments WHERE id = :id)"
                           " THEN :id END, :uuid, :kind, :model_version, :started_at, :taken_at, :note)"),
            {{QStringLiteral(":id"), assessment.id},
             {QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
             {QStringLiteral(":kind"), assessmentKindKey(assessment.kind)},
             {QStringLiteral(":model_version"), assessment.modelVersion},
             {QStringLiteral(":started_at"), toOptionalSqlTime(assessment.startedAt)},
             {QStringLiteral(":taken_at"), toSqlTime(assessment.takenAt)},
             {QStringLiteral(":note"), assessment.note}});
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value()->lastInsertId().toLongLong();

    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        auto answered = m_db.runPrepared(
                QStringLiteral("INSERT INTO answers (assessment_id, item_id, value) VALUES (:a, :item, :value)"),
                {{QStringLiteral(":a"), id}, {QStringLiteral(":item"), it.key()}, {QStringLiteral(":value"), it.value()}});
        if (!answered) {
            Error error = answered.failure();
            error.message = QCoreApplication::translate("AssessmentRepository", "Could not store the answer to %1: %2")
                                .arg(it.key(), error.message);
            return error;
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<std::optional<qint64>> AssessmentRepository::idFor(const QUuid &uuid) const
{
    const auto id = m_db.scalar(QStringLiteral("SELECT id FROM assessments WHERE uuid = :uuid"),
                                {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)}});
    if (!id)
        return Error{id.error()};
    if (id.value().isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value().toLongLong());
}

Result<bool> AssessmentRepository::hasAny() const
{
    const auto any = m_db.scalarPrepared(QStringLiteral("SELECT EXISTS (SELECT 1 FROM assessments)"));
    if (!any)
        return Error { any.error() };
    return any.value().toBool();
}

Result<int> AssessmentRepository::count(std::optional<AssessmentKind> kind) const
{
    const auto n = kind ? m_db.scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = :kind"),
                                      {{QStringLiteral(":kind"), assessmentKindKey(*kind)}})
                        : m_db.scalar(QStringLiteral("SELECT count(*) FROM assessments"));
    if (!n)
        return Error{n.error()};
    return n.value().toInt();
}

QString AssessmentRepository::rowColumns(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns;
    for (const char *column : {"id", "uuid", "kind", "model_version", "started_at", "taken_at", "note"})
        columns.append(prefix + QLatin1String(column));
    return columns.join(QStringLiteral(", "));
}

Assessment AssessmentRepository::fromRow(const QSqlQuery &query, int first)
{
    Assessment a;
    a.id = query.value(first).toLongLong();
    a.uuid = QUuid::fromString(query.value(first + 1).toString());
    a.kind = assessmentKindFromKey(query.value(first + 2).toString()).value_or(AssessmentKind::Full);
    a.modelVersion = query.value(first + 3).toString();
    a.startedAt = fromOptionalSqlTime(query.value(first + 4));
    a.takenAt = fromSqlTime(query.value(first + 5).toString());
    a.note = query.value(first + 6).toString();
    return a;
}

Result<QHash<qint64, Answers>> AssessmentRepository::answersOf(const Database &db, const QList<qint64> &ids)
{
    QHash<qint64, Answers> answers;
    if (ids.isEmpty())
        return answers;
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    // Ids are integers the store gave out, so joining them into the statement is safe.
    auto query = db.run(QStringLiteral("SELECT assessment_id, item_id, value FROM answers WHERE assessment_id IN (")
                        + list.join(QLatin1Char(',')) + QLatin1Char(')'));
    if (!query)
        return query.failure();
    QSqlQuery &q = query.value();
    while (q.next())
        answers[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toInt());
    return answers;
}

Result<QList<Assessment>> AssessmentRepository::select(const QString &where, const QVariantMap &bindings,
                                                        const QString &tail, bool withAnswers) const
{
    // The assessments first (ordered, limited), then their answers in one pass: a LIMIT must
    // count assessments, not answer rows.
    auto query = m_db.run(QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(" FROM assessments ") + where
                                  + QLatin1Char(' ') + tail,
                          bindings);
    if (!query)
        return Error{query.error()};
    QList<Assessment> result;
    QSqlQuery &q = query.value();
    while (q.next())
        result.append(fromRow(q));
    if (!withAnswers || result.isEmpty())
        return result;

    QList<qint64> ids;
    ids.reserve(result.size());
    for (const Assessment &a : std::as_const(result))
        ids.append(a.id);
    const auto answers = answersOf(m_db, ids);
    if (!answers)
        return Error{answers.error()};
    for (Assessment &a : result)
        a.answers = answers->value(a.id);
    return result;
}

namespace {
const QString NewestFirst = QStringLiteral("ORDER BY taken_at DESC, id DESC");

QString kindFilter(std::optional<AssessmentKind> kind, QVariantMap &bindings)
{
    if (!kind)
        return {};
    bindings.insert(QStringLiteral(":kind"), assessmentKindKey(*kind));
    return QStringLiteral("WHERE kind = :kind");
}
} // namespace

Result<QList<Assessment>> AssessmentRepository::list(std::optional<AssessmentKind> kind) const
{
    QVariantMap bindings;
    const QString where = kindFilter(kind, bindings);
    return select(where, bindings, NewestFirst, true);
}

Result<QList<Assessment>> AssessmentRepository::summaries(std::optional<AssessmentKind> kind, int limit, int offset,
                                                          bool withAnswers) const
{
    QVariantMap bindings;
    const QString where = kindFilter(kind, bindings);
    bindings.insert(QStringLiteral(":limit"), limit);
    bindings.insert(QStringLiteral(":offset"), offset);
    return select(where, bindings, NewestFirst + QStringLiteral(" LIMIT :limit OFFSET :offset"), withAnswers);
}

Result<Assessment> AssessmentRepository::get(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}}, QString(), true);
    if (!found)
        return Error{found.error()};
    if (found.value().isEmpty())
        return Error {
            QCoreApplication::translate("AssessmentRepository", "There is no assessment with the id %1.").arg(id)
        };
    return found.value().first();
}

Result<std::optional<Assessment>> AssessmentRepository::latest(AssessmentKind kind) const
{
    QVariantMap bindings;
    const QString where = kindFilter(kind, bindings);
    auto found = select(where, bindings, NewestFirst + QStringLiteral(" LIMIT 1"), true);
    if (!found)
        return Error{found.error()};
    if (found.value().isEmpty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(found.value().first());
}

Result<std::optional<Assessment>> AssessmentRepository::latestUpTo(AssessmentKind kind, const QDateTime &time) const
{
    auto found = select(QStringLiteral("WHERE kind = :kind AND taken_at <= :time"),
                        { { QStringLiteral(":kind"), assessmentKindKey(kind) },
                          { QStringLiteral(":time"), toSqlTime(time) } },
                        NewestFirst + QStringLiteral(" LIMIT 1"), true);
    if (!found)
        return Error { found.error() };
    if (found.value().isEmpty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(found.value().first());
}

Result<std::optional<Assessment>> AssessmentRepository::previous(const Assessment &assessment) const
{
    auto found = select(QStringLiteral("WHERE kind = :kind AND (taken_at < :taken_at OR (taken_at = :taken_at AND id < :id))"),
                        {{QStringLiteral(":kind"), assessmentKindKey(assessment.kind)},
                         {QStringLiteral(":taken_at"), toSqlTime(assessment.takenAt)},
                         {QStringLiteral(":id"), assessment.id}},
                        NewestFirst + QStringLiteral(" LIMIT 1"), true);
    if (!found)
        return Error{found.error()};
    if (found.value().isEmpty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(found.value().first());
}

Result<std::optional<QDateTime>> AssessmentRepository::lastTakenAt(AssessmentKind kind) const
{
    const auto last = m_db.scalar(QStringLiteral("SELECT max(taken_at) FROM assessments WHERE kind = :kind"),
                                  {{QStringLiteral(":kind"), assessmentKindKey(kind)}});
    if (!last)
        return Error{last.error()};
    if (last.value().isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromSqlTime(last.value().toString()));
}

Result<Assessment> AssessmentRepository::remove(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};
    auto found = get(id);
    if (!found)
        return found;
    auto deleted = m_db.run(QStringLiteral("DELETE FROM assessments WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!deleted)
        return Error{deleted.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return found;
}

} // namespace tandem::core
