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
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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

} // namespace

int main(int argc, char **argv)
{
    return tandem::bench::runGuiBenchmarks(argc, argv, [] { stores().clear(); });
}
