// Opening the Goals page on a 10-year demo database against a 1-year one (budget: ≤ 1.2×), and
// opening one goal's view. The page reads the goals alone; a goal's scores only when it is shown.
#include "benchpages.h"
#include "demostore.h"
#include "budgets.h"
#include "guibenchmain.h"

#include "goals/goalspage.h"

#include "clock.h"
#include "database.h"
#include "goalrepository.h"
#include "workspace.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace tandem;

namespace {

// docs/performance.md, "Goals".
[[maybe_unused]] const int budgets = bench::addBudget(
        { "Goals page: 10 years / 1 year", "BM_OpenGoalsPage/10", "BM_OpenGoalsPage/1", 1.2 });

using bench::demoDatabase;

const core::FixedClock &clock()
{
    static const core::FixedClock fixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    return fixed;
}

// Opening the page as the app does: build it, lay it out and paint it with its list read.
void BM_OpenGoalsPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    bench::BenchPages pages(db, clock());
    for (auto _ : state) {
        ui::GoalsPage page(pages.context);
        page.resize(1000, 760);
        page.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(&page);
    }
    state.counters["goals"] = pages.workspace.goals().count().value();
}
BENCHMARK(BM_OpenGoalsPage)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

// One goal's view: the active goal (the newest one), its trend, steps, tips and evidence.
void BM_OpenGoalView(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    bench::BenchPages pages(db, clock());
    const auto goals = pages.workspace.goals().list();
    if (!goals || goals.value().isEmpty()) {
        state.SkipWithError("the demo data has no goal");
        return;
    }
    const qint64 id = goals.value().first().id;
    for (auto _ : state) {
        ui::GoalsPage page(pages.context);
        page.resize(1000, 760);
        page.show();
        page.showGoal(id);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_OpenGoalView)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    return tandem::bench::runGuiBenchmarks(argc, argv, [] { tandem::bench::demoStores().clear(); });
}
