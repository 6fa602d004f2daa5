// One writer per table: a record stored by the app (or tandem-cli) and the same record brought in
// by import are the same rows, column for column, and a record removed and added again (undo) is
// the record it was, down to its row id and the bytes of an export.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "exchangerepository.h"
#include "goalrepository.h"
#include "importer.h"
#include "journalrepository.h"
#include "settingsrepository.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

std::unique_ptr<Database> openStore(const QString &dir)
{
    auto db = Database::open(dir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    return db.ok() ? std::move(db).value() : nullptr;
}

// The store as Tandem's JSON, as `tandem-cli export` writes it.
QByteArray exportOf(const Database &db)
{
    const auto data = ExchangeRepository(db).readAll();
    EXPECT_TRUE(data.ok()) << qPrintable(data.error());
    return data.ok() ? TandemJson::write(data.value()) : QByteArray();
}

// Every row of a query, each value marked with its SQL type, so that NULL, '' and 0 differ.
QStringList rowsOf(const Database &db, const QString &sql)
{
    QStringList rows;
    auto query = db.run(sql);
    EXPECT_TRUE(query.ok()) << qPrintable(query.error());
    if (!query.ok())
        return rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            values << (v.isNull()                              ? QStringLiteral("NULL")
                               : v.typeId() == QMetaType::QString ? QLatin1Char('\'') + v.toString() + QLatin1Char('\'')
                                                                  : v.toString());
        }
        rows << values.join(QStringLiteral(" | "));
    }
    return rows;
}

// The same rows in both stores, for each query; none of them empty, so that the comparison says
// something.
void expectSameRows(const Database &a, const Database &b, const QStringList &queries)
{
    for (const QString &sql : queries) {
        const QStringList rows = rowsOf(a, sql);
        EXPECT_FALSE(rows.isEmpty()) << qPrintable(sql);
        EXPECT_EQ(rowsOf(b, sql), rows) << qPrintable(sql);
    }
}

Assessment startedAssessment()
{
    Assessment a;
    a.kind = AssessmentKind::Full;
    a.modelVersion = SkillModel::builtin().version;
    a.startedAt = utc(2026, 5, 4, 8, 12, 40);
    a.takenAt = utc(2026, 5, 4, 8, 30, 5);
    a.note = QStringLiteral("Before the offsite.");
    int i = 0;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        a.answers.insert(item.id, 1 + i++ % 5);
    return a;
}

Advice sampleAdvice()
{
    Advice advice;
    advice.modelVersion = SkillModel::builtin().version;
    for (const AdvisorQuestion &q : SkillModel::builtin().advisorQuestions)
        advice.questionIds.append(q.id);
    advice.answers = {-3, -2, 0, 1, -1};
    advice.score = -5;
    advice.lean = Lean::Lead;
    advice.drivers = {{QStringLiteral("vision-execution"), Role::Lead, -3}};
    advice.skillIds = {QStringLiteral("visionary-thinking")};
    advice.tipIds = {QStringLiteral("vision-execution.lead.tip1")};
    return advice;
}

// An entry as the journal editor saves it: every part used, times from the editor's clock.
JournalEntry editedEntry()
{
    JournalEntry e;
    e.occurredAt = utc(2026, 3, 2, 14, 30);
    e.createdAt = utc(2026, 3, 2, 18);
    e.updatedAt = utc(2026, 3, 2, 18, 5, 12);
    e.title = QStringLiteral("Kick-off 🚀");
    e.situation = QStringLiteral("The whole team, first time in one room.");
    e.mode = Mode::Both;
    e.outcome = QStringLiteral("It went well");
    e.rating = 4;
    e.feelings = QStringLiteral("Nervous, then relieved");
    e.learned = QStringLiteral("Ask first.");
    e.nextTime = QStringLiteral("Start with why.");
    e.body = QStringLiteral("A body with *Markdown*.");
    e.tags = {QStringLiteral("Work"), QStringLiteral("offsite")};
    e.skills = {QStringLiteral("visionary-thinking"), QStringLiteral("communication-clarity")};
    e.contrasts = {QStringLiteral("risk")};
    e.areas = {QStringLiteral("decisions")};
    e.advice = sampleAdvice();
    return e;
}

