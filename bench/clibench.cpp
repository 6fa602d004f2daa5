// tandem-cli from outside, as a user runs it: each iteration is one child process (wall time from
// spawn to exit, and its peak resident memory from wait4), on the 10-year demo store and on the
// large store (bench/largestore.h: 100,000 entries unless TANDEM_BENCH_JOURNAL_ENTRIES says
// otherwise). docs/performance.md ("tandem-cli at 100,000 entries") has the budgets:
// profile, journal list and due at most 1.5× their 10-year time; export and import at most 1.5×
// the 10-year peak memory and 1.3× its time per journal entry.
//
// The program run is the tandem-cli of this build tree, or $TANDEM_CLI.
#include "budgets.h"
#include "childprocess.h"
#include "database.h"
#include "datalocation.h"
#include "largestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <sys/stat.h>

#include <benchmark/benchmark.h>

using namespace tandem;

namespace {

std::string cliPath()
{
    const QByteArray path = qgetenv("TANDEM_CLI");
    return path.isEmpty() ? std::string(TANDEM_CLI_PATH) : path.toStdString();
}

struct CliStore
{
    QString dir;
    qint64 entries = 0; // journal entries, the "entry" of "time per entry"
};

// The stores and every file the benchmarks write, in one folder removed at the end.
std::unique_ptr<QTemporaryDir> &workFolder()
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir)
        dir = std::make_unique<QTemporaryDir>();
    return dir;
}

QString workPath(const QString &name)
{
    return QDir(workFolder()->path()).filePath(name);
}

