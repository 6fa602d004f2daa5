#include "draftrepository.h"

#include "database.h"
#include "sqltime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::core {

Status DraftRepository::save(const AssessmentDraft &draft) const
{
    QJsonObject answers;
    for (auto it = draft.answers.cbegin(); it != draft.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    auto done = m_db.run(
            QStringLiteral("INSERT INTO assessment_drafts (kind, model_version, started_at, updated_at, position, note, answers)"
                           " VALUES (:kind, :model_version, :started_at, :updated_at, :position, :note, :answers)"
                           " ON CONFLICT (kind) DO UPDATE SET model_version = excluded.model_version,"
                           " started_at = excluded.started_at, updated_at = excluded.updated_at,"
                           " position = excluded.position, note = excluded.note, answers = excluded.answers"),
            {{QStringLiteral(":kind"), assessmentKindKey(draft.kind)},
             {QStringLiteral(":model_version"), draft.modelVersion},
             {QStringLiteral(":started_at"), toSqlTime(draft.startedAt)},
             {QStringLiteral(":updated_at"), toSqlTime(draft.updatedAt.isValid() ? draft.updatedAt : draft.startedAt)},
             {QStringLiteral(":position"), draft.position},
             {QStringLiteral(":note"), draft.note},
             {QStringLiteral(":answers"), QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))}});
    if (!done)
        return Error{done.error()};
    return {};
}

Result<std::optional<AssessmentDraft>> DraftRepository::load(AssessmentKind kind) const
{
    auto query = m_db.run(QStringLiteral("SELECT model_version, started_at, updated_at, position, note, answers"
                                         " FROM assessment_drafts WHERE kind = :kind"),
                          {{QStringLiteral(":kind"), assessmentKindKey(kind)}});
    if (!query)
        return Error{query.error()};
    QSqlQuery &q = query.value();
    if (!q.next())
        return std::optional<AssessmentDraft>();
    AssessmentDraft draft;
    draft.kind = kind;
    draft.modelVersion = q.value(0).toString();
    draft.startedAt = fromSqlTime(q.value(1).toString());
    draft.updatedAt = fromSqlTime(q.value(2).toString());
    draft.position = q.value(3).toInt();
    draft.note = q.value(4).toString();
    const QJsonObject answers = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const int value = it.value().toInt(0);
        if (value >= 1 && value <= 5)
            draft.answers.insert(it.key(), value);
    }
    return std::optional<AssessmentDraft>(draft);
}

Status DraftRepository::discard(AssessmentKind kind) const
{
    auto done = m_db.run(QStringLiteral("DELETE FROM assessment_drafts WHERE kind = :kind"),
                         {{QStringLiteral(":kind"), assessmentKindKey(kind)}});
    if (!done)
        return Error{done.error()};
    return {};
}

} // namespace tandem::core
