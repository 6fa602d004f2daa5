// Half-finished assessments survive closing the app, and a database written by an earlier
// Tandem is upgraded to today's schema (which added the drafts) without losing a row.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "datalocation.h"
#include "draftrepository.h"
#include "profileservice.h"
#include "schema.h"
#include "settingsrepository.h"
#include "skillmodel.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

constexpr double Tolerance = 1e-9;

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

AssessmentDraft fullDraft()
{
    AssessmentDraft draft;
    draft.kind = AssessmentKind::Full;
    draft.modelVersion = QStringLiteral("2026.1");
    draft.startedAt = utc(2026, 5, 4, 8, 10);
    draft.updatedAt = utc(2026, 5, 4, 8, 17, 42);
    draft.position = 3;
    draft.note = QStringLiteral("Halfway — the phone rang.");
    draft.answers = {{QStringLiteral("visionary-thinking.1"), 4},
                     {QStringLiteral("visionary-thinking.4"), 2},
                     {QStringLiteral("emotional-intelligence.2"), 5},
                     {QStringLiteral("influence-persuasion.3"), 1}};
    return draft;
}

AssessmentDraft pulseDraft()
{
    AssessmentDraft draft;
    draft.kind = AssessmentKind::Pulse;
    draft.modelVersion = QStringLiteral("2026.1");
    draft.startedAt = utc(2026, 5, 11, 7, 58);
    draft.updatedAt = utc(2026, 5, 11, 7, 59);
    draft.position = 5;
    draft.note = QStringLiteral("Quiet week");
    draft.answers = {{QStringLiteral("pulse.visionary-thinking"), 3}, {QStringLiteral("pulse.risk"), 2}};
    return draft;
}

void expectSameDraft(const AssessmentDraft &actual, const AssessmentDraft &expected)
{
    EXPECT_EQ(actual.kind, expected.kind);
    EXPECT_EQ(actual.modelVersion, expected.modelVersion);
    EXPECT_EQ(actual.startedAt, expected.startedAt);
    EXPECT_EQ(actual.updatedAt, expected.updatedAt);
    EXPECT_EQ(actual.position, expected.position);
    EXPECT_EQ(actual.note, expected.note);
    EXPECT_EQ(actual.answers, expected.answers);
}

std::optional<AssessmentDraft> load(const DraftRepository &drafts, AssessmentKind kind)
{
    const auto loaded = drafts.load(kind);
    EXPECT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    return loaded.ok() ? loaded.value() : std::nullopt;
}

// The values of the first column, in the order the statement gives them.
QStringList column(const Database &db, const QString &sql)
{
    QStringList values;
    auto q = db.run(sql);
    EXPECT_TRUE(q.ok()) << qPrintable(q.error());
    if (q.ok()) {
        while (q.value().next())
            values << q.value().value(0).toString();
    }
    return values;
}

QVariant scalar(const Database &db, const QString &sql)
{
    const auto v = db.scalar(sql);
    EXPECT_TRUE(v.ok()) << qPrintable(v.error());
    return v.ok() ? v.value() : QVariant();
}

class DraftRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(DraftRepositoryTest, NoDraftIsAnEmptyOptional)
{
    const DraftRepository drafts(*db);
    EXPECT_FALSE(load(drafts, AssessmentKind::Full));
    EXPECT_FALSE(load(drafts, AssessmentKind::Pulse));
    // Discarding nothing is fine.
    const Status discarded = drafts.discard(AssessmentKind::Full);
    EXPECT_TRUE(discarded.ok()) << qPrintable(discarded.error());
}

TEST_F(DraftRepositoryTest, SaveAndLoadRoundTrip)
{
    const DraftRepository drafts(*db);
    const Status saved = drafts.save(fullDraft());
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error());
    const auto back = load(drafts, AssessmentKind::Full);
    ASSERT_TRUE(back);
    expectSameDraft(*back, fullDraft());
    EXPECT_EQ(back->startedAt.timeSpec(), Qt::UTC);
    // A full draft is no pulse draft.
    EXPECT_FALSE(load(drafts, AssessmentKind::Pulse));
}

TEST_F(DraftRepositoryTest, SecondSaveReplacesTheFirst)
{
    const DraftRepository drafts(*db);
    ASSERT_TRUE(drafts.save(fullDraft()).ok());
    AssessmentDraft later = fullDraft();
    later.updatedAt = utc(2026, 5, 4, 8, 21);
    later.position = 4;
    later.note = QString();
    later.answers.insert(QStringLiteral("visionary-thinking.1"), 5);
    later.answers.remove(QStringLiteral("influence-persuasion.3"));
    later.answers.insert(QStringLiteral("adaptability-innovation.1"), 3);
    const Status saved = drafts.save(later);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error());

    const auto back = load(drafts, AssessmentKind::Full);
    ASSERT_TRUE(back);
    expectSameDraft(*back, later);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM assessment_drafts")).toInt(), 1);
}

