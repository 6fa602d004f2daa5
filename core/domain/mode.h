#pragma once

#include <QString>

#include <optional>

namespace tandem::core {

/// What the user did in a situation.
enum class Mode { Unset, Lead, Manage, Both };

/// "", "lead", "manage" or "both", as stored.
QString modeKey(Mode mode);
std::optional<Mode> modeFromKey(const QString &key);

} // namespace tandem::core
