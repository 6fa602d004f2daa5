#include "arguments.h"
#include "backupservice.h"
#include "clock.h"
#include "commands.h"
#include "context.h"
#include "datalocation.h"
#include "instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

int runRestore(Arguments &args, const Context &context)
{
    const auto path = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!path || path->isEmpty())
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("RestoreCommand",
                                        "restore needs the PATH of a backup (tandem-cli backups lists them)"));
    if (!QFileInfo::exists(*path))
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("RestoreCommand", "%1 does not exist").arg(QDir::toNativeSeparators(*path)));

    // Deliberately not through StoreOpener: restoring over a database that does not open is the point.
    if (Status folder = DataLocation::ensureFolder(context.dataDir); !folder)
        return context.fail(ExitFailure, folder.error());
    // Held until the end of the restore: the app takes the same lock while it runs, so a restore
    // never replaces the file under it.
    const auto lock = InstanceLock::tryAcquire(context.dataDir);
    if (!lock)
        return context.fail(ExitFailure, lock.error());
    if (!lock.value())
        return context.fail(ExitFailure,
                            QCoreApplication::translate("RestoreCommand",
                                                        "Tandem is open on this data folder; close it, or restore from "
                                                        "Settings → Backups in the app"));

    const SystemClock clock;
    const auto outcome = BackupService(context.dataDir, clock).restore(*path);
    if (!outcome)
        return context.fail(ExitFailure, outcome.error());

    const BackupPreview &restored = outcome->restored;
    context.out << QCoreApplication::translate("RestoreCommand", "Restored %1 (from %2): %3.\n")
                       .arg(QDir::toNativeSeparators(QFileInfo(*path).absoluteFilePath()),
                            restored.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            countsText(restored.assessments, restored.journalEntries, restored.goals));
    switch (outcome->kept) {
    case RestoreOutcome::Kept::Backup:
        context.out << QCoreApplication::translate("RestoreCommand",
                                                   "The data that was there is kept as a backup: %1\n")
                           .arg(QDir::toNativeSeparators(outcome->keptPath));
        break;
    case RestoreOutcome::Kept::DamagedFile:
        context.out << QCoreApplication::translate(
                           "RestoreCommand",
                           "The file that was there could not be opened (%1); it is kept, unchanged, at: %2\n")
                           .arg(outcome->keptReason, QDir::toNativeSeparators(outcome->keptPath));
        break;
    case RestoreOutcome::Kept::Nothing:
        context.out << QCoreApplication::translate("RestoreCommand", "There was no data in %1 before.\n")
                           .arg(QDir::toNativeSeparators(context.dataDir));
        break;
    }
    return ExitOk;
}

} // namespace tandem::cli
