// Journal benchmarks on a large store (100,000 entries unless TANDEM_BENCH_JOURNAL_ENTRIES says
// otherwise): search with snippets against the bare FTS5 query it is built on, and opening the
// journal page at 100,000 entries against 100. docs/performance.md ("Journal") has the budgets.
#include "benchpages.h"
#include "budgets.h"
#include "guibenchmain.h"
#include "largestore.h"

#include "journal/journallistmodel.h"
#include "journal/journalpage.h"

#include "database.h"
#include "ftsquery.h"
#include "journalrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>

using namespace tandem;
using namespace tandem::core;

namespace {

int largeSize()
{
    return bench::LargeStore::entriesFromEnvironment();
}

// Words from the demo texts, those the store's entries are written in.
const QStringList &vocabulary()
{
    return bench::LargeStore::vocabulary();
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

// One store per size, copied from the build tree's cache (bench/largestore.h) on first use and
// kept for the whole run; main() closes them while Qt's SQL plugin is still there (a static would
// outlive it).
std::map<int, std::unique_ptr<Store>> &stores()
{
    static std::map<int, std::unique_ptr<Store>> all;
    return all;
}

Database *store(int entries)
{
    auto &slot = stores()[entries];
    if (slot)
        return slot->db.get();
    slot = std::make_unique<Store>();
    bench::LargeStore::Options options;
    options.entries = entries;
    if (!bench::LargeStore::copyTo(slot->dir.path(), options))
        return nullptr;
    auto opened = Database::open(slot->dir.path());
    if (!opened)
        return nullptr;
    slot->db = std::move(opened).value();
    return slot->db.get();
}

// docs/performance.md, "Journal".
[[maybe_unused]] const int budgets = [] {
    const std::string large = std::to_string(largeSize());
    bench::addBudget({ "word search with snippets / bare FTS5", "BM_WordSearchWithSnippets", "BM_WordSearchBareFts", 2 });
    bench::addBudget(
            { "prefix search with snippets / bare FTS5", "BM_PrefixSearchWithSnippets", "BM_PrefixSearchBareFts", 2 });
    bench::addBudget({ "journal model: large / 100 entries", "BM_OpenJournalModel/" + large, "BM_OpenJournalModel/100", 1.2 });
    // Issue 17: per query shape (0 common word, 1 rare word, 2 two letters, 3 several words).
    for (int shape = 0; shape < 4; ++shape) {
        const std::string arg = "/" + std::to_string(shape);
        bench::addBudget({ "typing: GUI thread per search (ms)" + arg, "BM_TypingMainThread" + arg, {}, 16 });
        bench::addBudget({ "typing: longest GUI slice (ms)" + arg, "BM_TypingMainThread" + arg, {}, 16, "longest_slice_ms" });
        bench::addBudget({ "first 50 hits with snippets / bare FTS5" + arg, "BM_FirstPage" + arg, "BM_BareFts" + arg, 2 });
        bench::addBudget({ "next page / first page" + arg, "BM_NextPage" + arg, "BM_FirstPage" + arg, 0.25 });
    }
    bench::addBudget({ "one 4 MiB entry matching on every line (ms)", "BM_SnippetPathological/4", {}, 50 });
    return bench::addBudget(
            { "journal page: large / 100 entries", "BM_OpenJournalPage/" + large, "BM_OpenJournalPage/100", 1.2 });
}();

// A word found in a few percent of the entries: far more than 50 hits, far fewer than all.
QString middleWord(Database &db)
{
    static QString chosen;
    if (!chosen.isEmpty())
        return chosen;
    const QStringList &words = vocabulary();
    const double total = db.scalar(QStringLiteral("SELECT count(*) FROM journal_entries")).value().toDouble();
    for (qsizetype i = words.size() / 10; i < words.size(); ++i) {
        const auto hits = db.scalar(QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH :q"),
                                    {{QStringLiteral(":q"), FtsQuery::build(words.at(i))}});
        if (hits && hits.value().toDouble() / total < 0.05 && hits.value().toDouble() / total > 0.01) {
            chosen = words.at(i);
            break;
        }
    }
    return chosen;
}

void searchWithSnippets(benchmark::State &state, const QString &query)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const JournalRepository repo(*db);
    for (auto _ : state) {
        const auto hits = repo.search(query, {}, 50);
        if (!hits || hits->size() != 50) {
            state.SkipWithError("the search did not give 50 hits");
            return;
        }
        benchmark::DoNotOptimize(hits->first().snippet.size());
    }
}

// The bare FTS5 query underneath a search: the same match and order, row ids only.
void bareQuery(benchmark::State &state, const QString &query)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    for (auto _ : state) {
        auto q = db->run(QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH :q ORDER BY rank LIMIT 50"),
                         {{QStringLiteral(":q"), query}});
        int n = 0;
        while (q && q.value().next())
            ++n;
        if (n != 50) {
            state.SkipWithError("the bare query did not give 50 rows");
            return;
        }
        benchmark::DoNotOptimize(n);
    }
}

