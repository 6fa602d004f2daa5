// Benchmarks of the core's start-up work, scoring, and the store's writers: export, import and
// the journal and assessment paths the app and tandem-cli use.
#include "assessmentrepository.h"
#include "budgets.h"
#include "database.h"
#include "demogenerator.h"
#include "demostore.h"
#include "exchangerepository.h"
#include "importer.h"
#include "journalrepository.h"
#include "scoring.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tandem::core;

namespace {

QByteArray modelFile()
{
    QFile file(QStringLiteral(":/tandem/model/skillmodel.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void BM_LoadSkillModel(benchmark::State &state)
{
    const QByteArray json = modelFile();
    for (auto _ : state) {
        auto model = SkillModel::fromJson(json);
        benchmark::DoNotOptimize(model.ok());
    }
}
BENCHMARK(BM_LoadSkillModel);

void BM_ScoreFullAssessment(benchmark::State &state)
{
    const SkillModel &model = SkillModel::builtin();
    Answers answers;
    int i = 0;
    for (const Item &item : model.fullAssessmentItems())
        answers.insert(item.id, 1 + (i++ % 5));
    const Scorer scorer(model);
    for (auto _ : state) {
        Profile p = scorer.score(answers, AssessmentKind::Full);
        benchmark::DoNotOptimize(p.leadership);
    }
}
BENCHMARK(BM_ScoreFullAssessment);

// Opening the store is on the app's start-up path: it must not grow with the data.
void BM_OpenDatabase(benchmark::State &state)
{
    QTemporaryDir dir;
    const int years = static_cast<int>(state.range(0));
    if (years > 0) {
        auto db = Database::open(dir.path());
        DemoGenerator::Options options;
        options.years = years;
        options.until = QDate(2026, 11, 30);
        if (!db || !DemoGenerator(SkillModel::builtin()).generate(*db.value(), options)) {
            state.SkipWithError("could not create the demo database");
            return;
        }
    }
    for (auto _ : state) {
        auto db = Database::open(dir.path());
        benchmark::DoNotOptimize(db.ok());
    }
}
BENCHMARK(BM_OpenDatabase)->Arg(0)->Arg(10)->Unit(benchmark::kMicrosecond);

void BM_DemoOneYear(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        DemoGenerator::Options options;
        options.until = QDate(2026, 11, 30);
        auto summary = DemoGenerator(SkillModel::builtin()).generate(*db.value(), options);
        benchmark::DoNotOptimize(summary.ok());
    }
}
BENCHMARK(BM_DemoOneYear)->Unit(benchmark::kMillisecond);

// The 10-year demo store as tandem-cli exports it (about 3,300 records), read once.
const ExchangeData &tenYearExport()
{
    static const ExchangeData data = [] {
        auto all = ExchangeRepository(tandem::bench::demoDatabase(10)).readAll();
        auto read = TandemJson::read(TandemJson::write(all.value()));
        return read.value();
    }();
    return data;
}

// Export: one snapshot of the whole store, written as Tandem's JSON.
void BM_ExportJson(benchmark::State &state)
{
    const Database &db = tandem::bench::demoDatabase(10);
    for (auto _ : state) {
        auto all = ExchangeRepository(db).readAll();
        if (!all) {
            state.SkipWithError("readAll failed");
            return;
        }
        benchmark::DoNotOptimize(TandemJson::write(all.value()).size());
    }
}
BENCHMARK(BM_ExportJson)->Unit(benchmark::kMillisecond);

// Import of the 10-year export into an empty store. A dry run does every insert and rolls back,
// so each iteration starts from the same empty store and no fsync is timed.
void BM_ImportIntoEmpty(benchmark::State &state)
{
    const ExchangeData &data = tenYearExport();
    const Database &db = tandem::bench::demoDatabase(0);
    for (auto _ : state) {
        auto report = Importer(db).run(data, true);
        if (!report || report->journalEntries.added != data.journalEntries.size()) {
            state.SkipWithError("the import did not add every entry");
            return;
        }
    }
}
BENCHMARK(BM_ImportIntoEmpty)->Unit(benchmark::kMillisecond);

// The same file again into the store it came from: everything is compared, nothing written.
void BM_ImportAgain(benchmark::State &state)
{
    const ExchangeData &data = tenYearExport();
    const Database &db = tandem::bench::demoDatabase(10);
    for (auto _ : state) {
        auto report = Importer(db).run(data, true);
        if (!report || report->changes() != 0) {
            state.SkipWithError("the import changed something");
            return;
        }
    }
}
BENCHMARK(BM_ImportAgain)->Unit(benchmark::kMillisecond);

// A newer version of every journal entry and goal (new title, one more tag): each is updated in
// place. Dry run, so the store stays as it was.
void BM_ImportUpdates(benchmark::State &state)
{
    static const ExchangeData newer = [] {
        ExchangeData data = tenYearExport();
        for (JournalEntry &e : data.journalEntries) {
            e.title += QStringLiteral(" (edited)");
            e.tags.append(QStringLiteral("edited"));
            e.updatedAt = e.updatedAt.addDays(1);
        }
        for (ExchangeGoal &g : data.goals) {
            g.goal.title += QStringLiteral(" (edited)");
            g.goal.updatedAt = g.goal.updatedAt.addDays(1);
        }
        return data;
    }();
    const Database &db = tandem::bench::demoDatabase(10);
    for (auto _ : state) {
        auto report = Importer(db).run(newer, true);
        if (!report || report->journalEntries.updated != newer.journalEntries.size()) {
            state.SkipWithError("the import did not update every entry");
            return;
        }
    }
}
BENCHMARK(BM_ImportUpdates)->Unit(benchmark::kMillisecond);

JournalEntry sampleEntry(int i)
{
    JournalEntry e;
    e.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3600);
    e.title = QStringLiteral("Entry %1").arg(i);
    e.situation = QStringLiteral("The weekly planning meeting ran long and two people disagreed about scope.");
    e.mode = Mode::Both;
    e.rating = 1 + i % 5;
    e.body = QStringLiteral("We wrote the options on the board, agreed on what matters most, and split the rest. ")
                     .repeated(4);
    e.tags = {QStringLiteral("work"), QStringLiteral("team"), QStringLiteral("tag %1").arg(i % 20)};
    e.skills = {QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence")};
    e.areas = {QStringLiteral("decisions")};
    return e;
}

constexpr int JournalBatch = 200;

// The app's and tandem-cli's journal writes: 200 entries added with tags and links, inside one
// transaction that is rolled back (so every iteration starts the same, and no fsync is timed).
void BM_JournalAdd(benchmark::State &state)
{
    const Database &db = tandem::bench::demoDatabase(0);
    const JournalRepository repo(db);
    QList<JournalEntry> entries;
    for (int i = 0; i < JournalBatch; ++i)
        entries.append(sampleEntry(i));
    for (auto _ : state) {
        Transaction transaction(db);
        for (const JournalEntry &e : std::as_const(entries)) {
            if (!repo.add(e)) {
                state.SkipWithError("add failed");
                return;
            }
        }
    }
}
BENCHMARK(BM_JournalAdd)->Unit(benchmark::kMillisecond);

// 200 entries of the 1-year demo store saved again with a new title and one more tag (the
// editor's autosave), rolled back.
void BM_JournalUpdate(benchmark::State &state)
{
    const Database &db = tandem::bench::demoDatabase(1);
    static const QList<JournalEntry> stored = ExchangeRepository(db).readAll().value().journalEntries.mid(0, JournalBatch);
    const JournalRepository repo(db);
    for (auto _ : state) {
        Transaction transaction(db);
        for (JournalEntry e : stored) {
            e.title += QStringLiteral(" (edited)");
            e.tags.append(QStringLiteral("edited"));
            e.updatedAt = e.updatedAt.addDays(1);
            if (!repo.update(e)) {
                state.SkipWithError("update failed");
                return;
            }
        }
    }
}
BENCHMARK(BM_JournalUpdate)->Unit(benchmark::kMillisecond);

// 100 full assessments (52 answers each) stored, rolled back.
void BM_AssessmentAdd(benchmark::State &state)
{
    const Database &db = tandem::bench::demoDatabase(0);
    const AssessmentRepository repo(db);
    Assessment a;
    a.kind = AssessmentKind::Full;
    a.modelVersion = SkillModel::builtin().version;
    a.takenAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    int i = 0;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        a.answers.insert(item.id, 1 + i++ % 5);
    for (auto _ : state) {
        Transaction transaction(db);
        for (int n = 0; n < 100; ++n) {
            if (!repo.add(a)) {
                state.SkipWithError("add failed");
                return;
            }
        }
    }
}
BENCHMARK(BM_AssessmentAdd)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int status = tandem::bench::runBenchmarks(argc, argv);
    tandem::bench::demoStores().clear();
    return status;
}
