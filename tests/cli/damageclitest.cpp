// A damaged or unreadable database, from the terminal: every command says so plainly, exits 1,
// names the newest good backup and how to restore it, and leaves the file's bytes alone; then
// `tandem-cli restore` brings the data back. Also backup, backups, check and the restore lock.
#include "qtprinters.h"
#include "testfiles.h"
#include "instancelock.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using tandem::test::TempDataDir;

using tandem::test::fileHash;
using tandem::test::readAll;
using tandem::test::writeFile;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

#define EXPECT_EXIT_CODE(run, code)                                                                                    \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << qPrintable((run).out) << "\nstderr: " << qPrintable((run).err)

CliResult runCli(const QString &dataDir, const QString &xdgHome, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgHome);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList { QStringLiteral("--data-dir"), dataDir } + args);
    CliResult result;
    EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Pages of a table, from SQLite's dbstat, read from a scratch copy so that the store is untouched.
QList<qint64> pagesOf(const QByteArray &database, const QString &table)
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("copy.db"));
    writeFile(path, database);
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage-pages"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1'").arg(table)))
            << qPrintable(q.lastError().text());
        while (q.next())
            pages.append(q.value(0).toLongLong());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage-pages"));
    return pages;
}

enum class Damage { Truncated, Zeroed, RandomBytes, NewerVersion, DamagedPages };

std::string damageName(const ::testing::TestParamInfo<Damage> &info)
{
    switch (info.param) {
    case Damage::Truncated: return "Truncated";
    case Damage::Zeroed: return "Zeroed";
    case Damage::RandomBytes: return "RandomBytes";
    case Damage::NewerVersion: return "NewerVersion";
    case Damage::DamagedPages: return "DamagedPages";
    }
    return "Unknown";
}

// What the user reads for each kind of damage.
QString expectedWords(Damage damage)
{
    switch (damage) {
    case Damage::Truncated: return QStringLiteral("it was cut off");
    case Damage::Zeroed:
    case Damage::RandomBytes: return QStringLiteral("is not a Tandem database, or it is damaged");
    case Damage::NewerVersion: return QStringLiteral("was written by a newer version of Tandem");
    case Damage::DamagedPages: return QStringLiteral("is damaged");
    }
    return {};
}

QByteArray damaged(const QByteArray &good, Damage damage)
{
    QByteArray bytes = good;
    switch (damage) {
    case Damage::Truncated: return good.left(good.size() / 2);
    case Damage::Zeroed: return QByteArray(good.size(), '\0');
    case Damage::RandomBytes:
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((static_cast<quint32>(i) * 2654435761u) >> 24);
        return bytes;
    case Damage::NewerVersion: qToBigEndian<quint32>(99, bytes.data() + 60); return bytes;
    case Damage::DamagedPages: {
        const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        for (const qint64 page : pagesOf(good, QStringLiteral("journal_entries"))) {
            for (qint64 i = (page - 1) * pageSize; i < page * pageSize; ++i)
                bytes[i] = static_cast<char>((i * 31 + 7) & 0xff);
        }
        return bytes;
    }
    }
    return bytes;
}

class DamageCliTest : public ::testing::TestWithParam<Damage>
{
protected:
    // One year of demo data, made once for all the tests (it takes a while) and copied into each.
    static void SetUpTestSuite()
    {
        s_demoHome = new QTemporaryDir;
        const QString demo = s_demoHome->filePath(QStringLiteral("demo"));
        const CliResult made
            = runCli(demo, s_demoHome->path(),
                     { QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                       QStringLiteral("5"), QStringLiteral("--until"), QStringLiteral("2026-11-30") });
        ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
        s_store = new QByteArray(readAll(demo + QStringLiteral("/tandem.db")));
    }

    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_demoHome;
        s_store = nullptr;
        s_demoHome = nullptr;
    }

    void SetUp() override
    {
        ASSERT_NE(s_store, nullptr);
        ASSERT_FALSE(s_store->isEmpty());
        ASSERT_TRUE(QDir().mkpath(dataDir()));
        writeFile(file(), *s_store);
    }

    CliResult run(const QStringList &args) { return runCli(dataDir(), home.root(), args); }

    QString dataDir() const { return home.path(); }
    QString file() const { return dataDir() + QStringLiteral("/tandem.db"); }

    // "ok: 58 assessments, 270 journal entries, 2 goals"
    QString checkLine()
    {
        const CliResult r = run({ QStringLiteral("check") });
        EXPECT_EXIT_CODE(r, 0);
        EXPECT_TRUE(r.out.startsWith(QLatin1String("ok: "))) << qPrintable(r.out);
        return r.out.trimmed();
    }

    QString makeBackup()
    {
        const CliResult r = run({ QStringLiteral("backup") });
        EXPECT_EXIT_CODE(r, 0);
        return r.out.trimmed();
    }

    TempDataDir home;
    static QTemporaryDir *s_demoHome;
    static QByteArray *s_store;
};

QTemporaryDir *DamageCliTest::s_demoHome = nullptr;
QByteArray *DamageCliTest::s_store = nullptr;

} // namespace

