#pragma once

#include "assessment.h"
#include "assessmentdraft.h"
#include "cadence.h"
#include "demogenerator.h"
#include "exchangedata.h"
#include "feedback.h"
#include "goal.h"
#include "importer.h"
#include "journalentry.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace tandem::core {

class AssessmentRepository;
class Clock;
class Database;
class DraftRepository;
class FeedbackRepository;
class GoalRepository;
class JournalRepository;
class ProfileService;
class ProgressData;
class SettingsRepository;
class SkillModel;

/// The user's open data: owns the connection to the store, is the only way to change it, and
/// announces every change. The app's pages and models, the CLI and the import path all change
/// data here, so a change made anywhere reaches everyone who shows that data.
///
/// Reading goes through the read-only repositories it hands out (journal(), assessments(), …);
/// they are valid until the store is replaced, so hold the workspace, never a repository or the
/// Database. Writing goes through the functions below; each emits its signal after it succeeded
/// and emits nothing when it failed (the store is then as it was).
///
/// A workspace belongs to the thread that made it (its connection does); work on other threads
/// opens connections of its own (see importInBackground()).
class Workspace final : public QObject
{
    Q_OBJECT

public:
    Workspace(std::unique_ptr<Database> db, const SkillModel &model, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// False only after a restore whose data could not be opened again (see restore()).
    bool isOpen() const { return m_open != nullptr; }
    const Database &database() const;
    const QString &dataDir() const { return m_dataDir; }
    const SkillModel &model() const { return m_model; }
    const Clock &clock() const { return m_clock; }

    const JournalRepository &journal() const;
    const AssessmentRepository &assessments() const;
    const GoalRepository &goals() const;
    const SettingsRepository &settings() const;
    const DraftRepository &drafts() const;
    const FeedbackRepository &feedback() const;
    const ProfileService &profiles() const;
    const ProgressData &progress() const;

    /// Changes made through this workspace (and imports it ran) since the store was opened.
    qint64 changeCount() const { return m_changes; }

    // --- Journal ---------------------------------------------------------------------------

    /// Stores a new entry. Created and updated times that are not set become now; a uuid that is
    /// not set is made. Gives the new row id.
    Result<qint64> addEntry(JournalEntry entry);
    /// Replaces a stored entry (by entry.id); its updated time becomes now.
    Status updateEntry(JournalEntry entry);
    /// Puts an entry back exactly as it was (texts, times, uuid, and its row id when free), as
    /// undo does after a change or a removal. Gives its row id.
    Result<qint64> putBackEntry(const JournalEntry &entry);
    /// Removes an entry (and its decision, and its place as evidence of goals, each of which is
    /// announced as changed); gives it back as it was, so that it can be put back.
    Result<JournalEntry> removeEntry(qint64 id);

    // --- Assessments -------------------------------------------------------------------------

    /// Checks the answers against the model and stores the assessment. Gives the new row id.
    Result<qint64> recordAssessment(const Assessment &assessment);
    /// Puts a removed assessment back as it was (same uuid, times and answers).
    Result<qint64> putBackAssessment(const Assessment &assessment);
    /// Removes an assessment; gives it back as it was, so that it can be put back.
    Result<Assessment> removeAssessment(qint64 id);

    /// The unfinished assessment of its kind (not user data yet: no signal).
    Status saveDraft(const AssessmentDraft &draft);
    Status discardDraft(AssessmentKind kind);

    // --- Goals -------------------------------------------------------------------------------

    /// Checks the goal (checkGoal: a title, a target the model knows, a score in 0..100, dates
    /// not before it began; the error says which field) and stores it. Times not set become
    /// now. Gives the new row id.
    Result<qint64> addGoal(Goal goal);
    /// Replaces a stored goal (by goal.id) after the same checks. Its closed time follows its
    /// status: set when it becomes done or dropped, cleared when it is active or paused again.
    Status updateGoal(Goal goal);
    /// Puts a goal back exactly as it was (by uuid: replaced when it is there, added with its
    /// row id when free otherwise), as undo does. Gives its row id.
    Result<qint64> putBackGoal(const Goal &goal);
    /// Removes a goal with its steps; the entries given as evidence stay. Gives it as it was.
    Result<Goal> removeGoal(qint64 id);
    /// Gives a journal entry to a goal as evidence, or takes it away.
    Status linkEvidence(qint64 goalId, qint64 entryId, bool linked);

    // --- Colleagues' feedback (docs/feedback.md) ---------------------------------------------

    /// A round as it was before removal, with its responses, for undo.
    struct RemovedFeedbackRound
    {
        FeedbackRound round;
        QList<FeedbackResponse> responses;
    };

    /// What became of one response file.
    struct FeedbackReceipt
    {
        enum class Outcome { Imported, Duplicate };
        Outcome outcome = Outcome::Imported;
        qint64 roundId = 0;
        qint64 responseId = 0;
        QString rater;          ///< empty when anonymous
        int rated = 0;          ///< statements rated, not "can't say"
        QDateTime receivedAt;   ///< for a duplicate: when it was first imported
    };

    /// Reads a colleague's response file (FeedbackResponseFile), finds its round and checks it
    /// (this round, its model, its statements, the seal), then stores it with its answers, all or
    /// nothing; a file that fails any check stores nothing and the round's other answers stay as
    /// they were. The same response again is a Duplicate, stored once; a different response with
    /// the same id is refused. Emits feedbackRoundChanged(round) when it stored the response.
    Result<FeedbackReceipt> importFeedbackResponse(const QByteArray &bytes, const QString &fileName);

    /// Checks the round (checkFeedbackRound) and stores it with a fresh uuid, the time now, the
    /// built-in model's version and a seal key of 32 random bytes. Gives the new row id.
    Result<qint64> addFeedbackRound(FeedbackRound round);
    /// Closes a round now, or opens it again.
    Status setFeedbackRoundClosed(qint64 id, bool closed);
    /// Removes a round with everything it holds. Gives it as it was.
    Result<RemovedFeedbackRound> removeFeedbackRound(qint64 id);
    /// Puts a removed round back with its responses, under its own ids when they are free, all or
    /// nothing, as undo does. Gives its row id.
    Result<qint64> putBackFeedbackRound(const RemovedFeedbackRound &removed);

    // --- Decisions ---------------------------------------------------------------------------

    /// Records what the user found when they looked back at the decision an entry records (its
    /// time becomes now when not set). Refused when the entry records no decision.
    Status reviewDecision(qint64 entryId, DecisionReview review);

    // --- Settings ----------------------------------------------------------------------------

    Status setCadence(const Cadence &cadence);

    // --- Whole store -------------------------------------------------------------------------

    /// Merges data into the store (see Importer), on this connection. Emits imported() when
    /// anything changed.
    Result<ImportReport> import(const ExchangeData &data, bool dryRun, const Importer::Progress &progress = {});
    /// The same over records read one at a time (ImportSource::open).
    Result<ImportReport> import(ImportRecords &records, bool dryRun, const Importer::Progress &progress = {});
    /// An import ran on a connection of a worker thread to this data folder, through the same
    /// Importer (the app keeps its window responsive so): counts it, and emits imported() when
    /// it changed anything. Call it on the workspace's thread once the worker has finished.
    void importedElsewhere(const ImportReport &report);
    /// Fills the store with made-up history (see DemoGenerator); emits imported().
    Result<DemoGenerator::Summary> generateDemo(const DemoGenerator::Options &options);
    /// Replaces the data with a backup (see BackupService::restore; the current data is kept as
    /// a backup first). Emits aboutToReplaceStore() before the connection closes and
    /// storeReplaced() once the data is open again, whether the restore succeeded or not. When
    /// even the data kept in place cannot be opened again, the workspace is closed (isOpen()
    /// is false) and the error's kind says why.
    Status restore(const QString &backupPath);

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);
    void assessmentRecorded(qint64 id);
    void assessmentRemoved(qint64 id);
    void goalAdded(qint64 id);
    void goalChanged(qint64 id);
    void goalRemoved(qint64 id);
    void feedbackRoundAdded(qint64 id);
    /// Closed or opened again, or its responses changed.
    void feedbackRoundChanged(qint64 id);
    void feedbackRoundRemoved(qint64 id);
    void settingChanged(const QString &key);
    /// Many records changed at once (an import, demo data): read everything again.
    void imported();
    /// Last call before the store closes: save what is pending now.
    void aboutToReplaceStore();
    /// The whole store was replaced (a restore): read everything again; what an undo history
    /// knew of the old store no longer applies.
    void storeReplaced();

private:
    struct Open;
    void changed();
    /// Adds the assessment and stores its scores in one transaction.
    Result<qint64> addScored(const Assessment &assessment);
    template <typename Record, typename Repository>
    Result<qint64> putBack(const Record &record, const Repository &repository, void (Workspace::*added)(qint64),
                           void (Workspace::*replaced)(qint64));

    const SkillModel &m_model;
    const Clock &m_clock;
    QString m_dataDir;
    std::unique_ptr<Open> m_open;
    qint64 m_changes = 0;
};

} // namespace tandem::core
