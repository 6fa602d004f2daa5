#include "datalocation.h"

#include <QDir>
#include <QStandardPaths>

namespace tandem::core {

QString DataLocation::resolve(const QString &fromArguments)
{
    if (!fromArguments.isEmpty())
        return QDir::cleanPath(QDir(fromArguments).absolutePath());
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir(fromEnvironment).absolutePath());
    // Set explicitly so that both programs agree whatever QCoreApplication's names are.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir::cleanPath(base + QStringLiteral("/Tandem"));
}

QString DataLocation::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(DatabaseFileName));
}

} // namespace tandem::core
