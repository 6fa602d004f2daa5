// The benchmark store (bench/largestore.h): the same options give the same data, every entry is
// in the search index, and the cache is keyed by what would make it stale.
#include "largestore.h"

#include "database.h"
#include "exchangerepository.h"
#include "journalrepository.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::bench::LargeStore;
using tandem::test::TempDataDir;

namespace {

LargeStore::Options small()
{
    LargeStore::Options options;
    options.entries = 500;
    options.years = 1;
    return options;
}

QByteArray exported(const QString &dataDir)
{
    auto db = Database::open(dataDir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    if (!db)
        return {};
    const auto data = ExchangeRepository(*db.value()).readAll();
    EXPECT_TRUE(data.ok()) << qPrintable(data.error());
    return data ? TandemJson::write(data.value()) : QByteArray();
}

TEST(LargeStoreTest, TheSameOptionsGiveTheSameStoreByteForByte)
{
    const TempDataDir first;
    const TempDataDir second;
    ASSERT_TRUE(LargeStore::build(first.path(), small()));
    ASSERT_TRUE(LargeStore::build(second.path(), small()));
    const QByteArray a = exported(first.path());
    ASSERT_GT(a.size(), 100000);
    EXPECT_TRUE(a == exported(second.path()));

    LargeStore::Options other = small();
    other.seed = 8;
    const TempDataDir third;
    ASSERT_TRUE(LargeStore::build(third.path(), other));
    EXPECT_FALSE(a == exported(third.path()));
}

TEST(LargeStoreTest, HoldsTheEntriesAskedForWithAHistoryAroundThemAllIndexed)
{
    const TempDataDir dir;
    ASSERT_TRUE(LargeStore::build(dir.path(), small()));
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok());
    const Database &db = *opened.value();
    const auto counts = db.recordCounts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->journalEntries, 500);
    EXPECT_GT(counts->assessments, 10);
    EXPECT_GT(counts->goals, 0);
    const auto scalar = [&](const char *sql) { return db.scalar(QString::fromLatin1(sql)).value().toLongLong(); };
    EXPECT_GT(scalar("SELECT count(*) FROM journal_entries WHERE advice IS NOT NULL"), 50);
    EXPECT_GT(scalar("SELECT count(*) FROM decisions"), 20);
    EXPECT_GT(scalar("SELECT count(DISTINCT tag_id) FROM entry_tags"), 10);
    // Every entry has its row in the index, and the index agrees with the entries.
    EXPECT_EQ(scalar("SELECT count(*) FROM journal_fts_docsize"), 500);
    EXPECT_TRUE(db.run(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')")).ok());
}

TEST(LargeStoreTest, ThePathologicalEntryHasTheWordOnEveryLine)
{
    const TempDataDir dir;
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok());
    const auto id = LargeStore::addPathologicalEntry(*opened.value(), 64 * 1024, QStringLiteral("needle"));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto entry = JournalRepository(*opened.value()).get(id.value());
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->body.size(), 64 * 1024);
    const QStringList lines = entry->body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 500);
    for (const QString &line : lines.first(lines.size() - 1))
        ASSERT_TRUE(line.contains(QLatin1String("needle"))) << qPrintable(line);
}

TEST(LargeStoreTest, TheCacheIsKeyedByGeneratorAndSchemaAndCopiedWhole)
{
    QTemporaryDir cache;
    qputenv("TANDEM_BENCH_STORE_CACHE", cache.path().toUtf8());
    LargeStore::Options options;
    options.entries = 200;
    const QString folder = LargeStore::cacheFolder(options);
    EXPECT_TRUE(folder.startsWith(cache.path()));
    EXPECT_TRUE(folder.contains(QStringLiteral("-g%1-").arg(LargeStore::GeneratorVersion)));
    EXPECT_TRUE(folder.contains(QStringLiteral("-schema%1-").arg(Database::latestSchemaVersion())));

    const TempDataDir first;
    const TempDataDir second;
    ASSERT_TRUE(LargeStore::copyTo(first.path(), options));
    ASSERT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("tandem.db"))));
    ASSERT_TRUE(LargeStore::copyTo(second.path(), options));
    EXPECT_FALSE(LargeStore::copyTo(second.path(), options)) << "a folder that holds a store is not overwritten";
    EXPECT_TRUE(exported(first.path()) == exported(second.path()));
    qunsetenv("TANDEM_BENCH_STORE_CACHE");
}

} // namespace
