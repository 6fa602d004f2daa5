#include "exchangerepository.h"

#include "assessmentrepository.h"
#include "database.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "transaction.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <QSqlQuery>

namespace tandem::core {

namespace {

// Row ids of one batch as the list of an IN (…): integers this store gave out, so no quoting
// is needed and the statement stays one per batch whatever its size.
QString idList(const QList<qint64> &ids)
{
    QString list;
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
}

// The next batch of a table read in (time, uuid) order: the first without a key, then the rows
// after the last one read. `time >= :t` lets SQLite start from the time index where there is one.
// `filter` (with its bindings) narrows the rows, for reading one record by its uuid.
Result<QSqlQuery> nextBatch(const Database &db, const QString &select, const QString &timeColumn,
                            const std::optional<std::pair<QString, QString>> &after, const QString &filter,
                            QVariantMap bindings)
{
    QStringList conditions;
    if (!filter.isEmpty())
        conditions.append(filter);
    if (after) {
        conditions.append(timeColumn + QStringLiteral(" >= :t AND (") + timeColumn
                          + QStringLiteral(" > :t OR uuid > :u)"));
        bindings.insert(QStringLiteral(":t"), after->first);
        bindings.insert(QStringLiteral(":u"), after->second);
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return db.run(select + where + QStringLiteral(" ORDER BY ") + timeColumn + QStringLiteral(", uuid LIMIT ")
                      + QString::number(ExchangeRepository::BatchSize),
                  bindings);
}

QVariantMap byUuid(const QUuid &uuid)
{
    return { { QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces) } };
}

const QString UuidFilter = QStringLiteral("uuid = :uuid");

} // namespace

Result<ExchangeRepository::Counts> ExchangeRepository::counts() const
{
    auto query = m_db.run(QStringLiteral("SELECT (SELECT count(*) FROM assessments),"
                                         " (SELECT count(*) FROM journal_entries), (SELECT count(*) FROM goals),"
                                         " (SELECT count(*) FROM feedback_rounds)"));
    if (!query)
        return Error { query.error() };
    Counts counts;
    if (QSqlQuery &q = query.value(); q.next()) {
        counts.assessments = q.value(0).toLongLong();
        counts.journalEntries = q.value(1).toLongLong();
        counts.goals = q.value(2).toLongLong();
        counts.feedbackRounds = q.value(3).toLongLong();
    }
    return counts;
}

Status ExchangeRepository::forEachAssessment(const Visit<ExchangeAssessment> &visit) const
{
    return readAssessments(QString(), {}, visit);
}

Status ExchangeRepository::readAssessments(const QString &filter, const QVariantMap &bindings,
                                           const Visit<ExchangeAssessment> &visit) const
{
    std::optional<std::pair<QString, QString>> after;
    while (true) {
        auto assessments = nextBatch(
            m_db, QStringLiteral("SELECT ") + AssessmentRepository::rowColumns() + QStringLiteral(" FROM assessments"),
            QStringLiteral("taken_at"), after, filter, bindings);
        if (!assessments)
            return assessments.failure();
        QList<ExchangeAssessment> batch;
        QList<qint64> ids;
        for (QSqlQuery &q = assessments.value(); q.next();) {
            ExchangeAssessment a;
            a.assessment = AssessmentRepository::fromRow(q);
            after = std::pair { q.value(5).toString(), q.value(1).toString() };
            ids.append(a.assessment.id);
            batch.append(std::move(a));
        }
        if (batch.isEmpty())
            return {};
        const auto answers = AssessmentRepository::answersOf(m_db, ids);
        if (!answers)
            return answers.failure();
        for (ExchangeAssessment &a : batch)
            a.assessment.answers = answers->value(a.assessment.id);
        for (const ExchangeAssessment &a : std::as_const(batch)) {
            if (!visit(a))
                return {};
        }
        if (batch.size() < BatchSize)
            return {};
    }
}

Status ExchangeRepository::forEachEntry(const Visit<JournalEntry> &visit) const
{
    return readEntries(QString(), {}, visit);
}

Status ExchangeRepository::readEntries(const QString &filter, const QVariantMap &bindings,
                                       const Visit<JournalEntry> &visit) const
{
    std::optional<std::pair<QString, QString>> after;
    while (true) {
        auto entries = nextBatch(m_db,
                                 QStringLiteral("SELECT ") + JournalRepository::rowColumns()
                                     + QStringLiteral(" FROM journal_entries"),
                                 QStringLiteral("occurred_at"), after, filter, bindings);
        if (!entries)
            return entries.failure();
        QList<JournalEntry> batch;
        QHash<qint64, qsizetype> index;
        QList<qint64> ids;
        for (QSqlQuery &q = entries.value(); q.next();) {
            JournalEntry e = JournalRepository::fromRow(q);
            after = std::pair { q.value(2).toString(), q.value(1).toString() };
            index.insert(e.id, batch.size());
            ids.append(e.id);
            batch.append(std::move(e));
        }
        if (batch.isEmpty())
            return {};
        const QString in = idList(ids);

        auto links = m_db.run(QStringLiteral("SELECT entry_id, kind, ref_id FROM journal_links WHERE entry_id IN (")
                              + in + QStringLiteral(") ORDER BY entry_id, kind, ref_id"));
        if (!links)
            return links.failure();
        for (QSqlQuery &q = links.value(); q.next();) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            JournalRepository::addLink(batch[*it], q, 1);
        }
        // Tag names are unique ignoring ASCII case, so ordering by name (with the column's NOCASE
        // collation) leaves no ties.
        auto tags
            = m_db.run(QStringLiteral("SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                                      " WHERE et.entry_id IN (")
                       + in + QStringLiteral(") ORDER BY et.entry_id, t.name"));
        if (!tags)
            return tags.failure();
        for (QSqlQuery &q = tags.value(); q.next();) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                batch[*it].tags.append(q.value(1).toString());
        }

        // Decisions with their reviews, at most one per entry.
        auto decisions = m_db.run(QStringLiteral("SELECT entry_id, ") + JournalRepository::decisionColumns()
                                  + QStringLiteral(" FROM decisions WHERE entry_id IN (") + in + QStringLiteral(")"));
        if (!decisions)
            return decisions.failure();
        for (QSqlQuery &q = decisions.value(); q.next();) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            batch[*it].decision = JournalRepository::decisionFromRow(q, 1);
        }
        for (const JournalEntry &e : std::as_const(batch)) {
            if (!visit(e))
                return {};
        }
        if (batch.size() < BatchSize)
            return {};
    }
}

