#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "database.h"
#include "demogenerator.h"
#include "isotime.h"
#include "skillmodel.h"

#include <QDir>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

int runDemo(Arguments &args, const Context &context)
{
    const auto years = args.takeValue(QStringLiteral("--years"));
    const auto seed = args.takeValue(QStringLiteral("--seed"));
    const auto until = args.takeValue(QStringLiteral("--until"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());

    DemoGenerator::Options options;
    if (!years)
        return context.fail(ExitUsage, QStringLiteral("demo needs --years N (1 to %1)").arg(DemoGenerator::MaxYears));
    bool ok = false;
    options.years = years->toInt(&ok);
    if (!ok || options.years < 1 || options.years > DemoGenerator::MaxYears)
        return context.fail(ExitUsage, QStringLiteral("--years must be a whole number from 1 to %1, not \"%2\"")
                                               .arg(DemoGenerator::MaxYears)
                                               .arg(*years));
    if (seed) {
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return context.fail(ExitUsage, QStringLiteral("--seed must be a whole number from 0 up, not \"%1\"").arg(*seed));
    }
    options.until = QDate::currentDate();
    if (until) {
        const auto parsed = IsoTime::parseDate(*until);
        if (!parsed)
            return context.fail(ExitUsage, QStringLiteral("--until must be a date such as 2026-11-30, not \"%1\": %2")
                                                   .arg(*until, parsed.error()));
        options.until = parsed.value();
    }

    auto workspace = StoreOpener::openWorkspace(context);
    if (!workspace)
        return context.fail(ExitFailure, workspace.failure());
    const auto holdsData = workspace.value()->database().holdsUserData();
    if (!holdsData)
        return context.fail(ExitFailure, holdsData.error());
    if (holdsData.value())
        return context.fail(ExitUsage, QStringLiteral("%1 already holds data; demo only fills an empty data folder "
                                                      "(choose another with --data-dir)")
                                               .arg(QDir::toNativeSeparators(context.dataDir)));

    const auto summary = workspace.value()->generateDemo(options);
    if (!summary)
        return context.fail(ExitFailure, summary.error());
    const QLocale c = QLocale::c();
    context.out << QStringLiteral("Created %1 of demo data in %2: %3 full assessments, %4 pulse check-ins, "
                                  "%5 journal entries, %6 goals.\n")
                           .arg(options.years == 1 ? QStringLiteral("1 year") : QStringLiteral("%1 years").arg(options.years))
                           .arg(QDir::toNativeSeparators(context.dataDir))
                           .arg(summary->fullAssessments)
                           .arg(summary->pulses)
                           .arg(c.toString(summary->journalEntries))
                           .arg(summary->goals);
    return ExitOk;
}

} // namespace tandem::cli
