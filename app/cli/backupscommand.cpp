#include "arguments.h"
#include "backupservice.h"
#include "clock.h"
#include "commands.h"
#include "context.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

namespace {

QString kindKey(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Automatic: return QStringLiteral("automatic");
    case BackupInfo::Kind::Manual: return QStringLiteral("manual");
    case BackupInfo::Kind::BeforeRestore: return QStringLiteral("before-restore");
    case BackupInfo::Kind::Damaged: return QStringLiteral("damaged");
    }
    return {};
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toSqlTime(time)) : QJsonValue(QJsonValue::Null);
}

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(QLocale::c().toString(static_cast<double>(bytes) / 1e6, 'f', 1));
}

QString countsText(const BackupPreview &p)
{
    return cli::countsText(p.assessments, p.journalEntries, p.goals);
}

} // namespace

int runBackups(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    // Reads the backups only, never the database: this works when the database is damaged.
    const SystemClock clock;
    const BackupService service(context.dataDir, clock);
    const auto backups = service.list();
    if (!backups)
        return context.fail(ExitFailure, backups.error());

    QJsonArray array;
    for (const BackupInfo &backup : backups.value()) {
        const auto preview = service.preview(backup.path);
        if (json) {
            QJsonObject item { { QStringLiteral("path"), QDir::toNativeSeparators(backup.path) },
                               { QStringLiteral("created_at"), timeJson(backup.createdAt) },
                               { QStringLiteral("kind"), kindKey(backup.kind) },
                               { QStringLiteral("size_bytes"), backup.sizeBytes },
                               { QStringLiteral("ok"), preview.ok() },
                               { QStringLiteral("problem"),
                                 preview ? QJsonValue(QJsonValue::Null) : QJsonValue(preview.error()) } };
            if (preview) {
                item.insert(QStringLiteral("data_format"), preview->dataFormat);
                item.insert(QStringLiteral("assessments"), preview->assessments);
                item.insert(QStringLiteral("journal_entries"), preview->journalEntries);
                item.insert(QStringLiteral("goals"), preview->goals);
                item.insert(QStringLiteral("first_entry_at"), timeJson(preview->firstEntryAt));
                item.insert(QStringLiteral("last_entry_at"), timeJson(preview->lastEntryAt));
                item.insert(QStringLiteral("last_assessment_at"), timeJson(preview->lastAssessmentAt));
            }
            array.append(item);
            continue;
        }
        context.out << QStringLiteral("%1  %2  %3  %4\n    %5\n")
                           .arg(backup.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(kindKey(backup.kind), -14)
                           .arg(sizeText(backup.sizeBytes), 9)
                           .arg(preview ? countsText(preview.value())
                                        : QCoreApplication::translate("BackupsCommand", "cannot be restored: ")
                                        + preview.error())
                           .arg(QDir::toNativeSeparators(backup.path));
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (backups->isEmpty())
        context.out << QCoreApplication::translate("BackupsCommand",
                                                   "No backups yet in %1. Make one with: tandem-cli backup\n")
                           .arg(QDir::toNativeSeparators(service.backupDir()));
    return ExitOk;
}

} // namespace tandem::cli
