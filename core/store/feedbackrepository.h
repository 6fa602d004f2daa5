#pragma once

#include "feedback.h"
#include "result.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace tandem::core {

class Database;

/// A round with how many responses it has, for lists.
struct FeedbackRoundSummary final
{
    FeedbackRound round;
    int responses = 0;
};

/// Stores feedback rounds, the statements each asked, and colleagues' responses with their
/// answers: the only place that writes their SQL (docs/data-model.md, "Feedback").
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(const Database &db) : m_db(db) { }

    /// Inserts a round with its statements in order, in the caller's transaction or one of its
    /// own, and gives its row id. It keeps the round's row id when that is free (undoing a removal
    /// puts it back where it was), its uuid and times; a round without a uuid, creation time or
    /// seal key is refused (the workspace makes them).
    Result<qint64> add(const FeedbackRound &round) const;
    /// Closes the round at `at`, or opens it again with nothing.
    Status setClosed(qint64 id, const std::optional<QDateTime> &at) const;
    /// Removes a round with its statements, responses and answers.
    Status remove(qint64 id) const;

    /// Inserts a response to round response.roundId with its answers, all or nothing, and gives
    /// its row id (kept when free, as add() does). A second response with the same uuid is
    /// refused by the store.
    Result<qint64> addResponse(const FeedbackResponse &response) const;
    /// Removes a response with its answers.
    Status removeResponse(qint64 id) const;

    /// Every round with its statements and number of responses, newest first, in two queries.
    Result<QList<FeedbackRoundSummary>> list() const;
    /// One round with its statements; an error naming the id when there is none.
    Result<FeedbackRound> round(qint64 id) const;
    Result<std::optional<FeedbackRound>> roundByUuid(const QUuid &uuid) const;

    /// The responses to a round with their answers, oldest first, in two queries.
    Result<QList<FeedbackResponse>> responses(qint64 roundId) const;
    Result<std::optional<FeedbackResponse>> responseByUuid(const QUuid &uuid) const;

private:
    Result<QList<FeedbackRound>> readRounds(const QString &where, const QVariantMap &bindings) const;
    Result<QList<FeedbackResponse>> readResponses(const QString &where, const QVariantMap &bindings) const;

    const Database &m_db;
};

} // namespace tandem::core