TEST_P(DamageCliTest, EveryCommandRefusesOffersTheBackupAndRestoreBringsTheDataBack)
{
    const QString intact = checkLine();
    const QString backup = makeBackup();
    ASSERT_TRUE(QFileInfo::exists(backup)) << qPrintable(backup);

    writeFile(file(), damaged(*s_store, GetParam()));
    const QByteArray before = fileHash(file());
    const QStringList commands[]
        = { { QStringLiteral("profile") },
            { QStringLiteral("check") },
            { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("written?") },
            { QStringLiteral("backup") } };
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliResult r = run(command);
        EXPECT_EXIT_CODE(r, 1);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: "))) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(file())) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(expectedWords(GetParam()))) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(QStringLiteral("The newest good backup is from "))) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(QStringLiteral("(270 journal entries): ") + backup)) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(
            QStringLiteral("Restore it with: tandem-cli --data-dir %1 restore %2").arg(dataDir(), backup)))
            << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
        // Not one byte written, and nothing left beside it.
        EXPECT_EQ(fileHash(file()), before);
        EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-shm")));
        EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-journal")));
    }
    // The failed `backup` added no backup.
    EXPECT_EQ(QDir(dataDir() + QStringLiteral("/backups")).entryList(QDir::Files).size(), 1);

    const CliResult restored = run({ QStringLiteral("restore"), backup });
    EXPECT_EXIT_CODE(restored, 0);
    EXPECT_TRUE(restored.out.contains(QStringLiteral("Restored %1").arg(backup))) << qPrintable(restored.out);
    EXPECT_TRUE(restored.out.contains(QLatin1String("270 journal entries"))) << qPrintable(restored.out);
    EXPECT_TRUE(restored.out.contains(QLatin1String("could not be opened"))) << qPrintable(restored.out);
    const QRegularExpressionMatch kept
        = QRegularExpression(QStringLiteral("kept, unchanged, at: (\\S+damaged-\\S+\\.db)\n")).match(restored.out);
    ASSERT_TRUE(kept.hasMatch()) << qPrintable(restored.out);
    EXPECT_EQ(fileHash(kept.captured(1)), before) << "the damaged file must be kept byte for byte";

    EXPECT_EQ(checkLine(), intact);
    EXPECT_EXIT_CODE(run({ QStringLiteral("profile") }), 0);
}

TEST_P(DamageCliTest, WithoutABackupTheMessageSaysWhatIsWrongAndNothingElse)
{
    writeFile(file(), damaged(*s_store, GetParam()));
    const QByteArray before = fileHash(file());
    const CliResult r = run({ QStringLiteral("profile") });
    EXPECT_EXIT_CODE(r, 1);
    EXPECT_TRUE(r.err.contains(expectedWords(GetParam()))) << qPrintable(r.err);
    EXPECT_FALSE(r.err.contains(QLatin1String("backup"))) << qPrintable(r.err);
    EXPECT_EQ(fileHash(file()), before);
}

INSTANTIATE_TEST_SUITE_P(Kinds, DamageCliTest,
                         ::testing::Values(Damage::Truncated, Damage::Zeroed, Damage::RandomBytes, Damage::NewerVersion,
                                           Damage::DamagedPages),
                         damageName);

namespace {

class BackupCliTest : public ::testing::Test
{
protected:
    CliResult run(const QStringList &args) { return runCli(home.path(), home.root(), args); }

    qint64 add(const QString &title)
    {
        const CliResult r = run({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), title });
        EXPECT_EXIT_CODE(r, 0);
        return r.out.trimmed().toLongLong();
    }

    QString file() const { return home.path() + QStringLiteral("/tandem.db"); }

    TempDataDir home;
};

} // namespace