void BM_WordSearchWithSnippets(benchmark::State &state)
{
    const QString word = middleWord(*store(largeSize()));
    state.SetLabel(word.toStdString());
    searchWithSnippets(state, FtsQuery::build(word));
}
BENCHMARK(BM_WordSearchWithSnippets)->Unit(benchmark::kMillisecond);

void BM_WordSearchBareFts(benchmark::State &state)
{
    const QString word = middleWord(*store(largeSize()));
    state.SetLabel(word.toStdString());
    bareQuery(state, FtsQuery::build(word));
}
BENCHMARK(BM_WordSearchBareFts)->Unit(benchmark::kMillisecond);

// Two letters typed: the prefix index answers.
void BM_PrefixSearchWithSnippets(benchmark::State &state)
{
    searchWithSnippets(state, FtsQuery::build(QStringLiteral("te"), FtsQuery::Typing::InProgress));
}
BENCHMARK(BM_PrefixSearchWithSnippets)->Unit(benchmark::kMillisecond);

void BM_PrefixSearchBareFts(benchmark::State &state)
{
    bareQuery(state, FtsQuery::build(QStringLiteral("te"), FtsQuery::Typing::InProgress));
}
BENCHMARK(BM_PrefixSearchBareFts)->Unit(benchmark::kMillisecond);

// Opening the journal's list model: the first page, newest first.
void BM_OpenJournalModel(benchmark::State &state)
{
    Database *db = store(static_cast<int>(state.range(0)));
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const core::SystemClock clock;
    bench::BenchPages pages(*db, clock);
    for (auto _ : state) {
        ui::JournalListModel model(pages.workspace);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_OpenJournalModel)->Arg(100)->Arg(largeSize())->Unit(benchmark::kMicrosecond);

// Opening the whole page: the list model, "on this day", the editor and its widgets.
void BM_OpenJournalPage(benchmark::State &state)
{
    Database *db = store(static_cast<int>(state.range(0)));
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const core::SystemClock clock;
    bench::BenchPages pages(*db, clock);
    for (auto _ : state) {
        ui::JournalPage page(pages.context);
        benchmark::DoNotOptimize(page.listModel()->rowCount());
    }
}
BENCHMARK(BM_OpenJournalPage)->Arg(100)->Arg(largeSize())->Unit(benchmark::kMillisecond);

// ---- Search off the GUI thread (issue 17, part C) and bounded snippets (part B) ----

// The four shapes of what people type: a common word, a rare one, two letters, several words.
struct QueryShape
{
    const char *name;
    QString text;
    FtsQuery::Typing typing;
};

QList<QueryShape> queryShapes(Database &db)
{
    static QList<QueryShape> shapes;
    if (!shapes.isEmpty())
        return shapes;
    const QStringList words = vocabulary();
    const double total = db.scalar(QStringLiteral("SELECT count(*) FROM journal_entries")).value().toDouble();
    const auto share = [&](const QString &word) {
        const auto hits = db.scalar(QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH :q"),
                                    {{QStringLiteral(":q"), FtsQuery::build(word)}});
        return hits ? hits.value().toDouble() / total : 0.0;
    };
    QString common = words.first(), rare;
    double best = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size(), 20); ++i) {
        if (const double s = share(words.at(i)); s > best && words.at(i).size() > 2) {
            best = s;
            common = words.at(i);
        }
    }
    // Rare: found at least 60 times (a second page), in well under 1 % of the entries.
    for (qsizetype i = words.size() - 1; i > 0 && rare.isEmpty(); --i) {
        const double s = share(words.at(i));
        if (s * total >= 60 && s < 0.005)
            rare = words.at(i);
    }
    const QString middle = middleWord(db);
    shapes = {{"common", common, FtsQuery::Typing::Finished},
              {"rare", rare.isEmpty() ? middle : rare, FtsQuery::Typing::Finished},
              {"te*", QStringLiteral("te"), FtsQuery::Typing::InProgress},
              {"words", common + QLatin1Char(' ') + middle + QLatin1Char(' ') + words.at(3), FtsQuery::Typing::Finished}};
    return shapes;
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// What the GUI thread spends on one search while typing: setSearchText, then the event loop
// until the first page and the count have arrived and been applied (the worker's time is not
// the GUI's). Manual time: the GUI thread's CPU time over the whole cycle. longest_slice_ms is
// the longest the GUI thread was busy at a stretch (a 1 ms timer's lateness): the freeze felt.
void BM_TypingMainThread(benchmark::State &state)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const QueryShape shape = queryShapes(*db).at(state.range(0));
    state.SetLabel(std::string(shape.name) + ": " + shape.text.toStdString());
    const core::SystemClock clock;
    bench::BenchPages pages(*db, clock);
    ui::JournalListModel model(pages.workspace);
    double longest = 0;
    int n = 0;
    const auto searchFor = [&](const QString &text) {
        model.setSearchText(text);
        while (model.isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    for (auto _ : state) {
        // Another text first, so that each round is a new search; not timed.
        searchFor(QStringLiteral("zzzz") + QString::number(n++));
        // The GUI thread's CPU time for the search, with nothing else running on it.
        const double cpu = threadCpuSeconds();
        searchFor(shape.text);
        state.SetIterationTime(threadCpuSeconds() - cpu);
        if (model.rowCount() == 0) {
            state.SkipWithError("the search found nothing");
            return;
        }
        // The same search again, untimed, with a 1 ms timer ticking: the longest gap between its
        // ticks is the longest the GUI thread was busy at a stretch. (Measured apart from the CPU
        // time, which the timer's own ticks would swell while the worker ranks.)
        searchFor(QStringLiteral("zzzz") + QString::number(n++));
        QElapsedTimer wall;
        qint64 lastTick = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = wall.nsecsElapsed();
            longest = std::max(longest, static_cast<double>(now - lastTick) / 1e6);
            lastTick = now;
        });
        wall.start();
        tick.start();
        searchFor(shape.text);
        tick.stop();
    }
    state.counters["longest_slice_ms"] = longest;
}
// A fixed number of searches: with manual time (the GUI thread's share, a few milliseconds) Google
// Benchmark would otherwise run hundreds of whole searches to fill its minimum time.
BENCHMARK(BM_TypingMainThread)->DenseRange(0, 3)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);

