#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "storeopener.h"

#include "checkinschedule.h"
#include "clock.h"
#include "database.h"

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
    const auto schedule = CheckInSchedule::read(*db.value(), SystemClock().now());
    if (!schedule)
        return context.fail(ExitFailure, schedule.error());
    const DueState &due = schedule->due;

    if (json) {
        const auto item = [](const DueItem &d, const std::optional<QDateTime> &last) {
            return QJsonObject{{QStringLiteral("due"), d.due},
                               {d.due ? QStringLiteral("due_since") : QStringLiteral("next"), d.date.toString(Qt::ISODate)},
                               {QStringLiteral("last"), last ? QJsonValue(last->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
        };
        const QJsonObject root{{QStringLiteral("pulse"), item(due.pulse, schedule->lastPulse)},
                               {QStringLiteral("full"), item(due.full, schedule->lastFull)},
                               {QStringLiteral("pulse_weekday"), schedule->cadence.pulseWeekday},
                               {QStringLiteral("full_interval_weeks"), schedule->cadence.fullIntervalWeeks}};
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