// The journal's tables with row ids replaced by uuids (row ids are each store's own).
const QStringList JournalTables = {
        QStringLiteral("SELECT uuid, created_at, updated_at, occurred_at, title, situation, mode, outcome, rating,"
                       " feelings, learned, next_time, body, advice_lean, advice FROM journal_entries ORDER BY uuid"),
        QStringLiteral("SELECT e.uuid, l.kind, l.ref_id FROM journal_links l JOIN journal_entries e ON e.id = l.entry_id"
                       " ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT name FROM tags ORDER BY name"),
        QStringLiteral("SELECT e.uuid, t.name FROM entry_tags et JOIN journal_entries e ON e.id = et.entry_id"
                       " JOIN tags t ON t.id = et.tag_id ORDER BY 1, 2"),
        // The search index follows the rows (its content comes from journal_entries by row id).
        QStringLiteral("SELECT e.uuid, f.title, f.body FROM journal_fts f JOIN journal_entries e ON e.id = f.rowid"
                       " WHERE journal_fts MATCH 'first OR markdown OR again' ORDER BY 1"),
};

const QStringList GoalAndSettingTables = {
        QStringLiteral("SELECT uuid, created_at, updated_at, target_kind, target_id, title, why, due_on, target_score,"
                       " status, closed_at FROM goals ORDER BY uuid"),
        QStringLiteral("SELECT s.uuid, g.uuid, s.position, s.text, s.done_at FROM goal_steps s"
                       " JOIN goals g ON g.id = s.goal_id ORDER BY 2, 3"),
        QStringLiteral("SELECT g.uuid, e.uuid FROM goal_evidence x JOIN goals g ON g.id = x.goal_id"
                       " JOIN journal_entries e ON e.id = x.entry_id ORDER BY 1, 2"),
        QStringLiteral("SELECT key, value FROM settings ORDER BY key"),
};

// Imports `from`'s export into `into`; gives the report.
ImportReport importExport(const Database &from, const Database &into)
{
    auto file = TandemJson::read(exportOf(from));
    EXPECT_TRUE(file.ok()) << qPrintable(file.error());
    if (!file.ok())
        return {};
    auto report = Importer(into).run(file.value(), false);
    EXPECT_TRUE(report.ok()) << qPrintable(report.error());
    return report.ok() ? report.value() : ImportReport();
}

class TableWritersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openStore(dir.path());
        ASSERT_TRUE(db);
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(TableWritersTest, AnAssessmentTakenInTheAppIsExportedWithItsStartTime)
{
    const AssessmentRepository repo(*db);
    const auto id = repo.add(startedAssessment());
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back->startedAt, utc(2026, 5, 4, 8, 12, 40));
    const auto listed = repo.list();
    ASSERT_TRUE(listed.ok() && listed->size() == 1);
    EXPECT_EQ(listed->first().startedAt, utc(2026, 5, 4, 8, 12, 40));

    const QJsonObject exported = QJsonDocument::fromJson(exportOf(*db))
                                         .object()
                                         .value(QLatin1String("assessments"))
                                         .toArray()
                                         .first()
                                         .toObject();
    EXPECT_EQ(exported.value(QLatin1String("started_at")).toString(), QStringLiteral("2026-05-04T08:12:40Z"));

    // One taken without a known start (tandem-cli's `assess`) has none: null in the file.
    Assessment unknown = startedAssessment();
    unknown.startedAt = QDateTime();
    unknown.takenAt = utc(2026, 5, 5);
    ASSERT_TRUE(repo.add(unknown).ok());
    const QJsonObject second = QJsonDocument::fromJson(exportOf(*db))
                                       .object()
                                       .value(QLatin1String("assessments"))
                                       .toArray()
                                       .at(1)
                                       .toObject();
    EXPECT_TRUE(second.value(QLatin1String("started_at")).isNull());
}

