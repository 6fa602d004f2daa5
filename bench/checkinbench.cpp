// Benchmarks for the self-assessment: the profile and the full history of a 10-year demo
// database, and opening the Check-in page on it against an empty one (budget: ≤ 1.2×).
#include "benchpages.h"
#include "demostore.h"
#include "budgets.h"
#include "guibenchmain.h"

#include "checkin/checkinpage.h"
#include "checkin/duetracker.h"
#include "checkin/historymodel.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <benchmark/benchmark.h>

using namespace tandem;

namespace {

// docs/performance.md, "Check-in": CPU time, as the page is built and painted in this process.
[[maybe_unused]] const int budgets = bench::addBudget(
        { "Check-in page: 10 years / empty, CPU time", "BM_OpenCheckInPage/10", "BM_OpenCheckInPage/0", 1.2, {}, true });

using bench::demoDatabase;

void BM_LatestProfile(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::ProfileService service(db, core::SkillModel::builtin());
    for (auto _ : state) {
        auto latest = service.latest(core::AssessmentKind::Full);
        benchmark::DoNotOptimize(latest.ok());
    }
}
BENCHMARK(BM_LatestProfile)->Arg(10)->Unit(benchmark::kMicrosecond);

void BM_FullHistory(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::ProfileService service(db, core::SkillModel::builtin());
    for (auto _ : state) {
        auto history = service.history();
        benchmark::DoNotOptimize(history.ok());
        state.counters["assessments"] = static_cast<double>(history.ok() ? history->size() : 0);
    }
}
BENCHMARK(BM_FullHistory)->Arg(10)->Unit(benchmark::kMillisecond);

// Building the page and laying it out, as opening it in the app does.
void BM_OpenCheckInPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    bench::BenchPages pages(db, clock);
    for (auto _ : state) {
        ui::CheckInPage page(pages.context);
        page.resize(1000, 760);
        page.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_OpenCheckInPage)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_ConstructCheckInPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    bench::BenchPages pages(db, clock);
    for (auto _ : state) {
        ui::CheckInPage page(pages.context);
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_ConstructCheckInPage)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_HistoryFirstPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::SystemClock clock;
    bench::BenchPages pages(db, clock);
    for (auto _ : state) {
        ui::HistoryModel model(pages.workspace, core::SkillModel::builtin());
        model.reload();
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_HistoryFirstPage)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_DueTracker(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    bench::BenchPages pages(db, clock);
    for (auto _ : state) {
        ui::DueTracker tracker(pages.workspace, clock);
        benchmark::DoNotOptimize(tracker.state());
    }
}
BENCHMARK(BM_DueTracker)->Arg(0)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    return tandem::bench::runGuiBenchmarks(argc, argv, [] { tandem::bench::demoStores().clear(); });
}