// What the worker does for the first page: one ranked query for every id, then the first 50
// with snippets, against the bare FTS5 query for 50 ranked row ids (BM_BareFts).
void BM_FirstPage(benchmark::State &state)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const QueryShape shape = queryShapes(*db).at(state.range(0));
    state.SetLabel(shape.name);
    const QString query = FtsQuery::build(shape.text, shape.typing);
    const JournalRepository repo(*db);
    for (auto _ : state) {
        const auto ids = repo.rankedIds(query, {});
        const auto rows = ids ? repo.summariesFor(query, ids->mid(0, 50)) : Result<QList<JournalSummary>>(ids.failure());
        if (!rows || rows->isEmpty()) {
            state.SkipWithError("the search found nothing");
            return;
        }
        benchmark::DoNotOptimize(rows->first().snippet.size());
    }
}
BENCHMARK(BM_FirstPage)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_BareFts(benchmark::State &state)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const QueryShape shape = queryShapes(*db).at(state.range(0));
    state.SetLabel(shape.name);
    const QString query = FtsQuery::build(shape.text, shape.typing);
    for (auto _ : state) {
        auto q = db->run(QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH :q ORDER BY rank LIMIT 50"),
                         {{QStringLiteral(":q"), query}});
        int n = 0;
        while (q && q.value().next())
            ++n;
        if (n == 0) {
            state.SkipWithError("the bare query found nothing");
            return;
        }
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(BM_BareFts)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// The next page: 50 summaries with snippets by the ranked ids, no ranking.
void BM_NextPage(benchmark::State &state)
{
    Database *db = store(largeSize());
    if (!db) {
        state.SkipWithError("could not build the store");
        return;
    }
    const QueryShape shape = queryShapes(*db).at(state.range(0));
    state.SetLabel(shape.name);
    const QString query = FtsQuery::build(shape.text, shape.typing);
    const JournalRepository repo(*db);
    const auto ids = repo.rankedIds(query, {});
    if (!ids || ids->size() <= 50) {
        state.SkipWithError("fewer than two pages");
        return;
    }
    const QList<qint64> second = ids->mid(50, 50);
    for (auto _ : state) {
        const auto rows = repo.summariesFor(query, second);
        if (!rows || rows->isEmpty()) {
            state.SkipWithError("the page was empty");
            return;
        }
        benchmark::DoNotOptimize(rows->first().snippet.size());
    }
}
BENCHMARK(BM_NextPage)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// One entry with a body of N MiB that matches on every line: the snippet's cost is bounded.
void BM_SnippetPathological(benchmark::State &state)
{
    Store pathological;
    auto opened = Database::open(pathological.dir.path());
    if (!opened) {
        state.SkipWithError("could not open a store");
        return;
    }
    pathological.db = std::move(opened).value();
    const QString line = QStringLiteral("Another line about the budget and the plan.\n");
    JournalEntry e;
    e.occurredAt = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC);
    e.title = QStringLiteral("Everything");
    e.body.reserve(state.range(0) * 1024 * 1024);
    while (e.body.size() < state.range(0) * 1024 * 1024)
        e.body += line;
    const JournalRepository repo(*pathological.db);
    if (!repo.add(e)) {
        state.SkipWithError("could not add the entry");
        return;
    }
    const QString query = FtsQuery::build(QStringLiteral("budget"));
    for (auto _ : state) {
        const auto hits = repo.search(query, {}, 50);
        if (!hits || hits->size() != 1) {
            state.SkipWithError("the search did not find the entry");
            return;
        }
        benchmark::DoNotOptimize(hits->first().snippet.size());
    }
    pathological.db.reset();
}
BENCHMARK(BM_SnippetPathological)->Arg(4)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    return tandem::bench::runGuiBenchmarks(argc, argv, [] { stores().clear(); });
}
