#pragma once

// The shared large benchmark store (docs/performance.md, "The 100,000-entry store"): a heavy
// user's history, built once per build tree and copied for each benchmark.
#include "result.h"

#include <QString>
#include <QStringList>

namespace tandem::core {
class Database;
}

namespace tandem::bench {

/// A deterministic, realistic store of many journal entries: `years` of DemoGenerator history
/// (assessments, goals, decisions, settings, about 275 entries a year) ending 30 November 2026,
/// then journal entries with Zipf-distributed words from the demo texts, tags, skill, contrast
/// and area links, advice on about a fifth and decisions on most of those, spread evenly over
/// the last 20 years until there are `entries` in all. Everything is written through the
/// repositories in one transaction. The same options give the same store, byte for byte in its
/// export, in the same time zone (the demo part happens in local working hours).
class LargeStore final
{
public:
    /// Bump when what build() writes changes; it is part of the cache key, with the schema version.
    static constexpr int GeneratorVersion = 2; // 2: the search index merged, as the app keeps it

    struct Options
    {
        int entries = 100000;
        quint64 seed = 7;
        /// Years of demo history; -1 chooses one per 5,000 entries (1 to 20), and none below 1,000
        /// entries (a store of 100 entries is then 100 entries).
        int years = -1;

        int demoYears() const;
    };

    /// Writes the store into the data folder `dataDir`, which must hold no store yet.
    static core::Status build(const QString &dataDir, const Options &options);

    /// Copies the cached store for these options into `dataDir` (created; it must hold no
    /// store), building the cache first when it is missing. No connection is open on either copy
    /// while the files are copied.
    static core::Status copyTo(const QString &dataDir, const Options &options);

    /// The folder of the cached store for these options: under $TANDEM_BENCH_STORE_CACHE, else
    /// the build tree's bench-stores/. Its name holds the entries, seed, years, GeneratorVersion,
    /// Database::latestSchemaVersion() and the time zone, so that a change to any of them builds
    /// a new one instead of opening (and upgrading) an old one.
    static QString cacheFolder(const Options &options);

    /// The number of entries asked for by TANDEM_BENCH_JOURNAL_ENTRIES, else `fallback`.
    static int entriesFromEnvironment(int fallback = 100000);

    /// The distinct words (three letters or more, lower case) of the demo journal texts, in the
    /// order they first appear; the Zipf text draws from them, the first ones most often.
    static const QStringList &vocabulary();

    /// Adds one entry whose body is `bytes` long (4 MiB for the snippet budget) with `word` on
    /// every line, the worst case for a snippet; gives its row id.
    static core::Result<qint64> addPathologicalEntry(const core::Database &db, qint64 bytes = 4 * 1024 * 1024,
                                                     const QString &word = QStringLiteral("needle"));
};

} // namespace tandem::bench
