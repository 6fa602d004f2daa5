#include "arguments.h"
#include "commands.h"
#include "context.h"
#include "decisiontext.h"
#include "storeopener.h"

#include "isotime.h"
#include "journalrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace tandem::cli {

using namespace tandem::core;

namespace {

int due(Arguments &args, const Context &context)
{
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const auto by = args.takeValue(QStringLiteral("--by"));
    if (!args.finish())
        return context.fail(ExitUsage, args.error());
    QDate day = QDate::currentDate();
    if (by) {
        const auto parsed = IsoTime::parseDate(*by);
        if (!parsed)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("ReviewsCommand", "--by must be a date such as 2026-11-30, not \"%1\": %2")
                    .arg(*by, parsed.error()));
        day = parsed.value();
    }

    auto db = StoreOpener::openForReading(context);
    if (!db)
        return context.fail(ExitFailure, db.failure());
    const auto reviews = JournalRepository(*db.value()).reviewsDue(day, std::numeric_limits<int>::max());
    if (!reviews)
        return context.fail(ExitFailure, reviews.error());
    if (json) {
        QJsonArray array;
        for (const JournalRepository::ReviewDue &review : reviews.value())
            array.append(DecisionText::json(review));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (reviews->isEmpty()) {
        context.out << QCoreApplication::translate("ReviewsCommand", "No decision is due for review.\n");
        return ExitOk;
    }
    for (const JournalRepository::ReviewDue &review : reviews.value())
        DecisionText::print(context.out, review);
    return ExitOk;
}

} // namespace

int runReviews(Arguments &args, const Context &context)
{
    const auto sub = args.takePositional();
    if (!sub)
        return context.fail(ExitUsage, QCoreApplication::translate("ReviewsCommand", "reviews needs a command: due"));
    if (*sub == QLatin1String("due"))
        return due(args, context);
    return context.fail(
        ExitUsage,
        QCoreApplication::translate("ReviewsCommand", "unknown reviews command \"%1\"; the one there is: due")
            .arg(*sub));
}

} // namespace tandem::cli
