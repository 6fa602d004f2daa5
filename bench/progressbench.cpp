// Benchmarks for the Progress page: building every chart, and opening the page, on a 10-year
// demo database against a 1-year one (budget: opening ≤ 1.3×).
#include "progress/progresspage.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "skillmodel.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace tandem;

namespace {

struct CachedDatabase
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<core::Database> db;
};

// Closed in main() before the application goes: a database must not outlive Qt's SQL driver.
std::map<int, CachedDatabase> &databaseCache()
{
    static std::map<int, CachedDatabase> cache;
    return cache;
}

core::Database &demoDatabase(int years)
{
    auto &cache = databaseCache();
    auto it = cache.find(years);
    if (it == cache.end()) {
        CachedDatabase entry;
        entry.dir = std::make_unique<QTemporaryDir>();
        entry.db = std::move(core::Database::open(entry.dir->path())).value();
        core::DemoGenerator::Options options;
        options.years = years;
        options.until = QDate(2026, 11, 30);
        (void)core::DemoGenerator(core::SkillModel::builtin()).generate(*entry.db, options);
        it = cache.emplace(years, std::move(entry)).first;
    }
    return *it->second.db;
}

const core::FixedClock &clock()
{
    static const core::FixedClock fixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    return fixed;
}

// Opening the page as the app does: build it with its default range and first chart, lay it out
// and paint it.
void BM_OpenProgressPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        ui::ProgressPage page(db, core::SkillModel::builtin(), clock());
        page.resize(1000, 760);
        page.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_OpenProgressPage)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

// Every chart built and painted once, over the whole history.
void BM_BuildEveryChart(benchmark::State &state)
{
    using Chart = ui::ProgressPage::Chart;
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        ui::ProgressPage page(db, core::SkillModel::builtin(), clock());
        page.setRange(ui::ProgressPage::Range::All);
        page.resize(1000, 760);
        page.show();
        for (Chart chart : {Chart::Radar, Chart::Trends, Chart::Quadrant, Chart::Poles, Chart::Activity, Chart::Outcomes}) {
            page.showChart(chart);
            QCoreApplication::processEvents();
        }
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_BuildEveryChart)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    databaseCache().clear();
    return 0;
}
