#include "decisiontext.h"

#include "sqltime.h"

#include <QCoreApplication>

namespace tandem::cli::DecisionText {

using namespace tandem::core;

namespace {

QString heldText(Held held)
{
    switch (held) {
    case Held::Yes: return QCoreApplication::translate("DecisionText", "it held");
    case Held::Partly: return QCoreApplication::translate("DecisionText", "it partly held");
    case Held::No: return QCoreApplication::translate("DecisionText", "it did not hold");
    }
    return {};
}

} // namespace

QJsonObject json(const Decision &decision, const QDate &today)
{
    QJsonValue review;
    if (decision.review) {
        const DecisionReview &r = *decision.review;
        review = QJsonObject{{QStringLiteral("reviewed_at"), toSqlTime(r.reviewedAt)},
                             {QStringLiteral("outcome"), r.outcome},
                             {QStringLiteral("mode"), modeKey(r.actualMode)},
                             {QStringLiteral("held"), heldKey(r.held)}};
    }
    return QJsonObject{{QStringLiteral("expectation"), decision.expectation},
                       {QStringLiteral("confidence"), decision.confidence ? QJsonValue(*decision.confidence) : QJsonValue()},
                       {QStringLiteral("review_on"), decision.reviewOn.isValid() ? QJsonValue(decision.reviewOn.toString(Qt::ISODate))
                                                                                 : QJsonValue()},
                       {QStringLiteral("review_due"), isReviewDue(decision, today)},
                       {QStringLiteral("review"), review}};
}

QJsonObject json(const JournalRepository::ReviewDue &due)
{
    return QJsonObject{{QStringLiteral("entry"), due.entryId},
                       {QStringLiteral("occurred_at"), toSqlTime(due.occurredAt)},
                       {QStringLiteral("title"), due.title},
                       {QStringLiteral("expectation"), due.expectation},
                       {QStringLiteral("review_on"), due.reviewOn.toString(Qt::ISODate)}};
}

void print(QTextStream &out, const Decision &decision, const QDate &today)
{
    out << QCoreApplication::translate("DecisionText", "\nDecision:\n");
    out << QCoreApplication::translate("DecisionText", "  I expect: %1\n").arg(decision.expectation);
    if (decision.confidence)
        out << QCoreApplication::translate("DecisionText", "  How sure: %1%\n").arg(*decision.confidence);
    if (decision.reviewOn.isValid()) {
        out << QCoreApplication::translate("DecisionText", "  Review on: %1")
                   .arg(decision.reviewOn.toString(Qt::ISODate));
        if (isReviewDue(decision, today))
            out << QCoreApplication::translate("DecisionText", " (due now: tandem-cli journal review)");
        out << '\n';
    }
    if (!decision.review)
        return;
    const DecisionReview &r = *decision.review;
    out << QCoreApplication::translate("DecisionText", "  Reviewed on %1: %2")
               .arg(r.reviewedAt.toLocalTime().date().toString(Qt::ISODate), heldText(r.held));
    if (r.actualMode != Mode::Unset)
        out << QCoreApplication::translate("DecisionText", "; what I did: %1").arg(modeKey(r.actualMode));
    out << '\n';
    if (!r.outcome.isEmpty())
        out << QCoreApplication::translate("DecisionText", "  What happened: %1\n").arg(r.outcome);
}

void print(QTextStream &out, const JournalRepository::ReviewDue &due)
{
    out << QCoreApplication::translate("DecisionText", "%1  review on %2  %3\n")
               .arg(due.entryId, 6)
               .arg(due.reviewOn.toString(Qt::ISODate), due.title);
    out << QCoreApplication::translate("DecisionText", "        I expected: %1\n").arg(due.expectation);
}

} // namespace tandem::cli::DecisionText
