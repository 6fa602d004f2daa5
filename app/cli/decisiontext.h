#pragma once

#include "decision.h"
#include "journalrepository.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace tandem::cli {

/// How the commands that show decisions (journal show, reviews due, due) write them, so that
/// the same decision looks the same in each.
namespace DecisionText {

/// {"expectation", "confidence", "review_on", "review_due", "review"}, as docs/cli.md shows it.
QJsonObject json(const core::Decision &decision, const QDate &today);

/// {"entry", "occurred_at", "title", "expectation", "review_on"}: one line of `reviews due`.
QJsonObject json(const core::JournalRepository::ReviewDue &due);

/// The decision and its review as lines of `journal show`.
void print(QTextStream &out, const core::Decision &decision, const QDate &today);

/// One due review as a line of `reviews due` and `due`.
void print(QTextStream &out, const core::JournalRepository::ReviewDue &due);

} // namespace DecisionText

} // namespace tandem::cli
