// Benchmarks for the Progress page: building every chart, and opening the page, on a 10-year
// demo database against a 1-year one (budget: opening ≤ 1.3×).
#include "benchpages.h"
#include "demostore.h"
#include "budgets.h"
#include "guibenchmain.h"

#include "progress/progresspage.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "skillmodel.h"

#include <benchmark/benchmark.h>

using namespace tandem;

namespace {

// docs/performance.md, "Progress": CPU time, as the page is built and painted in this process.
[[maybe_unused]] const int budgets = [] {
    bench::addBudget({ "Progress page: 10 years / 1 year, CPU time", "BM_OpenProgressPage/10", "BM_OpenProgressPage/1",
                       1.3, {}, true });
    return bench::addBudget({ "every chart: 10 years / 1 year, CPU time", "BM_BuildEveryChart/10",
                              "BM_BuildEveryChart/1", 1.15, {}, true });
}();

using bench::demoDatabase;

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
    bench::BenchPages pages(db, clock());
    for (auto _ : state) {
        ui::ProgressPage page(pages.context);
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
    bench::BenchPages pages(db, clock());
    for (auto _ : state) {
        ui::ProgressPage page(pages.context);
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
    return tandem::bench::runGuiBenchmarks(argc, argv, [] { tandem::bench::demoStores().clear(); });
}
