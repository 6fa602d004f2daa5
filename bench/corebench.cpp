// Benchmarks of the core's start-up work and scoring.
#include "database.h"
#include "demogenerator.h"
#include "scoring.h"
#include "skillmodel.h"

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