TEST_F(TableWritersTest, ARemovedAssessmentAddedAgainIsTheSameRecord)
{
    const AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(startedAssessment()).ok());
    Assessment later = startedAssessment();
    later.takenAt = utc(2026, 6, 1);
    const auto id = repo.add(later);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const QByteArray before = exportOf(*db);

    // Undo in the check-in history: remove, then add what remove gave back.
    auto removed = repo.remove(id.value());
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error());
    EXPECT_NE(exportOf(*db), before);
    const auto again = repo.add(removed.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_EQ(again.value(), id.value()) << "the same row id";
    const auto back = repo.get(again.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->uuid, removed->uuid);
    EXPECT_EQ(back->startedAt, later.startedAt);
    EXPECT_TRUE(exportOf(*db) == before) << "the export is byte for byte what it was";

    const auto found = repo.idFor(removed->uuid);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error());
    EXPECT_EQ(found.value(), std::optional<qint64>(id.value()));
    const auto missing = repo.idFor(QUuid::createUuid());
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().has_value());
}

TEST_F(TableWritersTest, AnAssessmentWhoseRowIdWasTakenMeanwhileGetsAFreshOne)
{
    const AssessmentRepository repo(*db);
    const auto first = repo.add(startedAssessment());
    ASSERT_TRUE(first.ok());
    auto removed = repo.remove(first.value());
    ASSERT_TRUE(removed.ok());
    // Another assessment is taken meanwhile and gets the free row id.
    Assessment other = startedAssessment();
    other.takenAt = utc(2026, 7, 1);
    const auto taken = repo.add(other);
    ASSERT_TRUE(taken.ok());
    ASSERT_EQ(taken.value(), first.value());

    const auto again = repo.add(removed.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_NE(again.value(), first.value());
    const auto byUuid = repo.idFor(removed->uuid);
    ASSERT_TRUE(byUuid.ok());
    EXPECT_EQ(byUuid.value(), std::optional<qint64>(again.value())) << "found by its uuid under its new row id";
    EXPECT_EQ(repo.get(taken.value())->takenAt, utc(2026, 7, 1)) << "the other one is untouched";
}

TEST_F(TableWritersTest, AnAssessmentStoredInTheAppAndOneImportedAreTheSameRows)
{
    const AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(startedAssessment()).ok());
    Assessment pulse;
    pulse.kind = AssessmentKind::Pulse;
    pulse.modelVersion = QStringLiteral("2025.9");
    pulse.takenAt = utc(2026, 5, 11, 17);
    pulse.answers = {{QStringLiteral("pulse.visionary-thinking"), 2}};
    ASSERT_TRUE(repo.add(pulse).ok());

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    auto file = TandemJson::read(exportOf(*db));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error());
    auto report = Importer(*other).run(file.value(), false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_EQ(report->assessments.added, 2);

    expectSameRows(*db, *other,
                   {QStringLiteral("SELECT uuid, kind, model_version, started_at, taken_at, note FROM assessments"
                                   " ORDER BY uuid"),
                    QStringLiteral("SELECT a.uuid, x.item_id, x.value FROM answers x"
                                   " JOIN assessments a ON a.id = x.assessment_id ORDER BY a.uuid, x.item_id")});
    EXPECT_TRUE(exportOf(*other) == exportOf(*db));
}

TEST_F(TableWritersTest, ARemovedJournalEntryAddedAgainIsTheSameRecord)
{
    const JournalRepository repo(*db);
    ASSERT_TRUE(repo.add(editedEntry()).ok());
    JournalEntry second = editedEntry();
    second.occurredAt = utc(2026, 3, 9);
    second.tags = {QStringLiteral("only-here")};
    const auto id = repo.add(second);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const QByteArray before = exportOf(*db);

    // Undo in the journal: what get() read before remove() goes back in.
    const auto entry = repo.get(id.value());
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(repo.remove(id.value()).ok());
    EXPECT_FALSE(repo.tags()->contains(QStringLiteral("only-here"))) << "a tag no entry uses is forgotten";
    const auto again = repo.add(entry.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_EQ(again.value(), id.value()) << "the same row id";
    EXPECT_TRUE(exportOf(*db) == before) << "the export is byte for byte what it was";
    EXPECT_TRUE(repo.tags()->contains(QStringLiteral("only-here")));

    const auto found = repo.idFor(entry->uuid);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error());
    EXPECT_EQ(found.value(), std::optional<qint64>(id.value()));
    const auto missing = repo.idFor(QUuid::createUuid());
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().has_value());
}

