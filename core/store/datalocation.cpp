#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString DataLocation::lockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tandem.lock"));
}

Status DataLocation::ensureFolder(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return Error { QCoreApplication::translate("DataLocation", "No data folder was given.") };
    const QFileInfo info(dataDir);
    if (info.exists() && !info.isDir())
        return Error { QCoreApplication::translate("DataLocation", "The data folder %1 is a file, not a folder.")
                           .arg(QDir::toNativeSeparators(dataDir)) };
    if (info.exists())
        return {};
    if (!QDir().mkpath(dataDir))
        return Error { QCoreApplication::translate(
                           "DataLocation",
                           "Could not create the data folder %1. Check that its parent folder exists and is writable.")
                           .arg(QDir::toNativeSeparators(dataDir)) };
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace tandem::core
