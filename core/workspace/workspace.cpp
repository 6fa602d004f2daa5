#include "workspace.h"

#include "answervalidator.h"
#include "assessmentrepository.h"
#include "backupservice.h"
#include "clock.h"
#include "database.h"
#include "draftrepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "progressdata.h"
#include "settingsrepository.h"
#include "skillmodel.h"


namespace tandem::core {

/// One open store and the repositories over it: they are made and dropped together, so no
/// repository outlives its connection.
struct Workspace::Open
{
    Open(std::unique_ptr<Database> database, const SkillModel &model)
        : db(std::move(database)), journal(*db), assessments(*db), goals(*db), settings(*db), drafts(*db),
          profiles(*db, model), progress(*db, model)
    {
    }

    std::unique_ptr<Database> db;
    JournalRepository journal;
    AssessmentRepository assessments;
    GoalRepository goals;
    SettingsRepository settings;
    DraftRepository drafts;
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

const JournalRepository &Workspace::journal() const { return m_open->journal; }
const AssessmentRepository &Workspace::assessments() const { return m_open->assessments; }
const GoalRepository &Workspace::goals() const { return m_open->goals; }
const SettingsRepository &Workspace::settings() const { return m_open->settings; }
const DraftRepository &Workspace::drafts() const { return m_open->drafts; }
const ProfileService &Workspace::profiles() const { return m_open->profiles; }
const ProgressData &Workspace::progress() const { return m_open->progress; }

void Workspace::changed()
{
    ++m_changes;
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
    const auto existing = m_open->journal.idFor(entry.uuid);
    if (!existing)
        return Error { existing.failure() };
    if (existing.value()) {
        JournalEntry again = entry;
        again.id = *existing.value();
        if (Status updated = m_open->journal.update(again); !updated)
            return updated.failure();
        changed();
        Q_EMIT entryChanged(again.id);
        return again.id;
    }
    const auto added = m_open->journal.add(entry);
    if (!added)
        return added;
    changed();
    Q_EMIT entryAdded(added.value());
    return added;
}

Result<JournalEntry> Workspace::removeEntry(qint64 id)
{
    auto entry = m_open->journal.get(id);
    if (!entry)
        return entry;
    if (Status removed = m_open->journal.remove(id); !removed)
        return removed.failure();
    changed();
    Q_EMIT entryRemoved(id);
    return entry;
}

Result<qint64> Workspace::recordAssessment(const Assessment &assessment)
{
    if (Status valid = AnswerValidator(m_model).validate(assessment.kind, assessment.answers); !valid)
        return valid.failure();
    if (!assessment.takenAt.isValid())
        return Error { QStringLiteral("the assessment has no time") };
    Assessment fresh = assessment;
    fresh.id = 0;
    const auto added = m_open->assessments.add(fresh);
    if (!added)
        return added;
    changed();
    Q_EMIT assessmentRecorded(added.value());
    return added;
}

Result<qint64> Workspace::putBackAssessment(const Assessment &assessment)
{
    const auto added = m_open->assessments.add(assessment);
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

Result<qint64> Workspace::addGoal(const Goal &goal)
{
    const auto added = m_open->goals.add(goal);
    if (!added)
        return added;
    changed();
    Q_EMIT goalAdded(added.value());
    return added;
}

Status Workspace::setCadence(const Cadence &cadence)
{
    if (Status stored = m_open->settings.setCadence(cadence); !stored)
        return stored;
    changed();
    Q_EMIT settingChanged(QStringLiteral("cadence"));
    return {};
}

Result<ImportReport> Workspace::import(const ExchangeData &data, bool dryRun)
{
    auto report = Importer(*m_open->db).run(data, dryRun);
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
