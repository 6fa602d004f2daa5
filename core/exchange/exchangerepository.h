#pragma once

#include "exchangedata.h"
#include "result.h"

namespace tandem::core {

class Database;

/// Reads a user's whole data for export and import, in one consistent, stable order. It only
/// reads: what import brings is written by each table's own repository (AssessmentRepository,
/// JournalRepository, GoalRepository, SettingsRepository), the same code the app and tandem-cli
/// write with, so that a record cannot differ by the door it came in through.
class ExchangeRepository final
{
public:
    explicit ExchangeRepository(const Database &db) : m_db(db) { }

    /// Every assessment (with answers and started_at), journal entry (with tags, links, advice
    /// and its decision with the review), goal (with steps and evidence) and setting, read as one snapshot. The order is
    /// stable, so the same database always gives the same data: assessments by taken_at then
    /// uuid, entries by occurred_at then uuid, goals by created_at then uuid; tags by name
    /// (ignoring ASCII letter case, as the store compares them), links by id, steps in their
    /// order, evidence by the entry's occurred_at then uuid. The records' `id` fields hold this
    /// store's row ids (meaningless anywhere else); drafts are not read.
    Result<ExchangeData> readAll() const;

private:
    const Database &m_db;
};

} // namespace tandem::core
