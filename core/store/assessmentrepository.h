#pragma once

#include "assessment.h"
#include "result.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace tandem::core {

class Database;

/// Stores and reads assessments with their answers. The only place that writes their SQL: the
/// app, tandem-cli and import all store an assessment through add().
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(const Database &db) : m_db(db) {}

    /// Inserts the assessment and its answers in the caller's transaction, or in one of its own
    /// when none is open, and gives its row id. It keeps what it carries: its row id when that
    /// is free (so that one removed and added again is the same row), its uuid and its times,
    /// started_at included. A row id of 0 or one taken gets a fresh one, a null uuid a fresh
    /// one. An assessment beyond RecordLimits is refused, naming the field, and nothing is
    /// stored.
    Result<qint64> add(const Assessment &assessment) const;

    /// The row id of the assessment with this uuid; nothing when there is none.
    Result<std::optional<qint64>> idFor(const QUuid &uuid) const;

    Result<int> count(std::optional<AssessmentKind> kind = std::nullopt) const;
    /// Whether any assessment is stored: one row looked at, however many there are.
    Result<bool> hasAny() const;

    /// All assessments of a kind (or of both), newest first, with their answers.
    Result<QList<Assessment>> list(std::optional<AssessmentKind> kind = std::nullopt) const;

    /// A page of assessments, newest first, for history lists; with their answers on request.
    Result<QList<Assessment>> summaries(std::optional<AssessmentKind> kind, int limit, int offset = 0,
                                        bool withAnswers = false) const;

    /// One assessment with its answers, or an error naming the id.
    Result<Assessment> get(qint64 id) const;

    /// The newest assessment of a kind, with answers; nothing when there is none.
    Result<std::optional<Assessment>> latest(AssessmentKind kind) const;
    /// The newest assessment of this kind taken at or before `time` (the "self" a feedback
    /// round's results compare with: up to its close).
    Result<std::optional<Assessment>> latestUpTo(AssessmentKind kind, const QDateTime &time) const;

    /// The assessment of the same kind taken just before this one, with answers.
    Result<std::optional<Assessment>> previous(const Assessment &assessment) const;

    /// When the newest assessment of a kind was taken; nothing when there is none.
    Result<std::optional<QDateTime>> lastTakenAt(AssessmentKind kind) const;

    /// Deletes an assessment and its answers; gives back what was deleted, so that the caller
    /// can offer to undo by adding it again (it keeps its row id, uuid and times).
    Result<Assessment> remove(qint64 id) const;

    /// The columns fromRow() reads, in its order; with an alias, each prefixed by it ("a" gives
    /// "a.id, a.uuid, …"). The one reading of an assessments row, shared by ScoreCache and
    /// ExchangeRepository.
    static QString rowColumns(const QString &alias = QString());
    /// An assessment, without its answers, from a row whose columns from `first` on are
    /// rowColumns().
    static Assessment fromRow(const QSqlQuery &query, int first = 0);
    /// The answers of these assessments, by row id, in one query; an assessment without answers
    /// is absent.
    static Result<QHash<qint64, Answers>> answersOf(const Database &db, const QList<qint64> &ids);

private:
    Result<QList<Assessment>> select(const QString &where, const QVariantMap &bindings, const QString &tail,
                                     bool withAnswers) const;

    const Database &m_db;
};

} // namespace tandem::core
