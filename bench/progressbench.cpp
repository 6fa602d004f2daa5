// Benchmarks for the Progress page: building every chart, and opening the page, on a 10-year
// demo database against a 1-year one (budgets: opening ≤ 1.3×, every chart ≤ 1.15×), and the data
// behind the trend charts with stored and with unstored scores.
#include "benchpages.h"
#include "demostore.h"
#include "budgets.h"
#include "guibenchmain.h"

#include "progress/progresspage.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "progressdata.h"
#include "scorecache.h"
#include "skillmodel.h"

#include <QVBoxLayout>
#include <QWidget>

#include <benchmark/benchmark.h>

#include <memory>

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

// The window the page is shown in, made once and kept, as the main window is in the app. A page
// shown as a window of its own got a new 3 MB backing store each time, and how long the C library
// took to hand that memory back depended on what the store's set-up had left on the heap: 10 ms
// more per iteration after the 10-year set-up than after the 1-year one, none of it the page's.
class Host
{
public:
    Host()
    {
        m_window.resize(1000, 760);
        auto *layout = new QVBoxLayout(&m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        m_window.show();
        QCoreApplication::processEvents();
    }

    /// Shows the page in the window, filling it.
    void show(QWidget &page)
    {
        m_window.layout()->addWidget(&page);
        page.show();
    }

private:
    QWidget m_window;
};

std::unique_ptr<Host> &hostWindow()
{
    static std::unique_ptr<Host> window;
    return window;
}

Host &host()
{
    if (!hostWindow())
        hostWindow() = std::make_unique<Host>();
    return *hostWindow();
}

// Opening the page as the app does: build it with its default range and first chart, lay it out
// and paint it.
void BM_OpenProgressPage(benchmark::State &state)
{
    const core::Database &db = demoDatabase(static_cast<int>(state.range(0)));
    bench::BenchPages pages(db, clock());
    for (auto _ : state) {
        ui::ProgressPage page(pages.context);
        host().show(page);
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
        host().show(page);
        for (Chart chart : {Chart::Radar, Chart::Trends, Chart::Quadrant, Chart::Poles, Chart::Activity, Chart::Outcomes}) {
            page.showChart(chart);
            QCoreApplication::processEvents();
        }
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_BuildEveryChart)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

// One chart built and painted over the whole history, to see which one grows with the data.
// Args: the chart (ProgressPage::Chart's order: radar, trends, quadrant, poles, activity,
// outcomes) and years.
void BM_BuildOneChart(benchmark::State &state)
{
    using Chart = ui::ProgressPage::Chart;
    const Chart chart = static_cast<Chart>(state.range(0));
    const core::Database &db = demoDatabase(static_cast<int>(state.range(1)));
    bench::BenchPages pages(db, clock());
    for (auto _ : state) {
        ui::ProgressPage page(pages.context);
        page.setRange(ui::ProgressPage::Range::All);
        host().show(page);
        page.showChart(chart);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(&page);
    }
}
BENCHMARK(BM_BuildOneChart)
    ->ArgNames({ "chart", "years" })
    ->ArgsProduct({ { 0, 1, 2, 3, 4, 5 }, { 1, 10 } })
    ->Unit(benchmark::kMillisecond);

// A demo store whose scores are not stored, as a file upgraded to schema 4 is before the
// background fill: every read scores from the answers.
core::Database &unstoredDatabase(int years)
{
    // Kept beside the demo stores under a negative key, so that they close before the app goes.
    auto &stores = bench::demoStores();
    auto it = stores.find(-years);
    if (it == stores.end()) {
        bench::DemoStore store;
        store.dir = std::make_unique<QTemporaryDir>();
        store.db = std::move(core::Database::open(store.dir->path())).value();
        core::DemoGenerator::Options options;
        options.years = years;
        options.until = QDate(2026, 11, 30);
        (void)core::DemoGenerator(core::SkillModel::builtin()).generate(*store.db, options);
        (void)store.db->run(QStringLiteral("DELETE FROM assessment_scores"));
        it = stores.emplace(-years, std::move(store)).first;
    }
    return *it->second.db;
}

// The data behind the trend and quadrant charts over the whole history, without painting: the
// pulse and full trends and the quadrant path (ProgressData, the core only). Args: years, and 1
// when the scores are stored (after the fill) or 0 when every assessment is scored on the fly.
void BM_TrendHistory(benchmark::State &state)
{
    const int years = static_cast<int>(state.range(0));
    const core::Database &db = state.range(1) ? demoDatabase(years) : unstoredDatabase(years);
    const core::ProgressData progress(db, core::SkillModel::builtin());
    for (auto _ : state) {
        auto pulses = progress.trend(core::AssessmentKind::Pulse, QDate(), QDate(), 200);
        auto full = progress.trend(core::AssessmentKind::Full, QDate(), QDate(), 200);
        auto path = progress.quadrantPath(QDate(), QDate());
        benchmark::DoNotOptimize(pulses);
        benchmark::DoNotOptimize(full);
        benchmark::DoNotOptimize(path);
    }
    state.counters["scored"] = core::ScoreCache::lastScoredCount();
}
BENCHMARK(BM_TrendHistory)
    ->ArgNames({ "years", "stored" })
    ->Args({ 1, 1 })
    ->Args({ 10, 1 })
    ->Args({ 1, 0 })
    ->Args({ 10, 0 })
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    return tandem::bench::runGuiBenchmarks(argc, argv, [] {
        hostWindow().reset();
        tandem::bench::demoStores().clear();
    });
}
