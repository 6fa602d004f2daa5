#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "decisiontext.h"
#include "storeopener.h"

#include "checkinschedule.h"
#include "clock.h"
#include "database.h"
#include "journalrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace tandem::cli {

namespace {
// How many due reviews the text of `due` names before it only counts the rest.
constexpr int TextReviewLimit = 10;
} // namespace

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
    // Decisions whose review date has come, by the same local day as the check-ins. JSON lists
    // them all; the text is a summary that names the longest waiting and counts the rest, so it
    // stays a screenful however many have piled up (`reviews due` lists every one).
    const JournalRepository journal(*db.value());
    const auto reviews = journal.reviewsDue(QDate::currentDate(), json ? std::numeric_limits<int>::max() : TextReviewLimit);
    if (!reviews)
        return context.fail(ExitFailure, reviews.error());

    if (json) {
        const auto item = [](const DueItem &d, const std::optional<QDateTime> &last) {
            return QJsonObject{{QStringLiteral("due"), d.due},
                               {d.due ? QStringLiteral("due_since") : QStringLiteral("next"), d.date.toString(Qt::ISODate)},
                               {QStringLiteral("last"), last ? QJsonValue(last->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
        };
        QJsonArray reviewArray;
        for (const JournalRepository::ReviewDue &review : reviews.value())
            reviewArray.append(DecisionText::json(review));
        const QJsonObject root{{QStringLiteral("pulse"), item(due.pulse, schedule->lastPulse)},
                               {QStringLiteral("full"), item(due.full, schedule->lastFull)},
                               {QStringLiteral("pulse_weekday"), schedule->cadence.pulseWeekday},
                               {QStringLiteral("full_interval_weeks"), schedule->cadence.fullIntervalWeeks},
                               {QStringLiteral("reviews"), reviewArray}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale locale;
    const auto line = [&](const QString &name, const DueItem &d) {
        context.out << name
                    << (d.due ? QCoreApplication::translate("DueCommand", ": due since %1\n")
                              : QCoreApplication::translate("DueCommand", ": next on %1\n"))
                           .arg(locale.toString(d.date, QLocale::LongFormat));
    };
    line(QCoreApplication::translate("DueCommand", "Weekly pulse"), due.pulse);
    line(QCoreApplication::translate("DueCommand", "Full assessment"), due.full);
    if (reviews->isEmpty())
        return ExitOk;
    int count = static_cast<int>(reviews->size());
    if (count >= TextReviewLimit) {
        const auto all = journal.reviewsDueCount(QDate::currentDate());
        if (!all)
            return context.fail(ExitFailure, all.error());
        count = all.value();
    }
    context.out << QCoreApplication::translate("DueCommand", "\n%n decisions to review:\n", nullptr, count);
    for (const JournalRepository::ReviewDue &review : reviews.value())
        DecisionText::print(context.out, review);
    if (count > reviews->size())
        context.out << QCoreApplication::translate("DueCommand", "…and %n more: tandem-cli reviews due lists them all.\n", nullptr,
                                                   count - static_cast<int>(reviews->size()));
    return ExitOk;
}

} // namespace tandem::cli
