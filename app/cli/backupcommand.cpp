#include "arguments.h"
#include "backupservice.h"
#include "clock.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tandem::cli {

using namespace tandem::core;

int runBackup(Arguments &args, const Context &context)
{
    const auto output = args.takeValue(QStringLiteral("--output"));
    const bool force = args.takeFlag(QStringLiteral("--force"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (output && output->isEmpty())
        return context.fail(
            ExitUsage, QCoreApplication::translate("BackupCommand", "--output needs the name of the file to write"));
    if (force && !output)
        return context.fail(ExitUsage, QCoreApplication::translate("BackupCommand", "--force goes with --output PATH"));
    if (output && !force && QFileInfo::exists(*output))
        return context.fail(ExitUsage,
                            QCoreApplication::translate(
                                "BackupCommand", "%1 already exists; choose another name, or add --force to replace it")
                                .arg(QDir::toNativeSeparators(*output)));

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    if (output) {
        const auto copy = BackupService::writeVerifiedCopy(
            *db.value(), *output, force ? BackupService::Overwrite::Yes : BackupService::Overwrite::No);
        if (!copy)
            return context.fail(ExitFailure, copy.error());
        context.out << QDir::toNativeSeparators(QFileInfo(*output).absoluteFilePath()) << '\n';
        return ExitOk;
    }
    const SystemClock clock;
    const auto backup = BackupService(context.dataDir, clock).create(*db.value(), BackupInfo::Kind::Manual);
    if (!backup)
        return context.fail(ExitFailure, backup.error());
    context.out << QDir::toNativeSeparators(backup->path) << '\n';
    return ExitOk;
}

} // namespace tandem::cli
