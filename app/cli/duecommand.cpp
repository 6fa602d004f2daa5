#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "database.h"
#include "schedule.h"
#include "settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tandem::cli {

using namespace tandem::core;

int runDue(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const AssessmentRepository assessments(*db.value());
    const auto cadence = SettingsRepository(*db.value()).cadence();
    const auto lastPulse = assessments.lastTakenAt(AssessmentKind::Pulse);
    const auto lastFull = assessments.lastTakenAt(AssessmentKind::Full);
    if (!cadence || !lastPulse || !lastFull)
        return context.fail(ExitFailure, !cadence ? cadence.error() : !lastPulse ? lastPulse.error() : lastFull.error());
    const DueState due = Schedule::compute(cadence.value(), lastPulse.value(), lastFull.value(), SystemClock().now());

    if (json) {
        const auto item = [](const DueItem &d, const std::optional<QDateTime> &last) {
            return QJsonObject{{QStringLiteral("due"), d.due},
                               {d.due ? QStringLiteral("due_since") : QStringLiteral("next"), d.date.toString(Qt::ISODate)},
                               {QStringLiteral("last"), last ? QJsonValue(last->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
        };
        const QJsonObject root{{QStringLiteral("pulse"), item(due.pulse, lastPulse.value())},
                               {QStringLiteral("full"), item(due.full, lastFull.value())},
                               {QStringLiteral("pulse_weekday"), cadence->pulseWeekday},
                               {QStringLiteral("full_interval_weeks"), cadence->fullIntervalWeeks}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale locale;
    const auto line = [&](const QString &name, const DueItem &d) {
        context.out << name
                    << (d.due ? QStringLiteral(": due since %1\n") : QStringLiteral(": next on %1\n"))
                               .arg(locale.toString(d.date, QLocale::LongFormat));
    };
    line(QStringLiteral("Weekly pulse"), due.pulse);
    line(QStringLiteral("Full assessment"), due.full);
    return ExitOk;
}

} // namespace tandem::cli