TEST_F(DraftRepositoryTest, OneDraftPerKindEachOnItsOwn)
{
    const DraftRepository drafts(*db);
    ASSERT_TRUE(drafts.save(fullDraft()).ok());
    ASSERT_TRUE(drafts.save(pulseDraft()).ok());
    const auto full = load(drafts, AssessmentKind::Full);
    const auto pulse = load(drafts, AssessmentKind::Pulse);
    ASSERT_TRUE(full && pulse);
    expectSameDraft(*full, fullDraft());
    expectSameDraft(*pulse, pulseDraft());

    // Finishing (or abandoning) the pulse leaves the half-done full assessment alone.
    const Status discarded = drafts.discard(AssessmentKind::Pulse);
    ASSERT_TRUE(discarded.ok()) << qPrintable(discarded.error());
    EXPECT_FALSE(load(drafts, AssessmentKind::Pulse));
    const auto stillFull = load(drafts, AssessmentKind::Full);
    ASSERT_TRUE(stillFull);
    expectSameDraft(*stillFull, fullDraft());

    ASSERT_TRUE(drafts.discard(AssessmentKind::Full).ok());
    EXPECT_FALSE(load(drafts, AssessmentKind::Full));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM assessment_drafts")).toInt(), 0);
}

TEST_F(DraftRepositoryTest, DraftSurvivesClosingAndReopening)
{
    ASSERT_TRUE(DraftRepository(*db).save(fullDraft()).ok());
    db.reset(); // the app quits
    auto reopened = Database::open(dir.path());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error());
    const auto back = load(DraftRepository(*reopened.value()), AssessmentKind::Full);
    ASSERT_TRUE(back);
    expectSameDraft(*back, fullDraft());
}

TEST_F(DraftRepositoryTest, DamagedDraftAnswersAreDroppedNotFatal)
{
    // A draft row edited by hand (or by a broken older build): the draft still loads, so the
    // app can offer it, with only the answers that make sense.
    ASSERT_TRUE(DraftRepository(*db).save(fullDraft()).ok());
    ASSERT_TRUE(db->run(QStringLiteral("UPDATE assessment_drafts SET answers = "
                                       "'{\"visionary-thinking.1\": 4, \"visionary-thinking.2\": 9, \"risk.lead.1\": \"x\"}'"))
                        .ok());
    const auto back = load(DraftRepository(*db), AssessmentKind::Full);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->answers, (Answers{{QStringLiteral("visionary-thinking.1"), 4}}));
    EXPECT_EQ(back->position, 3);

    ASSERT_TRUE(db->run(QStringLiteral("UPDATE assessment_drafts SET answers = 'not json'")).ok());
    const auto garbled = load(DraftRepository(*db), AssessmentKind::Full);
    ASSERT_TRUE(garbled);
    EXPECT_TRUE(garbled->answers.isEmpty());
}

TEST(SchemaUpgradeTest, VersionOneDatabaseGainsDraftsAndKeepsItsAssessments)
{
    TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    const QString file = DataLocation::databasePath(dir.path());
    // A database exactly as the first release left it, written with Qt's driver directly.
    const QString name = QStringLiteral("schema-v1");
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        v1.setDatabaseName(file);
        ASSERT_TRUE(v1.open()) << qPrintable(v1.lastError().text());
        QStringList statements = schemaMigrations().at(0);
        statements << QStringLiteral("PRAGMA user_version = 1")
                   << QStringLiteral("INSERT INTO assessments (id, uuid, kind, model_version, taken_at, note) VALUES"
                                     " (7, '1b4e28ba-2fa1-41d2-883f-0016d3cca427', 'pulse', '2026.1', '2026-05-11T07:15:00Z', 'v1')")
                   << QStringLiteral("INSERT INTO answers (assessment_id, item_id, value) VALUES"
                                     " (7, 'pulse.visionary-thinking', 3), (7, 'pulse.risk', 5)");
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(v1);
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
        }
        QSqlQuery check(v1);
        ASSERT_TRUE(check.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessment_drafts'")));
        ASSERT_TRUE(check.next());
        ASSERT_EQ(check.value(0).toInt(), 0);
        v1.close();
    }
    QSqlDatabase::removeDatabase(name);

    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());

    const auto kept = AssessmentRepository(*db.value()).list();
    ASSERT_TRUE(kept.ok()) << qPrintable(kept.error());
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->at(0).id, 7);
    EXPECT_EQ(kept->at(0).uuid, QUuid::fromString(QStringLiteral("1b4e28ba-2fa1-41d2-883f-0016d3cca427")));
    EXPECT_EQ(kept->at(0).kind, AssessmentKind::Pulse);
    EXPECT_EQ(kept->at(0).takenAt, utc(2026, 5, 11, 7, 15));
    EXPECT_EQ(kept->at(0).note, QStringLiteral("v1"));
    EXPECT_EQ(kept->at(0).answers, (Answers{{QStringLiteral("pulse.visionary-thinking"), 3}, {QStringLiteral("pulse.risk"), 5}}));

    // The new table is there and works.
    EXPECT_EQ(column(*db.value(), QStringLiteral("SELECT name FROM sqlite_schema WHERE name = 'assessment_drafts'")),
              QStringList{QStringLiteral("assessment_drafts")});
    const DraftRepository drafts(*db.value());
    ASSERT_TRUE(drafts.save(fullDraft()).ok());
    const auto back = load(drafts, AssessmentKind::Full);
    ASSERT_TRUE(back);
    expectSameDraft(*back, fullDraft());
}

