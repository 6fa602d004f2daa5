#pragma once

#include "cadence.h"
#include "result.h"

#include <QString>

namespace tandem::core {

class Database;

/// Key–value settings kept in the database, so they travel with the user's data.
class SettingsRepository final
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    /// The stored value, or fallback when the key has none.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    /// Stores a value, replacing the one the key had; refused beyond RecordLimits.
    Status setValue(const QString &key, const QString &value) const;
    /// Stores a value only when the key has none (import: the user's own settings win). True
    /// when it was stored, false when the key had a value, which stays. Refused beyond
    /// RecordLimits.
    Result<bool> addIfAbsent(const QString &key, const QString &value) const;

    /// The cadence, with defaults for anything unset or out of range.
    Result<Cadence> cadence() const;
    /// Stores the cadence; refuses values out of range with a message that says which.
    Status setCadence(const Cadence &cadence) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