Status ExchangeRepository::forEachGoal(const Visit<ExchangeGoal> &visit) const
{
    return readGoals(QString(), {}, visit);
}

Status ExchangeRepository::readGoals(const QString &filter, const QVariantMap &bindings,
                                     const Visit<ExchangeGoal> &visit) const
{
    std::optional<std::pair<QString, QString>> after;
    while (true) {
        auto goals
            = nextBatch(m_db, QStringLiteral("SELECT ") + GoalRepository::rowColumns() + QStringLiteral(" FROM goals"),
                        QStringLiteral("created_at"), after, filter, bindings);
        if (!goals)
            return goals.failure();
        QList<ExchangeGoal> batch;
        QHash<qint64, qsizetype> index;
        QList<qint64> ids;
        for (QSqlQuery &q = goals.value(); q.next();) {
            ExchangeGoal g;
            g.goal = GoalRepository::fromRow(q);
            after = std::pair { q.value(2).toString(), q.value(1).toString() };
            index.insert(g.goal.id, batch.size());
            ids.append(g.goal.id);
            batch.append(std::move(g));
        }
        if (batch.isEmpty())
            return {};
        const auto steps = GoalRepository::stepsOf(m_db, ids);
        if (!steps)
            return steps.failure();
        for (ExchangeGoal &g : batch)
            g.goal.steps = steps->value(g.goal.id);
        const QString in = idList(ids);
        auto evidence = m_db.run(QStringLiteral("SELECT ge.goal_id, e.uuid FROM goal_evidence ge"
                                                " JOIN journal_entries e ON e.id = ge.entry_id WHERE ge.goal_id IN (")
                                 + in + QStringLiteral(") ORDER BY ge.goal_id, e.occurred_at, e.uuid"));
        if (!evidence)
            return evidence.failure();
        for (QSqlQuery &q = evidence.value(); q.next();) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                batch[*it].evidenceEntries.append(QUuid::fromString(q.value(1).toString()));
        }
        for (const ExchangeGoal &g : std::as_const(batch)) {
            if (!visit(g))
                return {};
        }
        if (batch.size() < BatchSize)
            return {};
    }
}

Result<std::optional<ExchangeAssessment>> ExchangeRepository::assessment(const QUuid &uuid) const
{
    std::optional<ExchangeAssessment> found;
    if (Status read = readAssessments(UuidFilter, byUuid(uuid),
                                      [&](const ExchangeAssessment &a) {
                                          found = a;
                                          return false;
                                      });
        !read)
        return read.failure();
    return found;
}

Result<std::optional<JournalEntry>> ExchangeRepository::entry(const QUuid &uuid) const
{
    std::optional<JournalEntry> found;
    if (Status read = readEntries(UuidFilter, byUuid(uuid),
                                  [&](const JournalEntry &e) {
                                      found = e;
                                      return false;
                                  });
        !read)
        return read.failure();
    return found;
}

Result<std::optional<ExchangeGoal>> ExchangeRepository::goal(const QUuid &uuid) const
{
    std::optional<ExchangeGoal> found;
    if (Status read = readGoals(UuidFilter, byUuid(uuid),
                                [&](const ExchangeGoal &g) {
                                    found = g;
                                    return false;
                                });
        !read)
        return read.failure();
    return found;
}

