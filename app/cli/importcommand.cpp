#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "database.h"
#include "importer.h"
#include "importsource.h"
#include "progressline.h"
#include "storeopener.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tandem::cli {

using namespace tandem::core;

namespace {

QJsonObject countsJson(const ImportCounts &counts)
{
    return QJsonObject { { QStringLiteral("added"), counts.added },
                         { QStringLiteral("updated"), counts.updated },
                         { QStringLiteral("unchanged"), counts.unchanged },
                         { QStringLiteral("skipped"), counts.skipped } };
}

} // namespace

int runImport(Arguments &args, const Context &context)
{
    const auto from = args.takeValue(QStringLiteral("--from"));
    const bool dryRun = args.takeFlag(QStringLiteral("--dry-run"));
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto path = args.takePositional();
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!path)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("ImportCommand", "import needs a file or folder (see tandem-cli --help)"));

    const QFileInfo info(*path);
    if (!info.exists())
        return context.fail(ExitUsage, QCoreApplication::translate("ImportCommand", "%1 does not exist").arg(*path));
    if (info.isFile() && info.size() == 0)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("ImportCommand", "%1 is empty; there is nothing to import").arg(*path));

    std::optional<ImportFormat> format;
    if (from) {
        format = importFormatFromKey(*from);
        if (!format)
            return context.fail(ExitUsage,
                                QCoreApplication::translate("ImportCommand",
                                                            "unknown source \"%1\"; choose tandem, rednotebook or jrnl")
                                    .arg(*from));
    } else {
        format = ImportSource::detect(*path);
        if (!format)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("ImportCommand",
                                            "cannot tell what %1 is; say it with --from tandem, rednotebook or jrnl")
                    .arg(*path));
    }

    // Check the file before touching the store: bad input is refused with nothing opened. Our own
    // format is checked whole here (its grammar and its own fields); a problem inside one of its
    // records is found by the importer's first pass, which writes nothing.
    auto data = ImportSource::open(*format, *path);
    if (!data)
        return context.fail(ExitUsage,
                            data.error() + QCoreApplication::translate("ImportCommand", " Nothing was imported."));

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    std::optional<Result<ImportReport>> imported;
    {
        ProgressLine line(context.err,
                          QCoreApplication::translate("ImportCommand", "Importing: %1 of %2 records stored…"));
        imported.emplace(workspace.value()->import(*data.value(), dryRun, [&line](qint64 done, qint64 total) {
            line.show(done, total);
            return true;
        }));
    }
    const Result<ImportReport> &report = *imported;
    if (!report) {
        // The importer refuses conflicts with what is stored (a reused id) before writing anything.
        return context.fail(ExitUsage,
                            report.error() + QCoreApplication::translate("ImportCommand", " Nothing was imported."));
    }
    if (json) {
        const QJsonObject object { { QStringLiteral("dry_run"), dryRun },
                                   { QStringLiteral("source"), importFormatKey(*format) },
                                   { QStringLiteral("assessments"), countsJson(report->assessments) },
                                   { QStringLiteral("journal_entries"), countsJson(report->journalEntries) },
                                   { QStringLiteral("goals"), countsJson(report->goals) },
                                   { QStringLiteral("feedback_rounds"), countsJson(report->feedbackRounds) },
                                   { QStringLiteral("feedback_responses"), countsJson(report->feedbackResponses) },
                                   { QStringLiteral("settings"), countsJson(report->settings) },
                                   { QStringLiteral("notes"), QJsonArray::fromStringList(report->notes) } };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << report->summary() << Qt::endl;
    for (const QString &note : report->notes)
        context.out << QStringLiteral("  ") << note << Qt::endl;
    if (report->notesLeftOut > 0)
        context.out << QStringLiteral("  ")
                    << QCoreApplication::translate("ImportCommand", "…and %n more.", nullptr, report->notesLeftOut)
                    << Qt::endl;
    return ExitOk;
}

} // namespace tandem::cli
