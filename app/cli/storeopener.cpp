#include "storeopener.h"

#include "arguments.h"

#include "skillmodel.h"

#include "backupservice.h"
#include "clock.h"
#include "context.h"
#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

Result<std::unique_ptr<Database>> StoreOpener::open(const Context &context)
{
    return open(context, Database::Access::ReadWrite);
}

Result<std::unique_ptr<Database>> StoreOpener::openForReading(const Context &context)
{
    return open(context, Database::Access::ReadOnly);
}

Result<std::unique_ptr<Database>> StoreOpener::open(const Context &context, Database::Access access)
{
    // The check runs inside open, before the file is accepted: a refusal there closes without
    // a checkpoint, so that a log that is not the file's own is never written into it. A file
    // unchanged since it last passed is not read again (the check stamp, docs/data-model.md).
    auto db = Database::open(context.dataDir, { .access = access, .quickCheck = true });
    if (db)
        return db;
    Error error = db.failure();
    if (error.kind == Error::Kind::NotWritable && access == Database::Access::ReadWrite)
        error.message += QCoreApplication::translate(
            "StoreOpener", " Commands that only read (profile, history, journal list, export …) still work.");
    if (error.kind == Error::Kind::Unusable) {
        if (const QString offer = backupOffer(context); !offer.isEmpty())
            error.message += QLatin1Char('\n') + offer;
    }
    return error;
}

Result<std::unique_ptr<Workspace>> StoreOpener::openWorkspace(const Context &context)
{
    static const SystemClock clock;
    auto db = open(context);
    if (!db)
        return db.failure();
    return std::make_unique<Workspace>(std::move(db).value(), SkillModel::builtin(), clock);
}

QString StoreOpener::backupOffer(const Context &context)
{
    const SystemClock clock;
    const BackupService backups(context.dataDir, clock);
    const auto newest = backups.newestGood();
    if (!newest || !newest.value())
        return {};
    const BackupInfo &backup = *newest.value();
    const auto preview = backups.preview(backup.path);
    const qint64 entries = preview ? preview->journalEntries : 0;
    // The restore must reach the same folder: name it unless it is the one tandem-cli finds by itself.
    const QString folder = context.dataDir == DataLocation::resolve(QString())
        ? QString()
        : QStringLiteral("--data-dir %1 ").arg(shellWord(QDir::toNativeSeparators(context.dataDir)));
    const QString path = QDir::toNativeSeparators(backup.path);
    const int entryCount = static_cast<int>(entries);
    return QCoreApplication::translate(
               "StoreOpener", "The newest good backup is from %1 (%2): %3. Restore it with: tandem-cli %4restore %5")
        .arg(backup.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             QCoreApplication::translate("StoreOpener", "%n journal entries", nullptr, entryCount), path, folder,
             shellWord(path));
}

} // namespace tandem::cli