namespace {

// A round as it travels: its responses by received time, then uuid, so that the order does not
// depend on the row ids of one store.
Result<ExchangeFeedbackRound> exchanged(const FeedbackRepository &feedback, const FeedbackRound &round)
{
    auto responses = feedback.responses(round.id);
    if (!responses)
        return responses.failure();
    ExchangeFeedbackRound result { round, std::move(responses).value() };
    std::stable_sort(result.responses.begin(), result.responses.end(),
                     [](const FeedbackResponse &a, const FeedbackResponse &b) {
                         const qint64 ta = a.receivedAt.toSecsSinceEpoch();
                         const qint64 tb = b.receivedAt.toSecsSinceEpoch();
                         return ta != tb ? ta < tb : a.uuid.toString() < b.uuid.toString();
                     });
    return result;
}

} // namespace

Status ExchangeRepository::forEachFeedbackRound(const Visit<ExchangeFeedbackRound> &visit) const
{
    const FeedbackRepository feedback(m_db);
    auto rounds = feedback.list();
    if (!rounds)
        return rounds.failure();
    QList<FeedbackRound> ordered;
    ordered.reserve(rounds->size());
    for (const FeedbackRoundSummary &summary : rounds.value())
        ordered.append(summary.round);
    std::sort(ordered.begin(), ordered.end(), [](const FeedbackRound &a, const FeedbackRound &b) {
        const qint64 ta = a.createdAt.toSecsSinceEpoch();
        const qint64 tb = b.createdAt.toSecsSinceEpoch();
        return ta != tb ? ta < tb : a.uuid.toString() < b.uuid.toString();
    });
    for (const FeedbackRound &round : std::as_const(ordered)) {
        auto result = exchanged(feedback, round);
        if (!result)
            return result.failure();
        if (!visit(result.value()))
            break;
    }
    return {};
}

Result<std::optional<ExchangeFeedbackRound>> ExchangeRepository::feedbackRound(const QUuid &uuid) const
{
    const FeedbackRepository feedback(m_db);
    auto round = feedback.roundByUuid(uuid);
    if (!round)
        return round.failure();
    if (!round.value())
        return std::optional<ExchangeFeedbackRound>();
    auto result = exchanged(feedback, *round.value());
    if (!result)
        return result.failure();
    return std::optional<ExchangeFeedbackRound>(std::move(result).value());
}

Result<std::optional<ExchangeRepository::Owner>> ExchangeRepository::ownerOf(const QUuid &uuid) const
{
    // Every uuid column is UNIQUE, so each part is one index lookup.
    auto query = m_db.runPrepared(
        QStringLiteral("SELECT 0, NULL FROM assessments WHERE uuid = :uuid"
                       " UNION ALL SELECT 1, NULL FROM journal_entries WHERE uuid = :uuid"
                       " UNION ALL SELECT 2, NULL FROM goals WHERE uuid = :uuid"
                       " UNION ALL SELECT 3, g.uuid FROM goal_steps s JOIN goals g ON g.id = s.goal_id"
                       " WHERE s.uuid = :uuid"
                       " UNION ALL SELECT 4, NULL FROM feedback_rounds WHERE uuid = :uuid"
                       " UNION ALL SELECT 5, r.uuid FROM feedback_responses p JOIN feedback_rounds r"
                       " ON r.id = p.round_id WHERE p.uuid = :uuid LIMIT 1"),
        byUuid(uuid));
    if (!query)
        return query.failure();
    QSqlQuery &q = *query.value();
    std::optional<Owner> owner;
    if (q.next()) {
        owner = Owner { static_cast<Owner::Kind>(q.value(0).toInt()),
                        q.value(1).isNull() ? QUuid() : QUuid::fromString(q.value(1).toString()) };
    }
    q.finish();
    return owner;
}

Result<QMap<QString, QString>> ExchangeRepository::settings() const
{
    auto settings = m_db.run(QStringLiteral("SELECT key, value FROM settings"));
    if (!settings)
        return Error { settings.error() };
    QMap<QString, QString> values;
    for (QSqlQuery &q = settings.value(); q.next();)
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Result<ExchangeData> ExchangeRepository::readAll() const
{
    // One transaction, so that the parts come from one snapshot even while the app writes. It
    // changes nothing; it is ended with a commit all the same, because inside an import's
    // all-or-nothing transaction (Transaction::Inner::Joined) one that rolls back dooms the import.
    Transaction snapshot(m_db);
    if (!snapshot.isActive())
        return Error { snapshot.error() };

    ExchangeData data;
    if (Status read = forEachAssessment([&](const ExchangeAssessment &a) {
            data.assessments.append(a);
            return true;
        });
        !read)
        return read.failure();
    if (Status read = forEachEntry([&](const JournalEntry &e) {
            data.journalEntries.append(e);
            return true;
        });
        !read)
        return read.failure();
    if (Status read = forEachGoal([&](const ExchangeGoal &g) {
            data.goals.append(g);
            return true;
        });
        !read)
        return read.failure();
    if (Status read = forEachFeedbackRound([&](const ExchangeFeedbackRound &r) {
            data.feedbackRounds.append(r);
            return true;
        });
        !read)
        return read.failure();
    auto settings = this->settings();
    if (!settings)
        return settings.failure();
    data.settings = std::move(settings).value();
    // Nothing was written, so there is nothing a failed commit could lose.
    (void)snapshot.commit();
    return data;
}

} // namespace tandem::core
