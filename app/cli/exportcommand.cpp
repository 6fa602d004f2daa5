#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "database.h"
#include "exportwriter.h"
#include "progressline.h"
#include "skillmodel.h"
#include "storeopener.h"

#include <QCoreApplication>
#include <QDir>

namespace tandem::cli {

using namespace tandem::core;

int runExport(Arguments &args, const Context &context)
{
    const auto formatKey = args.takeValue(QStringLiteral("--format"));
    const auto output = args.takeValue(QStringLiteral("--output"));
    const bool perMonth = args.takeFlag(QStringLiteral("--per-month"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    if (!formatKey)
        return context.fail(
            ExitUsage, QCoreApplication::translate("ExportCommand", "export needs --format json, csv or markdown"));
    auto format = exportFormatFromKey(*formatKey);
    if (!format)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("ExportCommand", "unknown format \"%1\"; choose json, csv or markdown")
                .arg(*formatKey));
    if (!output || output->isEmpty())
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("ExportCommand",
                                        "export needs --output PATH (a file; a folder for csv and --per-month)"));
    if (perMonth && *format != ExportFormat::Markdown)
        return context.fail(ExitUsage,
                            QCoreApplication::translate("ExportCommand", "--per-month goes with --format markdown"));
    if (perMonth)
        format = ExportFormat::MarkdownPerMonth;

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    std::optional<Result<QStringList>> result;
    {
        ProgressLine line(context.err,
                          QCoreApplication::translate("ExportCommand", "Exporting: %1 of %2 records written…"));
        result.emplace(ExportWriter::write(*db.value(), SkillModel::builtin(), *format, *output, {},
                                           [&line](qint64 done, qint64 total) { line.show(done, total); }));
    }
    const Result<QStringList> &written = *result;
    if (!written)
        return context.fail(ExitFailure, written.error());
    for (const QString &path : written.value())
        context.out << QDir::toNativeSeparators(path) << Qt::endl;
    return ExitOk;
}

} // namespace tandem::cli
