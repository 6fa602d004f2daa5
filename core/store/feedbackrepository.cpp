#include "feedbackrepository.h"

#include "database.h"
#include "sqltime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tandem::core {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray fromBase64Url(const QVariant &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), Base64Url);
}

} // namespace

Result<qint64> FeedbackRepository::add(const FeedbackRound &round) const
{
    if (round.uuid.isNull() || !round.createdAt.isValid() || round.sealKey.size() != FeedbackLimits::SealKeyBytes)
        return Error { QCoreApplication::translate(
            "FeedbackRepository", "The feedback round was not saved: it has no id, time or seal key.") };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    auto inserted = m_db.runPrepared(
        QStringLiteral("INSERT INTO feedback_rounds (id, uuid, created_at, model_version, asked_by, note, seal_key,"
                       " invited, closed_at)"
                       " VALUES (CASE WHEN :id > 0 AND NOT EXISTS (SELECT 1 FROM feedback_rounds WHERE id = :id)"
                       " THEN :id END, :uuid, :created, :model, :asked_by, :note, :key, :invited, :closed)"),
        { { QStringLiteral(":id"), round.id },
          { QStringLiteral(":uuid"), round.uuid.toString(QUuid::WithoutBraces) },
          { QStringLiteral(":created"), toSqlTime(round.createdAt) },
          { QStringLiteral(":model"), round.modelVersion },
          { QStringLiteral(":asked_by"), round.askedBy },
          { QStringLiteral(":note"), round.note },
          { QStringLiteral(":key"), QString::fromLatin1(round.sealKey.toBase64(Base64Url)) },
          { QStringLiteral(":invited"),
            round.invited ? QVariant(*round.invited) : QVariant(QMetaType::fromType<int>()) },
          { QStringLiteral(":closed"), toOptionalSqlTime(round.closedAt.value_or(QDateTime())) } });
    if (!inserted)
        return inserted.failure();
    const qint64 id = inserted.value()->lastInsertId().toLongLong();
    for (int position = 0; position < round.itemIds.size(); ++position) {
        auto item = m_db.runPrepared(
            QStringLiteral(
                "INSERT INTO feedback_items (round_id, position, item_id) VALUES (:round, :position, :item)"),
            { { QStringLiteral(":round"), id },
              { QStringLiteral(":position"), position },
              { QStringLiteral(":item"), round.itemIds.at(position) } });
        if (!item)
            return item.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Status FeedbackRepository::setClosed(qint64 id, const std::optional<QDateTime> &at) const
{
    auto updated = m_db.runPrepared(
        QStringLiteral("UPDATE feedback_rounds SET closed_at = :closed WHERE id = :id"),
        { { QStringLiteral(":id"), id }, { QStringLiteral(":closed"), toOptionalSqlTime(at.value_or(QDateTime())) } });
    if (!updated)
        return updated.failure();
    if (updated.value()->numRowsAffected() < 1)
        return Error {
            QCoreApplication::translate("FeedbackRepository", "There is no feedback round with the id %1.").arg(id)
        };
    return {};
}

Status FeedbackRepository::remove(qint64 id) const
{
    // The statements, responses and answers go with it (ON DELETE CASCADE).
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM feedback_rounds WHERE id = :id"),
                                    { { QStringLiteral(":id"), id } });
    if (!removed)
        return removed.failure();
    if (removed.value()->numRowsAffected() < 1)
        return Error {
            QCoreApplication::translate("FeedbackRepository", "There is no feedback round with the id %1.").arg(id)
        };
    return {};
}

Result<qint64> FeedbackRepository::addResponse(const FeedbackResponse &response) const
{
    if (response.uuid.isNull() || !response.receivedAt.isValid() || response.seal.isEmpty())
        return Error { QCoreApplication::translate("FeedbackRepository",
                                                   "The response was not saved: it has no id, time or seal.") };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    auto inserted = m_db.runPrepared(
        QStringLiteral("INSERT INTO feedback_responses (id, uuid, round_id, rater, received_at, seal)"
                       " VALUES (CASE WHEN :id > 0 AND NOT EXISTS (SELECT 1 FROM feedback_responses WHERE id = :id)"
                       " THEN :id END, :uuid, :round, :rater, :received, :seal)"),
        { { QStringLiteral(":id"), response.id },
          { QStringLiteral(":uuid"), response.uuid.toString(QUuid::WithoutBraces) },
          { QStringLiteral(":round"), response.roundId },
          { QStringLiteral(":rater"), response.rater },
          { QStringLiteral(":received"), toSqlTime(response.receivedAt) },
          { QStringLiteral(":seal"), QString::fromLatin1(response.seal) } });
    if (!inserted)
        return inserted.failure();
    const qint64 id = inserted.value()->lastInsertId().toLongLong();
    for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
        auto answer = m_db.runPrepared(
            QStringLiteral(
                "INSERT INTO feedback_answers (response_id, item_id, value) VALUES (:response, :item, :value)"),
            { { QStringLiteral(":response"), id },
              { QStringLiteral(":item"), it.key() },
              { QStringLiteral(":value"),
                it.value() ? QVariant(*it.value()) : QVariant(QMetaType::fromType<int>()) } });
        if (!answer)
            return answer.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Status FeedbackRepository::removeResponse(qint64 id) const
{
    auto removed = m_db.runPrepared(QStringLiteral("DELETE FROM feedback_responses WHERE id = :id"),
                                    { { QStringLiteral(":id"), id } });
    if (!removed)
        return removed.failure();
    if (removed.value()->numRowsAffected() < 1)
        return Error {
            QCoreApplication::translate("FeedbackRepository", "There is no feedback response with the id %1.").arg(id)
        };
    return {};
}

Result<QList<FeedbackRound>> FeedbackRepository::readRounds(const QString &where, const QVariantMap &bindings) const
{
    auto query
        = m_db.run(QStringLiteral("SELECT id, uuid, created_at, model_version, asked_by, note, seal_key, invited,"
                                  " closed_at FROM feedback_rounds ")
                       + where + QStringLiteral(" ORDER BY created_at DESC, id DESC"),
                   bindings);
    if (!query)
        return query.failure();
    QList<FeedbackRound> rounds;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = query.value();
    while (q.next()) {
        FeedbackRound r;
        r.id = q.value(0).toLongLong();
        r.uuid = QUuid::fromString(q.value(1).toString());
        r.createdAt = fromSqlTime(q.value(2).toString());
        r.modelVersion = q.value(3).toString();
        r.askedBy = q.value(4).toString();
        r.note = q.value(5).toString();
        r.sealKey = fromBase64Url(q.value(6));
        if (!q.value(7).isNull())
            r.invited = q.value(7).toInt();
        if (!q.value(8).isNull())
            r.closedAt = fromSqlTime(q.value(8).toString());
        index.insert(r.id, rounds.size());
        rounds.append(std::move(r));
    }
    q.finish();
    if (rounds.isEmpty())
        return rounds;
    auto items = m_db.run(QStringLiteral("SELECT round_id, item_id FROM feedback_items"
                                         " WHERE round_id IN (SELECT value FROM json_each(:ids))"
                                         " ORDER BY round_id, position"),
                          { { QStringLiteral(":ids"), idsJson(index.keys()) } });
    if (!items)
        return items.failure();
    while (items.value().next())
        rounds[index.value(items.value().value(0).toLongLong())].itemIds.append(items.value().value(1).toString());
    return rounds;
}

Result<QList<FeedbackRoundSummary>> FeedbackRepository::list() const
{
    auto rounds = readRounds(QString(), {});
    if (!rounds)
        return rounds.failure();
    auto counts = m_db.run(QStringLiteral("SELECT round_id, count(*) FROM feedback_responses GROUP BY round_id"));
    if (!counts)
        return counts.failure();
    QHash<qint64, int> byRound;
    while (counts.value().next())
        byRound.insert(counts.value().value(0).toLongLong(), counts.value().value(1).toInt());
    QList<FeedbackRoundSummary> summaries;
    summaries.reserve(rounds.value().size());
    for (FeedbackRound &r : rounds.value()) {
        const int n = byRound.value(r.id);
        summaries.append({ std::move(r), n });
    }
    return summaries;
}

Result<FeedbackRound> FeedbackRepository::round(qint64 id) const
{
    auto rounds = readRounds(QStringLiteral("WHERE id = :id"), { { QStringLiteral(":id"), id } });
    if (!rounds)
        return rounds.failure();
    if (rounds.value().isEmpty())
        return Error {
            QCoreApplication::translate("FeedbackRepository", "There is no feedback round with the id %1.").arg(id)
        };
    return rounds.value().first();
}

Result<std::optional<FeedbackRound>> FeedbackRepository::roundByUuid(const QUuid &uuid) const
{
    auto rounds = readRounds(QStringLiteral("WHERE uuid = :uuid"),
                             { { QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces) } });
    if (!rounds)
        return rounds.failure();
    if (rounds.value().isEmpty())
        return std::optional<FeedbackRound>();
    return std::optional<FeedbackRound>(rounds.value().first());
}

Result<QList<FeedbackResponse>> FeedbackRepository::readResponses(const QString &where,
                                                                  const QVariantMap &bindings) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, uuid, round_id, rater, received_at, seal FROM feedback_responses ")
                              + where + QStringLiteral(" ORDER BY received_at, id"),
                          bindings);
    if (!query)
        return query.failure();
    QList<FeedbackResponse> responses;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = query.value();
    while (q.next()) {
        FeedbackResponse r;
        r.id = q.value(0).toLongLong();
        r.uuid = QUuid::fromString(q.value(1).toString());
        r.roundId = q.value(2).toLongLong();
        r.rater = q.value(3).toString();
        r.receivedAt = fromSqlTime(q.value(4).toString());
        r.seal = q.value(5).toString().toLatin1();
        index.insert(r.id, responses.size());
        responses.append(std::move(r));
    }
    q.finish();
    if (responses.isEmpty())
        return responses;
    auto answers = m_db.run(QStringLiteral("SELECT response_id, item_id, value FROM feedback_answers"
                                           " WHERE response_id IN (SELECT value FROM json_each(:ids))"),
                            { { QStringLiteral(":ids"), idsJson(index.keys()) } });
    if (!answers)
        return answers.failure();
    QSqlQuery &a = answers.value();
    while (a.next()) {
        const QVariant value = a.value(2);
        responses[index.value(a.value(0).toLongLong())].answers.insert(
            a.value(1).toString(), value.isNull() ? std::nullopt : std::optional<int>(value.toInt()));
    }
    return responses;
}

Result<QList<FeedbackResponse>> FeedbackRepository::responses(qint64 roundId) const
{
    return readResponses(QStringLiteral("WHERE round_id = :round"), { { QStringLiteral(":round"), roundId } });
}

Result<std::optional<FeedbackResponse>> FeedbackRepository::responseByUuid(const QUuid &uuid) const
{
    auto responses = readResponses(QStringLiteral("WHERE uuid = :uuid"),
                                   { { QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces) } });
    if (!responses)
        return responses.failure();
    if (responses.value().isEmpty())
        return std::optional<FeedbackResponse>();
    return std::optional<FeedbackResponse>(responses.value().first());
}

} // namespace tandem::core