// tests/data/schema-v1.db is a database as the first release (data format 1) wrote it, made
// once with the sqlite3 shell from schemaMigrations().at(0) and a few hand-written rows: a full
// assessment (52 answers) and a pulse (8), two journal entries with tags, links and an advisor
// answer, a goal with three steps and evidence, and the cadence settings. Never regenerate it:
// it stands for files users already have. Every later data format gets a fixture of its own.
TEST(SchemaUpgradeTest, ReleasedVersionOneFixtureUpgradesWithEveryRow)
{
    const QString fixture = QStringLiteral(TANDEM_TEST_DATA_DIR "/schema-v1.db");
    ASSERT_TRUE(QFileInfo(fixture).isFile()) << qPrintable(fixture);
    TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    const QString file = DataLocation::databasePath(dir.path());
    ASSERT_TRUE(QFile::copy(fixture, file));
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    const Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    // Assessments, with every answer.
    const auto assessments = AssessmentRepository(db).list();
    ASSERT_TRUE(assessments.ok()) << qPrintable(assessments.error());
    ASSERT_EQ(assessments->size(), 2);
    const Assessment &pulse = assessments->at(0);
    const Assessment &full = assessments->at(1);
    EXPECT_EQ(full.uuid, QUuid::fromString(QStringLiteral("6f1c2a3e-8b4d-4e5f-9a0b-1c2d3e4f5a6b")));
    EXPECT_EQ(full.kind, AssessmentKind::Full);
    EXPECT_EQ(full.modelVersion, QStringLiteral("2026.1"));
    EXPECT_EQ(full.takenAt, utc(2026, 3, 2, 8, 24, 31));
    EXPECT_EQ(full.note, QStringLiteral("After the reorganisation — tired but hopeful."));
    EXPECT_EQ(full.answers.size(), 52);
    EXPECT_EQ(full.answers.value(QStringLiteral("visionary-thinking.1")), 5);
    EXPECT_EQ(full.answers.value(QStringLiteral("visionary-thinking.4")), 2);
    EXPECT_EQ(full.answers.value(QStringLiteral("communication-clarity.4")), 3);
    EXPECT_EQ(full.answers.value(QStringLiteral("risk.manage.2")), 3);
    EXPECT_EQ(pulse.uuid, QUuid::fromString(QStringLiteral("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d")));
    EXPECT_EQ(pulse.kind, AssessmentKind::Pulse);
    EXPECT_EQ(pulse.takenAt, utc(2026, 3, 9, 7, 55, 2));
    EXPECT_EQ(pulse.answers.size(), 8);
    EXPECT_EQ(pulse.answers.value(QStringLiteral("pulse.influence-persuasion")), 5);

    // And the results they give are the ones the user saw before the upgrade.
    const ProfileService service(db, SkillModel::builtin());
    const auto latest = service.latest(AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value());
    const Profile &p = latest.value()->profile;
    // Leading skills "often" (one statement "always"), managing skills "sometimes".
    EXPECT_NEAR(p.skills.value(QStringLiteral("visionary-thinking")), 81.25, Tolerance);
    EXPECT_NEAR(p.skills.value(QStringLiteral("emotional-intelligence")), 75.0, Tolerance);
    EXPECT_NEAR(p.skills.value(QStringLiteral("organisational-efficiency")), 50.0, Tolerance);
    EXPECT_NEAR(p.leadership.value_or(-1), 76.5625, Tolerance);
    EXPECT_NEAR(p.management.value_or(-1), 50.0, Tolerance);
    ASSERT_TRUE(p.label);
    EXPECT_EQ(p.label->key(), QStringLiteral("leans-leading-developing"));
    const auto latestPulse = service.latest(AssessmentKind::Pulse);
    ASSERT_TRUE(latestPulse.ok() && latestPulse.value());
    EXPECT_NEAR(latestPulse.value()->profile.leadership.value_or(-1), 75.0, Tolerance);
    EXPECT_NEAR(latestPulse.value()->profile.management.value_or(-1), 50.0, Tolerance);

    // Journal entries with their texts, tags, links and advice.
    EXPECT_EQ(column(db, QStringLiteral("SELECT title FROM journal_entries ORDER BY id")),
              (QStringList{QStringLiteral("One-to-one with Sam"), QStringLiteral("Roadmap review")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT uuid FROM journal_entries ORDER BY id")),
              (QStringList{QStringLiteral("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"), QStringLiteral("1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT mode || '/' || rating || '/' || occurred_at FROM journal_entries ORDER BY id")),
              (QStringList{QStringLiteral("lead/4/2026-03-03T14:00:00Z"), QStringLiteral("both/3/2026-03-05T10:00:00Z")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT body FROM journal_entries WHERE id = 1")),
              QStringList{QStringLiteral("Sam said the café noise at the office makes focus hard.")});
    EXPECT_EQ(column(db, QStringLiteral("SELECT learned FROM journal_entries WHERE id = 2")),
              QStringList{QStringLiteral("Write the trade-off down before the meeting.")});
    EXPECT_EQ(column(db, QStringLiteral("SELECT advice_lean || ' ' || advice FROM journal_entries WHERE id = 1")),
              QStringList{QStringLiteral("lead {\"lean\":\"lead\",\"drivers\":[\"connection-process\"]}")});
    EXPECT_EQ(column(db, QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = 1 ORDER BY t.name")),
              (QStringList{QStringLiteral("feedback"), QStringLiteral("one-to-one")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = 2 ORDER BY t.name")),
              (QStringList{QStringLiteral("feedback"), QStringLiteral("roadmap")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT entry_id || ' ' || kind || ' ' || ref_id FROM journal_links ORDER BY entry_id, kind, ref_id")),
              (QStringList{QStringLiteral("1 contrast connection-process"), QStringLiteral("1 skill emotional-intelligence"),
                           QStringLiteral("2 skill problem-solving-decisions")}));
    // The search index came along (accents folded, as before).
    EXPECT_EQ(column(db, QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'cafe'")), QStringList{QStringLiteral("1")});
    EXPECT_EQ(column(db, QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'trade*'")), QStringList{QStringLiteral("2")});

    // The goal with its steps, in order, and its evidence.
    EXPECT_EQ(column(db, QStringLiteral("SELECT title || '|' || target_kind || '|' || target_id || '|' || due_on || '|' || target_score || '|' || status FROM goals")),
              QStringList{QStringLiteral("Listen before I answer|skill|emotional-intelligence|2026-06-30|80|active")});
    EXPECT_EQ(column(db, QStringLiteral("SELECT text FROM goal_steps WHERE goal_id = 1 ORDER BY position")),
              (QStringList{QStringLiteral("Ask one open question in every one-to-one"), QStringLiteral("Summarise back before giving my view"),
                           QStringLiteral("Ask the team for feedback on how I listen")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT coalesce(done_at, '-') FROM goal_steps ORDER BY position")),
              (QStringList{QStringLiteral("2026-03-03T17:10:00Z"), QStringLiteral("-"), QStringLiteral("-")}));
    EXPECT_EQ(column(db, QStringLiteral("SELECT goal_id || '-' || entry_id FROM goal_evidence")), QStringList{QStringLiteral("1-1")});

    // The user's chosen rhythm.
    const auto cadence = SettingsRepository(db).cadence();
    ASSERT_TRUE(cadence.ok()) << qPrintable(cadence.error());
    EXPECT_EQ(cadence->pulseWeekday, 3);
    EXPECT_EQ(cadence->fullIntervalWeeks, 8);
    EXPECT_FALSE(cadence->remindersEnabled);

    const auto counts = db.recordCounts();
    ASSERT_TRUE(counts.ok()) << qPrintable(counts.error());
    EXPECT_EQ(counts->assessments, 2);
    EXPECT_EQ(counts->journalEntries, 2);
    EXPECT_EQ(counts->goals, 1);

    // And the upgraded file takes a draft.
    const DraftRepository drafts(db);
    ASSERT_TRUE(drafts.save(pulseDraft()).ok());
    const auto back = load(drafts, AssessmentKind::Pulse);
    ASSERT_TRUE(back);
    expectSameDraft(*back, pulseDraft());
}