TEST_F(TableWritersTest, AJournalEntryWhoseRowIdWasTakenMeanwhileGetsAFreshOne)
{
    const JournalRepository repo(*db);
    const auto id = repo.add(editedEntry());
    ASSERT_TRUE(id.ok());
    const auto entry = repo.get(id.value());
    ASSERT_TRUE(entry.ok() && repo.remove(id.value()).ok());
    JournalEntry other;
    other.occurredAt = utc(2026, 4, 1);
    other.title = QStringLiteral("Written meanwhile");
    const auto taken = repo.add(other);
    ASSERT_TRUE(taken.ok());
    ASSERT_EQ(taken.value(), id.value());

    const auto again = repo.add(entry.value());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_NE(again.value(), id.value());
    EXPECT_EQ(repo.idFor(entry->uuid).value(), std::optional<qint64>(again.value()));
    EXPECT_EQ(repo.get(again.value())->title, entry->title);
    EXPECT_EQ(repo.get(taken.value())->title, QStringLiteral("Written meanwhile")) << "the other one is untouched";
}

TEST_F(TableWritersTest, AJournalEntryWrittenInTheAppAndOneImportedAreTheSameRows)
{
    const JournalRepository repo(*db);
    ASSERT_TRUE(repo.add(editedEntry()).ok());
    // One as tandem-cli's `journal add` stores it: no uuid or times but when it happened.
    JournalEntry quick;
    quick.occurredAt = utc(2026, 3, 5, 8);
    quick.title = QStringLiteral("Only a title, again");
    quick.tags = {QStringLiteral("work")}; // the same tag as "Work"
    const auto quickId = repo.add(quick);
    ASSERT_TRUE(quickId.ok());

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    EXPECT_EQ(importExport(*db, *other).journalEntries.added, 2);
    expectSameRows(*db, *other, JournalTables);

    // The same change made in the app here and brought in by import there.
    auto changed = repo.get(quickId.value());
    ASSERT_TRUE(changed.ok());
    changed.value().title = QStringLiteral("Changed in the app, first then again");
    changed.value().tags = {QStringLiteral("later")};
    changed.value().skills = {QStringLiteral("emotional-intelligence")};
    changed.value().advice = sampleAdvice();
    changed.value().rating.reset();
    changed.value().updatedAt = utc(2026, 3, 6, 7);
    ASSERT_TRUE(repo.update(changed.value()).ok());
    const ImportReport report = importExport(*db, *other);
    EXPECT_EQ(report.journalEntries.updated, 1);
    EXPECT_EQ(report.journalEntries.unchanged, 1);
    expectSameRows(*db, *other, JournalTables);
    EXPECT_TRUE(exportOf(*other) == exportOf(*db));
}

