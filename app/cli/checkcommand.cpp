#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "databasecheck.h"
#include "storeopener.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

int runCheck(Arguments &args, const Context &context)
{
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    CheckReport report;
    {
        auto db = StoreOpener::openForReading(context);
        if (!db)
            return context.fail(ExitFailure, db.failure());
        auto checked = DatabaseCheck::run(*db.value());
        if (!checked)
            return context.fail(ExitFailure, checked.failure());
        report = std::move(checked).value();
    }
    if (!report.ok()) {
        const QString offer = StoreOpener::backupOffer(context);
        return context.fail(
            ExitFailure,
            Error { report.problems.join(QLatin1Char('\n')) + (offer.isEmpty() ? QString() : QLatin1Char('\n') + offer),
                    report.details.join(QCoreApplication::translate("CheckCommand", "\n  details: ")) });
    }
    context.out << QCoreApplication::translate("CheckCommand", "ok: %1\n")
                       .arg(countsText(report.counts.assessments, report.counts.journalEntries, report.counts.goals));
    return ExitOk;
}

} // namespace tandem::cli
