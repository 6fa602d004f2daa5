#pragma once

#include <QString>

namespace tandem::core {

/// Chooses the data folder: the --data-dir argument, else TANDEM_DATA_DIR, else the standard
/// per-user data location (e.g. ~/.local/share/Tandem on Linux).
class DataLocation final
{
public:
    static constexpr const char *EnvironmentVariable = "TANDEM_DATA_DIR";
    static constexpr const char *DatabaseFileName = "tandem.db";

    /// @param fromArguments the value of --data-dir, empty when not given.
    static QString resolve(const QString &fromArguments);

    /// The database file inside a data folder.
    static QString databasePath(const QString &dataDir);
};

} // namespace tandem::core