TEST_F(TableWritersTest, AGoalAndSettingsStoredInTheAppAndImportedAreTheSameRows)
{
    const JournalRepository journal(*db);
    const auto evidence = journal.add(editedEntry());
    ASSERT_TRUE(evidence.ok());
    const GoalRepository goals(*db);
    Goal goal;
    goal.createdAt = utc(2026, 2, 1);
    goal.targetKind = GoalTarget::LeadPole;
    goal.targetId = QStringLiteral("vision-execution");
    goal.title = QStringLiteral("Paint the picture 🎨");
    goal.why = QStringLiteral("So the team knows where we go.");
    goal.dueOn = QDate(2026, 6, 30);
    goal.targetScore = 70;
    goal.steps = {{QUuid(), QStringLiteral("Write one page"), {}, {}, utc(2026, 2, 10)},
                  {QUuid(), QStringLiteral("Share it"), {}, {}, QDateTime()}};
    const auto goalId = goals.add(goal);
    ASSERT_TRUE(goalId.ok()) << qPrintable(goalId.error());
    ASSERT_TRUE(goals.replaceEvidence(goalId.value(), {evidence.value()}).ok());
    Goal bare;
    bare.createdAt = utc(2026, 3, 7);
    bare.targetId = QStringLiteral("emotional-intelligence");
    bare.title = QStringLiteral("Listen more");
    bare.steps = {{QUuid(), QStringLiteral("Ask one more question"), {}, {}, QDateTime()}};
    ASSERT_TRUE(goals.add(bare).ok());
    const SettingsRepository settings(*db);
    ASSERT_TRUE(settings.setCadence({3, 6, false}).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("custom.ünicode"), QStringLiteral("värde ✓")).ok());

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    const ImportReport added = importExport(*db, *other);
    EXPECT_EQ(added.goals.added, 2);
    EXPECT_EQ(added.settings.added, 4);
    expectSameRows(*db, *other, GoalAndSettingTables);

    // The goal changed in the app here (closed, a step done, a step dropped, other evidence)
    // and brought in by import there.
    auto active = goals.active(10);
    ASSERT_TRUE(active.ok() && active->size() == 2);
    Goal changed = active->first().title == goal.title ? active->first() : active->last();
    const auto later = journal.add([] {
        JournalEntry e = editedEntry();
        e.occurredAt = utc(2026, 3, 20);
        return e;
    }());
    ASSERT_TRUE(later.ok());
    changed.status = GoalStatus::Done;
    changed.closedAt = utc(2026, 3, 21, 17);
    changed.updatedAt = changed.closedAt;
    changed.steps[1].doneAt = utc(2026, 3, 21, 16);
    changed.steps.removeFirst();
    changed.steps.append({QUuid::createUuid(), QStringLiteral("Tell the board"), {}, {}, QDateTime()});
    ASSERT_TRUE(goals.update(changed).ok());
    ASSERT_TRUE(goals.replaceEvidence(changed.id, {evidence.value(), later.value()}).ok());
    const ImportReport updated = importExport(*db, *other);
    EXPECT_EQ(updated.goals.updated, 1);
    EXPECT_EQ(updated.goals.unchanged, 1);
    EXPECT_EQ(updated.journalEntries.added, 1);
    EXPECT_EQ(updated.settings.unchanged, 4);
    expectSameRows(*db, *other, GoalAndSettingTables);
    expectSameRows(*db, *other, JournalTables);
    EXPECT_TRUE(exportOf(*other) == exportOf(*db));
}

TEST_F(TableWritersTest, AnImportedExportOfTheAppsDataRoundTripsExactly)
{
    // A store filled the way the app fills it: the demo's history (through the repositories),
    // an assessment with its start time and an entry with everything.
    const auto demo = DemoGenerator(SkillModel::builtin()).generate(*db, {1, 11, QDate(2026, 4, 30)});
    ASSERT_TRUE(demo.ok()) << qPrintable(demo.error());
    ASSERT_TRUE(AssessmentRepository(*db).add(startedAssessment()).ok());
    ASSERT_TRUE(JournalRepository(*db).add(editedEntry()).ok());
    const QByteArray first = exportOf(*db);

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    const ImportReport report = importExport(*db, *other);
    EXPECT_EQ(report.journalEntries.added, demo->journalEntries + 1);
    EXPECT_TRUE(exportOf(*other) == first) << "export → import → export changed the file";
    expectSameRows(*db, *other, JournalTables);
    expectSameRows(*db, *other, GoalAndSettingTables.mid(0, 2));
    // And importing it again into either store changes nothing.
    EXPECT_EQ(importExport(*db, *other).changes(), 0);
    EXPECT_EQ(importExport(*other, *db).changes(), 0);
    EXPECT_TRUE(exportOf(*db) == first);
}
