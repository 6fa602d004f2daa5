#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "database.h"
#include "demogenerator.h"
#include "isotime.h"
#include "skillmodel.h"

#include <QCoreApplication>
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
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("DemoCommand", "demo needs --years N (1 to %1)").arg(DemoGenerator::MaxYears));
    bool ok = false;
    options.years = years->toInt(&ok);
    if (!ok || options.years < 1 || options.years > DemoGenerator::MaxYears)
        return context.fail(
            ExitUsage,
            QCoreApplication::translate("DemoCommand", "--years must be a whole number from 1 to %1, not \"%2\"")
                .arg(DemoGenerator::MaxYears)
                .arg(*years));
    if (seed) {
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("DemoCommand", "--seed must be a whole number from 0 up, not \"%1\"")
                    .arg(*seed));
    }
    options.until = QDate::currentDate();
    if (until) {
        const auto parsed = IsoTime::parseDate(*until);
        if (!parsed)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("DemoCommand", "--until must be a date such as 2026-11-30, not \"%1\": %2")
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
        return context.fail(ExitUsage,
                            QCoreApplication::translate("DemoCommand",
                                                        "%1 already holds data; demo only fills an empty data folder "
                                                        "(choose another with --data-dir)")
                                .arg(QDir::toNativeSeparators(context.dataDir)));

    const auto summary = workspace.value()->generateDemo(options);
    if (!summary)
        return context.fail(ExitFailure, summary.error());
    const auto count = [](const char *text, qint64 n) {
        return QCoreApplication::translate("DemoCommand", text, nullptr, static_cast<int>(n));
    };
    context.out << QCoreApplication::translate(
                       "DemoCommand", "Created %1 of demo data in %2: %3, %4, %5, %6.\n",
                       "years; folder; full assessments, pulse check-ins, journal entries, goals")
                       .arg(count(QT_TRANSLATE_N_NOOP("DemoCommand", "%n years"), options.years),
                            QDir::toNativeSeparators(context.dataDir),
                            count(QT_TRANSLATE_N_NOOP("DemoCommand", "%n full assessments"), summary->fullAssessments),
                            count(QT_TRANSLATE_N_NOOP("DemoCommand", "%n pulse check-ins"), summary->pulses),
                            count(QT_TRANSLATE_N_NOOP("DemoCommand", "%n journal entries"), summary->journalEntries),
                            count(QT_TRANSLATE_N_NOOP("DemoCommand", "%n goals"), summary->goals));
    return ExitOk;
}

} // namespace tandem::cli