TEST_F(BackupCliTest, BackupListRestoreRoundTrip)
{
    add(QStringLiteral("first"));
    const CliResult backup = run({ QStringLiteral("backup") });
    EXPECT_EXIT_CODE(backup, 0);
    const QString path = backup.out.trimmed();
    EXPECT_TRUE(path.startsWith(home.path() + QStringLiteral("/backups/tandem-"))) << qPrintable(path);
    EXPECT_TRUE(path.endsWith(QLatin1String("Z-manual.db"))) << qPrintable(path);

    const CliResult listed = run({ QStringLiteral("backups"), QStringLiteral("--json") });
    EXPECT_EXIT_CODE(listed, 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1) << qPrintable(listed.out);
    const QJsonObject item = array.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("path")).toString(), path);
    EXPECT_EQ(item.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
    EXPECT_TRUE(item.value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(item.value(QStringLiteral("problem")).isNull());
    EXPECT_EQ(item.value(QStringLiteral("journal_entries")).toInt(), 1);
    EXPECT_EQ(item.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(path).size());
    EXPECT_TRUE(item.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));

    const CliResult text = run({ QStringLiteral("backups") });
    EXPECT_EXIT_CODE(text, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("manual"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("1 journal entry,"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(path)) << qPrintable(text.out);

    add(QStringLiteral("second"));
    const CliResult restored = run({ QStringLiteral("restore"), path });
    EXPECT_EXIT_CODE(restored, 0);
    EXPECT_TRUE(
        restored.out.contains(QLatin1String("kept as a backup: ") + home.path() + QStringLiteral("/backups/tandem-")))
        << qPrintable(restored.out);
    const CliResult list = run({ QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EXIT_CODE(list, 0);
    const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("first"));
    // The state before the restore is listed too, and can be restored in turn.
    const CliResult after = run({ QStringLiteral("backups"), QStringLiteral("--json") });
    const QJsonArray all = QJsonDocument::fromJson(after.out.toUtf8()).array();
    ASSERT_EQ(all.size(), 2) << qPrintable(after.out);
    EXPECT_EQ(all.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("before-restore"));
    EXPECT_EQ(all.first().toObject().value(QStringLiteral("journal_entries")).toInt(), 2);
}

TEST_F(BackupCliTest, BackupToAPathNeverOverwritesWithoutForce)
{
    add(QStringLiteral("first"));
    const QString target = home.root() + QStringLiteral("/copy of tandem.db");
    const CliResult made = run({ QStringLiteral("backup"), QStringLiteral("--output"), target });
    EXPECT_EXIT_CODE(made, 0);
    EXPECT_EQ(made.out.trimmed(), target);
    const QByteArray first = readAll(target);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(home.path() + QStringLiteral("/backups")))
        << "--output is not a backup in the folder";

    add(QStringLiteral("second"));
    const CliResult again = run({ QStringLiteral("backup"), QStringLiteral("--output"), target });
    EXPECT_EXIT_CODE(again, 2);
    EXPECT_TRUE(again.err.contains(QLatin1String("already exists"))) << qPrintable(again.err);
    EXPECT_EQ(readAll(target), first);

    const CliResult forced
        = run({ QStringLiteral("backup"), QStringLiteral("--output"), target, QStringLiteral("--force") });
    EXPECT_EXIT_CODE(forced, 0);
    EXPECT_NE(readAll(target), first);

    // The copy is a database a restore accepts, from any folder.
    const CliResult restored = run({ QStringLiteral("restore"), target });
    EXPECT_EXIT_CODE(restored, 0);
    EXPECT_TRUE(restored.out.contains(QLatin1String("2 journal entries"))) << qPrintable(restored.out);

    EXPECT_EXIT_CODE(run({ QStringLiteral("backup"), QStringLiteral("--force") }), 2);
}

TEST_F(BackupCliTest, RestoreIsRefusedWhileTheAppHoldsTheFolder)
{
    add(QStringLiteral("first"));
    const QString path = run({ QStringLiteral("backup") }).out.trimmed();
    add(QStringLiteral("second"));
    const QByteArray before = fileHash(file());
    {
        // The app holds this lock for as long as it runs.
        auto lock = tandem::core::InstanceLock::tryAcquire(home.path());
        ASSERT_TRUE(lock.ok()) << qPrintable(lock.error());
        ASSERT_TRUE(lock.value() != nullptr);
        const CliResult refused = run({ QStringLiteral("restore"), path });
        EXPECT_EXIT_CODE(refused, 1);
        EXPECT_TRUE(refused.err.contains(QStringLiteral(
            "Tandem is open on this data folder; close it, or restore from Settings → Backups in the app")))
            << qPrintable(refused.err);
        EXPECT_EQ(fileHash(file()), before);
        // Reading and backing up still work beside the app.
        EXPECT_EXIT_CODE(run({ QStringLiteral("check") }), 0);
    }
    EXPECT_EXIT_CODE(run({ QStringLiteral("restore"), path }), 0);
}

TEST_F(BackupCliTest, RestoreRefusesWhatIsNotABackup)
{
    add(QStringLiteral("first"));
    const QByteArray before = fileHash(file());
    const QString text = home.root() + QStringLiteral("/notes.db");
    writeFile(text, "Dear diary");
    const CliResult refused = run({ QStringLiteral("restore"), text });
    EXPECT_EXIT_CODE(refused, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("not a Tandem database or backup"))) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(QLatin1String("Nothing was changed"))) << qPrintable(refused.err);
    EXPECT_EQ(fileHash(file()), before);
    EXPECT_EXIT_CODE(run({ QStringLiteral("restore"), home.root() + QStringLiteral("/missing.db") }), 2);
    EXPECT_EXIT_CODE(run({ QStringLiteral("restore") }), 2);
}

TEST_F(BackupCliTest, CheckSaysOkWithCountsAndBackupsSaysWhenThereAreNone)
{
    add(QStringLiteral("first"));
    const CliResult check = run({ QStringLiteral("check") });
    EXPECT_EXIT_CODE(check, 0);
    EXPECT_EQ(check.out, QStringLiteral("ok: 0 assessments, 1 journal entry, 0 goals\n"));
    const CliResult none = run({ QStringLiteral("backups") });
    EXPECT_EXIT_CODE(none, 0);
    EXPECT_TRUE(none.out.startsWith(QLatin1String("No backups yet"))) << qPrintable(none.out);
    EXPECT_EQ(run({ QStringLiteral("backups"), QStringLiteral("--json") }).out.trimmed(), QStringLiteral("[\n]"));
}
