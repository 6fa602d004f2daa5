#include "workspace.h"

#include "answervalidator.h"
#include "assessmentrepository.h"
#include "backupservice.h"
#include "clock.h"
#include "database.h"
#include "draftrepository.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "progressdata.h"
#include "scorecache.h"
#include "settingsrepository.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace tandem::core {

/// One open store and the repositories over it: they are made and dropped together, so no
/// repository outlives its connection.
struct Workspace::Open
{
    Open(std::unique_ptr<Database> database, const SkillModel &model)
        : db(std::move(database)), journal(*db), assessments(*db), goals(*db), settings(*db), drafts(*db),
          feedback(*db), profiles(*db, model), progress(*db, model)
    {
    }

    std::unique_ptr<Database> db;
    JournalRepository journal;
    AssessmentRepository assessments;
    GoalRepository goals;
    SettingsRepository settings;
    DraftRepository drafts;
    FeedbackRepository feedback;
    ProfileService profiles;
    ProgressData progress;
};

Workspace::Workspace(std::unique_ptr<Database> db, const SkillModel &model, const Clock &clock, QObject *parent)
    : QObject(parent), m_model(model), m_clock(clock), m_dataDir(db->dataDir()),
      m_open(std::make_unique<Open>(std::move(db), model))
{
}

Workspace::~Workspace() = default;

const Database &Workspace::database() const
{
    Q_ASSERT(m_open);
    return *m_open->db;
}

const JournalRepository &Workspace::journal() const
{
    return m_open->journal;
}
const AssessmentRepository &Workspace::assessments() const
{
    return m_open->assessments;
}
const GoalRepository &Workspace::goals() const
{
    return m_open->goals;
}
const SettingsRepository &Workspace::settings() const
{
    return m_open->settings;
}
const DraftRepository &Workspace::drafts() const
{
    return m_open->drafts;
}
const FeedbackRepository &Workspace::feedback() const
{
    return m_open->feedback;
}
const ProfileService &Workspace::profiles() const
{
    return m_open->profiles;
}
const ProgressData &Workspace::progress() const
{
    return m_open->progress;
}

void Workspace::changed()
{
    ++m_changes;
}

template<typename Record, typename Repository>
Result<qint64> Workspace::putBack(const Record &record, const Repository &repository, void (Workspace::*added)(qint64),
                                  void (Workspace::*replaced)(qint64))
{
    // By uuid: a record still there (a redo of a change) is replaced; one that is gone is added
    // again, under its own row id when that is free.
    const auto existing = repository.idFor(record.uuid);
    if (!existing)
        return existing.failure();
    if (existing.value()) {
        Record again = record;
        again.id = *existing.value();
        if (Status updated = repository.update(again); !updated)
            return updated.failure();
        changed();
        Q_EMIT(this->*replaced)(again.id);
        return again.id;
    }
    const auto id = repository.add(record);
    if (!id)
        return id;
    changed();
    Q_EMIT(this->*added)(id.value());
    return id;
}

Result<qint64> Workspace::addEntry(JournalEntry entry)
{
    const QDateTime now = m_clock.now();
    if (!entry.createdAt.isValid())
        entry.createdAt = now;
    if (!entry.updatedAt.isValid())
        entry.updatedAt = entry.createdAt;
    entry.id = 0;
    const auto added = m_open->journal.add(entry);
    if (!added)
        return added;
    changed();
    Q_EMIT entryAdded(added.value());
    return added;
}

Status Workspace::updateEntry(JournalEntry entry)
{
    entry.updatedAt = m_clock.now();
    if (Status updated = m_open->journal.update(entry); !updated)
        return updated;
    changed();
    Q_EMIT entryChanged(entry.id);
    return {};
}

Result<qint64> Workspace::putBackEntry(const JournalEntry &entry)
{
    return putBack(entry, m_open->journal, &Workspace::entryAdded, &Workspace::entryChanged);
}

Result<JournalEntry> Workspace::removeEntry(qint64 id)
{
    auto entry = m_open->journal.get(id);
    if (!entry)
        return entry;
    // Goals that have it as evidence lose it with it: they are told.
    const auto goals = m_open->goals.goalsWithEvidence(id);
    if (!goals)
        return goals.failure();
    if (Status removed = m_open->journal.remove(id); !removed)
        return removed.failure();
    changed();
    Q_EMIT entryRemoved(id);
    for (const qint64 goal : goals.value())
        Q_EMIT goalChanged(goal);
    return entry;
}

Result<qint64> Workspace::recordAssessment(const Assessment &assessment)
{
    if (Status valid = AnswerValidator(m_model).validate(assessment.kind, assessment.answers); !valid)
        return valid.failure();
    if (!assessment.takenAt.isValid())
        return Error { QCoreApplication::translate("Workspace", "the assessment has no time") };
    Assessment fresh = assessment;
    fresh.id = 0;
    const auto added = addScored(fresh);
    if (!added)
        return added;
    changed();
    Q_EMIT assessmentRecorded(added.value());
    return added;
}

