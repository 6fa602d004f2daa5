#include "exchangerepository.h"

#include "database.h"
#include "goal.h"
#include "sqltime.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace tandem::core {

Result<ExchangeData> ExchangeRepository::readAll() const
{
    // One transaction, so that the parts come from one snapshot even while the app writes. It
    // changes nothing; it is ended with a commit all the same, because inside an import's
    // all-or-nothing transaction (Transaction::Inner::Joined) one that rolls back dooms the import.
    Transaction snapshot(m_db);
    if (!snapshot.isActive())
        return Error { snapshot.error() };

    ExchangeData data;

    // Assessments, then all answers in one pass.
    auto assessments = m_db.run(QStringLiteral("SELECT id, uuid, kind, model_version, started_at, taken_at, note"
                                               " FROM assessments ORDER BY taken_at, uuid"));
    if (!assessments)
        return Error { assessments.error() };
    QHash<qint64, qsizetype> assessmentIndex;
    for (QSqlQuery &q = assessments.value(); q.next();) {
        ExchangeAssessment a;
        a.assessment.id = q.value(0).toLongLong();
        a.assessment.uuid = QUuid::fromString(q.value(1).toString());
        a.assessment.kind = assessmentKindFromKey(q.value(2).toString()).value_or(AssessmentKind::Full);
        a.assessment.modelVersion = q.value(3).toString();
        a.assessment.startedAt = fromOptionalSqlTime(q.value(4));
        a.assessment.takenAt = fromSqlTime(q.value(5).toString());
        a.assessment.note = q.value(6).toString();
        assessmentIndex.insert(a.assessment.id, data.assessments.size());
        data.assessments.append(std::move(a));
    }
    auto answers = m_db.run(QStringLiteral("SELECT assessment_id, item_id, value FROM answers"));
    if (!answers)
        return Error { answers.error() };
    for (QSqlQuery &q = answers.value(); q.next();) {
        const auto it = assessmentIndex.constFind(q.value(0).toLongLong());
        if (it != assessmentIndex.cend())
            data.assessments[*it].assessment.answers.insert(q.value(1).toString(), q.value(2).toInt());
    }

    // Journal entries, then their links and tags, each in one ordered pass.
    auto entries
        = m_db.run(QStringLiteral("SELECT id, uuid, occurred_at, created_at, updated_at, title, situation, mode,"
                                  " outcome, rating, feelings, learned, next_time, body, advice"
                                  " FROM journal_entries ORDER BY occurred_at, uuid"));
    if (!entries)
        return Error { entries.error() };
    QHash<qint64, qsizetype> entryIndex;
    for (QSqlQuery &q = entries.value(); q.next();) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.uuid = QUuid::fromString(q.value(1).toString());
        e.occurredAt = fromSqlTime(q.value(2).toString());
        e.createdAt = fromSqlTime(q.value(3).toString());
        e.updatedAt = fromSqlTime(q.value(4).toString());
        e.title = q.value(5).toString();
        e.situation = q.value(6).toString();
        e.mode = modeFromKey(q.value(7).toString()).value_or(Mode::Unset);
        e.outcome = q.value(8).toString();
        if (!q.value(9).isNull())
            e.rating = q.value(9).toInt();
        e.feelings = q.value(10).toString();
        e.learned = q.value(11).toString();
        e.nextTime = q.value(12).toString();
        e.body = q.value(13).toString();
        if (!q.value(14).isNull()) {
            // As JournalRepository::get: advice that cannot be read is left out rather than
            // hiding the whole entry.
            auto advice = Advice::fromJson(q.value(14).toString().toUtf8());
            if (advice)
                e.advice = std::move(advice).value();
        }
        entryIndex.insert(e.id, data.journalEntries.size());
        data.journalEntries.append(std::move(e));
    }
    auto links
        = m_db.run(QStringLiteral("SELECT entry_id, kind, ref_id FROM journal_links ORDER BY entry_id, kind, ref_id"));
    if (!links)
        return Error { links.error() };
    for (QSqlQuery &q = links.value(); q.next();) {
        const auto it = entryIndex.constFind(q.value(0).toLongLong());
        if (it == entryIndex.cend())
            continue;
        JournalEntry &e = data.journalEntries[*it];
        const QString kind = q.value(1).toString();
        QStringList &list = kind == QLatin1String("skill") ? e.skills
            : kind == QLatin1String("contrast")            ? e.contrasts
                                                           : e.areas;
        list.append(q.value(2).toString());
    }
    // Tag names are unique ignoring ASCII case, so ordering by name (with the column's NOCASE
    // collation) leaves no ties.
    auto tags = m_db.run(QStringLiteral("SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                                        " ORDER BY et.entry_id, t.name"));
    if (!tags)
        return Error { tags.error() };
    for (QSqlQuery &q = tags.value(); q.next();) {
        const auto it = entryIndex.constFind(q.value(0).toLongLong());
        if (it != entryIndex.cend())
            data.journalEntries[*it].tags.append(q.value(1).toString());
    }

    // Decisions with their reviews, at most one per entry.
    auto decisions = m_db.run(QStringLiteral("SELECT entry_id, expectation, confidence, review_on, reviewed_at,"
                                             " review_outcome, actual_mode, held FROM decisions"));
    if (!decisions)
        return Error { decisions.error() };
    for (QSqlQuery &q = decisions.value(); q.next();) {
        const auto it = entryIndex.constFind(q.value(0).toLongLong());
        if (it == entryIndex.cend())
            continue;
        Decision d;
        d.expectation = q.value(1).toString();
        if (!q.value(2).isNull())
            d.confidence = q.value(2).toInt();
        d.reviewOn = fromSqlDate(q.value(3));
        if (!q.value(4).isNull()) {
            DecisionReview review;
            review.reviewedAt = fromSqlTime(q.value(4).toString());
            review.outcome = q.value(5).toString();
            review.actualMode = modeFromKey(q.value(6).toString()).value_or(Mode::Unset);
            review.held = heldFromKey(q.value(7).toString()).value_or(Held::Partly);
            d.review = std::move(review);
        }
        data.journalEntries[*it].decision = std::move(d);
    }

    // Goals, then their steps and evidence.
    auto goals
        = m_db.run(QStringLiteral("SELECT id, uuid, created_at, updated_at, target_kind, target_id, title, why,"
                                  " due_on, target_score, status, closed_at FROM goals ORDER BY created_at, uuid"));
    if (!goals)
        return Error { goals.error() };
    QHash<qint64, qsizetype> goalIndex;
    for (QSqlQuery &q = goals.value(); q.next();) {
        ExchangeGoal g;
        Goal &goal = g.goal;
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
        goal.status = goalStatusFromKey(q.value(10).toString()).value_or(GoalStatus::Active);
        goal.closedAt = fromOptionalSqlTime(q.value(11));
        goalIndex.insert(goal.id, data.goals.size());
        data.goals.append(std::move(g));
    }
    auto steps = m_db.run(
        QStringLiteral("SELECT goal_id, uuid, text, due_on, tip_id, done_at FROM goal_steps"
                       " ORDER BY goal_id, position, id"));
    if (!steps)
        return Error { steps.error() };
    for (QSqlQuery &q = steps.value(); q.next();) {
        const auto it = goalIndex.constFind(q.value(0).toLongLong());
        if (it == goalIndex.cend())
            continue;
        GoalStep step;
        step.uuid = QUuid::fromString(q.value(1).toString());
        step.text = q.value(2).toString();
        step.dueOn = fromSqlDate(q.value(3));
        step.tipId = q.value(4).toString();
        step.doneAt = fromOptionalSqlTime(q.value(5));
        data.goals[*it].goal.steps.append(std::move(step));
    }
    auto evidence = m_db.run(QStringLiteral("SELECT ge.goal_id, e.uuid FROM goal_evidence ge"
                                            " JOIN journal_entries e ON e.id = ge.entry_id"
                                            " ORDER BY ge.goal_id, e.occurred_at, e.uuid"));
    if (!evidence)
        return Error { evidence.error() };
    for (QSqlQuery &q = evidence.value(); q.next();) {
        const auto it = goalIndex.constFind(q.value(0).toLongLong());
        if (it != goalIndex.cend())
            data.goals[*it].evidenceEntries.append(QUuid::fromString(q.value(1).toString()));
    }

    auto settings = m_db.run(QStringLiteral("SELECT key, value FROM settings"));
    if (!settings)
        return Error { settings.error() };
    for (QSqlQuery &q = settings.value(); q.next();)
        data.settings.insert(q.value(0).toString(), q.value(1).toString());
    // Nothing was written, so there is nothing a failed commit could lose.
    (void)snapshot.commit();
    return data;
}

} // namespace tandem::core
