#pragma once

#include "assessment.h"
#include "goal.h"
#include "journalentry.h"

#include <QList>
#include <QMap>
#include <QUuid>

namespace tandem::core {

/// An assessment as it travels between stores. Everything it carries is the record's own (its
/// started time too, which AssessmentRepository stores as the app takes it); the wrapper keeps
/// assessments read the way goals are.
struct ExchangeAssessment final
{
    Assessment assessment;  ///< id is ignored; uuid is the identity
};

/// A goal as it travels between stores: the record plus the journal entries given as evidence,
/// named by their uuids (row ids mean nothing outside one database).
struct ExchangeGoal final
{
    Goal goal;                     ///< id is ignored; uuid is the identity
    QList<QUuid> evidenceEntries;  ///< journal entry uuids
};

/// Everything a user owns, independent of any one database: what export writes and import
/// reads. Exporters and importers of every format meet here; ExchangeRepository reads it out of
/// the store and Importer writes it in through the table repositories. Unfinished assessments
/// (drafts) are not part of it: they are scratch state.
struct ExchangeData final
{
    QList<ExchangeAssessment> assessments;
    QList<JournalEntry> journalEntries;  ///< id is ignored; uuid is the identity
    QList<ExchangeGoal> goals;
    QMap<QString, QString> settings;     ///< key → value, as in the settings table
};

} // namespace tandem::core
