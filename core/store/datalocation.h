#pragma once

#include "result.h"

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

    /// The lock file the app holds for as long as it runs on a data folder (<dataDir>/tandem.lock);
    /// a restore from the terminal takes it too, so that it never replaces the file under the app.
    static QString lockPath(const QString &dataDir);

    /// Creates the data folder when it is missing, readable by its owner only (0700). A folder
    /// that already exists keeps its permissions: the user may have pointed us at a shared one,
    /// and the files inside are private anyway.
    static Status ensureFolder(const QString &dataDir);
};

} // namespace tandem::core