void removePath(const QString &path)
{
    if (QFileInfo(path).isDir())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

// Runs tandem-cli with --data-dir `dataDir` and `args`; nullopt, with the reason in `error`, when
// it did not start or did not exit 0.
std::optional<bench::ChildRun> runCli(const QString &dataDir, std::vector<std::string> args, std::string &error)
{
    args.insert(args.begin(), { "--data-dir", dataDir.toStdString() });
    const bench::ChildRun run = bench::runChild(cliPath(), args);
    if (!run.started) {
        error = "could not start " + cliPath();
        return std::nullopt;
    }
    if (run.exitStatus != 0) {
        error = "tandem-cli " + args.at(2) + " exited with status " + std::to_string(run.exitStatus);
        return std::nullopt;
    }
    return run;
}

// "10y": `tandem-cli demo --years 10 --seed 1` as startup.sh makes it; "large": the LargeStore.
// Made on first use, so a filter that leaves one out does not pay for it.
const CliStore *store(const std::string &name)
{
    static std::map<std::string, std::optional<CliStore>> stores;
    if (const auto it = stores.find(name); it != stores.end())
        return it->second ? &*it->second : nullptr;
    auto &slot = stores[name];
    CliStore made;
    made.dir = workPath(QString::fromStdString("store-" + name));
    std::string error;
    if (name == "10y") {
        if (!runCli(made.dir, { "demo", "--years", "10", "--seed", "1", "--until", "2026-11-30" }, error))
            return nullptr;
    } else {
        bench::LargeStore::Options options;
        options.entries = bench::LargeStore::entriesFromEnvironment();
        if (!bench::LargeStore::copyTo(made.dir, options))
            return nullptr;
    }
    {
        auto db = core::Database::open(made.dir);
        if (!db)
            return nullptr;
        const auto counts = db.value()->recordCounts();
        if (!counts)
            return nullptr;
        made.entries = counts->journalEntries;
    }
    // One run first, so that every timed run finds what a second command finds (the file in the
    // page cache, and whatever the CLI keeps between runs).
    if (!runCli(made.dir, { "profile" }, error))
        return nullptr;
    slot = made;
    return &*slot;
}

// Times `args` on the store; `before` runs ahead of each run, untimed (it removes what the last
// run wrote). Reports the peak memory of the largest run and the time per journal entry.
template<typename Before>
void timeCli(benchmark::State &state, const std::string &storeName, const std::vector<std::string> &args, Before before,
             const QString &dataDir = {})
{
    const CliStore *s = store(storeName);
    if (!s) {
        state.SkipWithError("could not make the store");
        return;
    }
    long peakKib = 0;
    double seconds = 0;
    for (auto _ : state) {
        before(*s);
        std::string error;
        const auto run = runCli(dataDir.isEmpty() ? s->dir : dataDir, args, error);
        if (!run) {
            state.SkipWithError(error.c_str());
            return;
        }
        state.SetIterationTime(run->seconds);
        peakKib = std::max(peakKib, run->peakKib);
        seconds += run->seconds;
    }
    state.counters["peak_MiB"] = static_cast<double>(peakKib) / 1024.0;
    state.counters["entries"] = static_cast<double>(s->entries);
    state.counters["us_per_entry"] = benchmark::Counter(
        seconds * 1e6 / static_cast<double>(std::max<qint64>(s->entries, 1)), benchmark::Counter::kAvgIterations);
}

void nothing(const CliStore &)
{
}

void cliCommand(benchmark::State &state, const std::string &storeName, const std::vector<std::string> &args)
{
    timeCli(state, storeName, args, nothing);
}

// The first command after the file changed (here: its times touched), which may have to check
// the whole file again. Information only, no budget.
void cliAfterChange(benchmark::State &state, const std::string &storeName, const std::vector<std::string> &args)
{
    timeCli(state, storeName, args, [](const CliStore &s) {
        const QString file = QDir(s.dir).filePath(QString::fromLatin1(core::DataLocation::DatabaseFileName));
        (void)utimensat(AT_FDCWD, QFile::encodeName(file).constData(), nullptr, 0);
    });
}

void cliExport(benchmark::State &state, const std::string &storeName, const std::string &format)
{
    const QString output = workPath(QString::fromStdString("export-" + format));
    timeCli(state, storeName, { "export", "--format", format, "--output", output.toStdString() },
            [&](const CliStore &) { removePath(output); });
    removePath(output);
}

// Our own JSON export of the store, imported into an empty folder.
void cliImport(benchmark::State &state, const std::string &storeName)
{
    const CliStore *s = store(storeName);
    const QString file = workPath(QString::fromStdString("import-" + storeName + ".json"));
    std::string error;
    if (!s
        || (!QFileInfo::exists(file)
            && !runCli(s->dir, { "export", "--format", "json", "--output", file.toStdString() }, error))) {
        state.SkipWithError("could not export the store to import it");
        return;
    }
    const QString target = workPath(QStringLiteral("import-target"));
    timeCli(
        state, storeName, { "import", file.toStdString() }, [&](const CliStore &) { removePath(target); }, target);
    removePath(target);
}

void registerBenchmarks()
{
    const std::vector<std::string> stores { "10y", "large" };
    const std::vector<std::pair<std::string, std::vector<std::string>>> commands {
        { "profile", { "profile" } },
        { "journal_list", { "journal", "list" } },
        { "due", { "due" } },
    };
    for (const auto &[name, args] : commands) {
        for (const std::string &s : stores)
            benchmark::RegisterBenchmark(("BM_Cli/" + name + "/" + s).c_str(), cliCommand, s, args)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        bench::addBudget(
            { name + ": large / 10 years, time", "BM_Cli/" + name + "/large", "BM_Cli/" + name + "/10y", 1.5 });
    }
    for (const std::string &s : stores)
        benchmark::RegisterBenchmark(("BM_CliAfterChange/profile/" + s).c_str(), cliAfterChange, s,
                                     std::vector<std::string> { "profile" })
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    for (const std::string format : { "json", "csv", "markdown" }) {
        for (const std::string &s : stores)
            benchmark::RegisterBenchmark(("BM_CliExport/" + format + "/" + s).c_str(), cliExport, s, format)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        const std::string large = "BM_CliExport/" + format + "/large";
        const std::string ten = "BM_CliExport/" + format + "/10y";
        bench::addBudget({ "export " + format + ": large / 10 years, peak memory", large, ten, 1.5, "peak_MiB" });
        bench::addBudget(
            { "export " + format + ": large / 10 years, time per entry", large, ten, 1.3, "us_per_entry" });
    }
    for (const std::string &s : stores)
        benchmark::RegisterBenchmark(("BM_CliImport/json/" + s).c_str(), cliImport, s)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    bench::addBudget({ "import json: large / 10 years, peak memory", "BM_CliImport/json/large", "BM_CliImport/json/10y",
                       1.5, "peak_MiB" });
    bench::addBudget({ "import json: large / 10 years, time per entry", "BM_CliImport/json/large",
                       "BM_CliImport/json/10y", 1.3, "us_per_entry" });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerBenchmarks();
    const int status = bench::runBenchmarks(argc, argv);
    workFolder().reset();
    return status;
}