Result<qint64> Workspace::addScored(const Assessment &assessment)
{
    // The assessment and its scores together, or neither.
    Transaction transaction(*m_open->db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    const auto added = m_open->assessments.add(assessment);
    if (!added)
        return added;
    if (Status scored = ScoreCache(*m_open->db, m_model).store(added.value(), assessment); !scored)
        return scored.failure();
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return added;
}

Result<qint64> Workspace::putBackAssessment(const Assessment &assessment)
{
    const auto added = addScored(assessment);
    if (!added)
        return added;
    changed();
    Q_EMIT assessmentRecorded(added.value());
    return added;
}

Result<Assessment> Workspace::removeAssessment(qint64 id)
{
    auto removed = m_open->assessments.remove(id);
    if (!removed)
        return removed;
    changed();
    Q_EMIT assessmentRemoved(id);
    return removed;
}

Status Workspace::saveDraft(const AssessmentDraft &draft)
{
    return m_open->drafts.save(draft);
}

Status Workspace::discardDraft(AssessmentKind kind)
{
    return m_open->drafts.discard(kind);
}

namespace {

// A goal's closed time follows its status: the time it was completed or dropped, none while it
// is active or paused.
void settleClosedTime(Goal &goal, const QDateTime &now)
{
    const bool closed = goal.status == GoalStatus::Done || goal.status == GoalStatus::Dropped;
    if (!closed)
        goal.closedAt = {};
    else if (!goal.closedAt.isValid())
        goal.closedAt = now;
}

Status checked(const Goal &goal, const SkillModel &model)
{
    if (const auto problem = checkGoal(goal, model))
        return Error { problem->message };
    return {};
}

} // namespace

Result<qint64> Workspace::addGoal(Goal goal)
{
    const QDateTime now = m_clock.now();
    if (!goal.createdAt.isValid())
        goal.createdAt = now;
    if (!goal.updatedAt.isValid())
        goal.updatedAt = goal.createdAt;
    settleClosedTime(goal, now);
    goal.id = 0;
    if (Status valid = checked(goal, m_model); !valid)
        return valid.failure();
    const auto added = m_open->goals.add(goal);
    if (!added)
        return added;
    changed();
    Q_EMIT goalAdded(added.value());
    return added;
}

Status Workspace::updateGoal(Goal goal)
{
    const QDateTime now = m_clock.now();
    goal.updatedAt = now;
    settleClosedTime(goal, now);
    if (Status valid = checked(goal, m_model); !valid)
        return valid;
    if (Status updated = m_open->goals.update(goal); !updated)
        return updated;
    changed();
    Q_EMIT goalChanged(goal.id);
    return {};
}

Result<qint64> Workspace::putBackGoal(const Goal &goal)
{
    return putBack(goal, m_open->goals, &Workspace::goalAdded, &Workspace::goalChanged);
}

Result<Goal> Workspace::removeGoal(qint64 id)
{
    auto goal = m_open->goals.get(id);
    if (!goal)
        return goal;
    if (Status removed = m_open->goals.remove(id); !removed)
        return removed.failure();
    changed();
    Q_EMIT goalRemoved(id);
    return goal;
}

Result<qint64> Workspace::addFeedbackRound(FeedbackRound round)
{
    if (Status valid = checkFeedbackRound(round, m_model); !valid)
        return valid.failure();
    round.id = 0;
    round.uuid = QUuid::createUuid();
    round.createdAt = m_clock.now();
    round.modelVersion = m_model.version;
    round.closedAt.reset();
    round.sealKey.resize(FeedbackLimits::SealKeyBytes);
    QRandomGenerator::system()->generate(round.sealKey.begin(), round.sealKey.end());
    const auto added = m_open->feedback.add(round);
    if (!added)
        return added;
    changed();
    Q_EMIT feedbackRoundAdded(added.value());
    return added;
}

Result<Workspace::FeedbackReceipt> Workspace::importFeedbackResponse(const QByteArray &bytes, const QString &fileName)
{
    auto read = FeedbackResponseFile::read(bytes, fileName);
    if (!read)
        return read.failure();
    FeedbackResponseFile::Contents contents = std::move(read).value();
    auto found = m_open->feedback.roundByUuid(contents.round);
    if (!found)
        return found.failure();
    if (!found.value())
        return Error { QCoreApplication::translate(
                           "Workspace", "%1 is a response to a feedback round that is not in your data.")
                           .arg(fileName) };
    const FeedbackRound &round = *found.value();
    if (Status fits = FeedbackResponseFile::check(contents, round, fileName); !fits)
        return fits.failure();

    FeedbackResponse &response = contents.response;
    FeedbackReceipt receipt;
    receipt.roundId = round.id;
    receipt.rater = response.rater;
    receipt.rated = static_cast<int>(std::count_if(response.answers.cbegin(), response.answers.cend(),
                                                   [](const std::optional<int> &a) { return a.has_value(); }));
    auto earlier = m_open->feedback.responseByUuid(response.uuid);
    if (!earlier)
        return earlier.failure();
    if (earlier.value()) {
        const FeedbackResponse &stored = *earlier.value();
        if (stored.roundId == round.id && stored.rater == response.rater && stored.answers == response.answers) {
            receipt.outcome = FeedbackReceipt::Outcome::Duplicate;
            receipt.responseId = stored.id;
            receipt.receivedAt = stored.receivedAt;
            return receipt;
        }
        return Error { QCoreApplication::translate("Workspace",
                                                   "%1: a different response with this id is already stored. If "
                                                   "your colleague changed their answers, remove the earlier "
                                                   "response first.")
                           .arg(fileName) };
    }
    response.id = 0;
    response.roundId = round.id;
    response.receivedAt = m_clock.now();
    const auto added = m_open->feedback.addResponse(response);
    if (!added)
        return added.failure();
    receipt.responseId = added.value();
    receipt.receivedAt = response.receivedAt;
    changed();
    Q_EMIT feedbackRoundChanged(round.id);
    return receipt;
}

Status Workspace::setFeedbackRoundClosed(qint64 id, bool closed)
{
    if (Status set = m_open->feedback.setClosed(id, closed ? std::optional<QDateTime>(m_clock.now()) : std::nullopt);
        !set)
        return set;
    changed();
    Q_EMIT feedbackRoundChanged(id);
    return {};
}

Result<Workspace::RemovedFeedbackRound> Workspace::removeFeedbackRound(qint64 id)
{
    auto round = m_open->feedback.round(id);
    if (!round)
        return round.failure();
    auto responses = m_open->feedback.responses(id);
    if (!responses)
        return responses.failure();
    if (Status removed = m_open->feedback.remove(id); !removed)
        return removed.failure();
    changed();
    Q_EMIT feedbackRoundRemoved(id);
    return RemovedFeedbackRound { std::move(round).value(), std::move(responses).value() };
}

Result<qint64> Workspace::putBackFeedbackRound(const RemovedFeedbackRound &removed)
{
    Transaction transaction(*m_open->db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    const auto added = m_open->feedback.add(removed.round);
    if (!added)
        return added;
    for (FeedbackResponse response : removed.responses) {
        response.roundId = added.value();
        if (auto stored = m_open->feedback.addResponse(response); !stored)
            return stored.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    changed();
    Q_EMIT feedbackRoundAdded(added.value());
    return added;
}

Status Workspace::linkEvidence(qint64 goalId, qint64 entryId, bool linked)
{
    auto stored = m_open->goals.get(goalId);
    if (!stored)
        return stored.failure();
    Goal goal = std::move(stored).value();
    if (linked) {
        if (auto entry = m_open->journal.get(entryId); !entry)
            return entry.failure();
        if (goal.evidence.contains(entryId))
            return {};
        goal.evidence.append(entryId);
    } else if (goal.evidence.removeAll(entryId) == 0) {
        return {};
    }
    return updateGoal(std::move(goal));
}

Status Workspace::reviewDecision(qint64 entryId, DecisionReview review)
{
    auto stored = m_open->journal.get(entryId);
    if (!stored)
        return stored.failure();
    JournalEntry entry = std::move(stored).value();
    if (!entry.decision)
        return Error { QCoreApplication::translate(
                           "Workspace",
                           "The journal entry %1 records no decision to review: give it an expectation "
                           "and a review date first.")
                           .arg(entryId) };
    if (!review.reviewedAt.isValid())
        review.reviewedAt = m_clock.now();
    entry.decision->review = std::move(review);
    return updateEntry(std::move(entry));
}

Status Workspace::setCadence(const Cadence &cadence)
{
    if (Status stored = m_open->settings.setCadence(cadence); !stored)
        return stored;
    changed();
    Q_EMIT settingChanged(QStringLiteral("cadence"));
    return {};
}

Result<ImportReport> Workspace::import(const ExchangeData &data, bool dryRun, const Importer::Progress &progress)
{
    ImportRecordsInMemory records(data);
    return import(records, dryRun, progress);
}

Result<ImportReport> Workspace::import(ImportRecords &records, bool dryRun, const Importer::Progress &progress)
{
    auto report = Importer(*m_open->db).run(records, dryRun, progress);
    if (report && !dryRun && report->changes() > 0) {
        changed();
        Q_EMIT imported();
    }
    return report;
}

void Workspace::importedElsewhere(const ImportReport &report)
{
    if (report.dryRun || report.changes() == 0)
        return;
    changed();
    Q_EMIT imported();
}

Result<DemoGenerator::Summary> Workspace::generateDemo(const DemoGenerator::Options &options)
{
    auto summary = DemoGenerator(m_model).generate(*m_open->db, options);
    if (summary) {
        changed();
        Q_EMIT imported();
    }
    return summary;
}

Status Workspace::restore(const QString &backupPath)
{
    Q_EMIT aboutToReplaceStore();
    // The file is about to be replaced: no connection of ours may stay open.
    m_open.reset();
    const auto restored = BackupService(m_dataDir, m_clock).restore(backupPath);
    auto reopened = Database::open(m_dataDir);
    if (!reopened)
        return reopened.failure();
    m_open = std::make_unique<Open>(std::move(reopened).value(), m_model);
    m_changes = 0;
    Q_EMIT storeReplaced();
    if (!restored)
        return Error { restored.failure() };
    return {};
}

} // namespace tandem::core
