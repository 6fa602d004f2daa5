#include "assessmentrepository.h"

#include "database.h"
#include "sqltime.h"
#include "transaction.h"

#include <QSqlError>

namespace tandem::core {

Result<qint64> AssessmentRepository::add(const Assessment &assessment) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{transaction.error()};

    const QUuid uuid = assessment.uuid.isNull() ? QUuid::createUuid() : assessment.uuid;
    auto inserted = m_db.run(
            QStringLiteral("INSERT INTO assessments (uuid, kind, model_version, taken_at, note)"
                           " VALUES (:uuid, :kind, :model_version, :taken_at, :note)"),
            {{QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)},
             {QStringLiteral(":kind"), assessmentKindKey(assessment.kind)},
             {QStringLiteral(":model_version"), assessment.modelVersion},
             {QStringLiteral(":taken_at"), toSqlTime(assessment.takenAt)},
             {QStringLiteral(":note"), assessment.note}});
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value().lastInsertId().toLongLong();

    QSqlQuery answer(m_db.connection());
    answer.prepare(QStringLiteral("INSERT INTO answers (assessment_id, item_id, value) VALUES (:a, :item, :value)"));
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        answer.bindValue(QStringLiteral(":a"), id);
        answer.bindValue(QStringLiteral(":item"), it.key());
        answer.bindValue(QStringLiteral(":value"), it.value());
        if (!answer.exec())
            return Error{QStringLiteral("Could not store the answer to %1: %2").arg(it.key(), answer.lastError().text())};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
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

Result<QList<Assessment>> AssessmentRepository::list(std::optional<AssessmentKind> kind) const
{
    QVariantMap bindings;
    QString filter;
    if (kind) {
        filter = QStringLiteral(" WHERE a.kind = :kind");
        bindings.insert(QStringLiteral(":kind"), assessmentKindKey(*kind));
    }
    // One pass over a join, ordered so each assessment's answers arrive together.
    auto query = m_db.run(QStringLiteral("SELECT a.id, a.uuid, a.kind, a.model_version, a.taken_at, a.note,"
                                         " ans.item_id, ans.value"
                                         " FROM assessments a LEFT JOIN answers ans ON ans.assessment_id = a.id")
                                  + filter + QStringLiteral(" ORDER BY a.taken_at DESC, a.id DESC"),
                          bindings);
    if (!query)
        return Error{query.error()};
    QList<Assessment> result;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id) {
            Assessment a;
            a.id = id;
            a.uuid = QUuid::fromString(q.value(1).toString());
            a.kind = assessmentKindFromKey(q.value(2).toString()).value_or(AssessmentKind::Full);
            a.modelVersion = q.value(3).toString();
            a.takenAt = fromSqlTime(q.value(4).toString());
            a.note = q.value(5).toString();
            result.append(a);
        }
        if (!q.value(6).isNull())
            result.last().answers.insert(q.value(6).toString(), q.value(7).toInt());
    }
    return result;
}

} // namespace tandem::core
