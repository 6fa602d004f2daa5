// Which data folder is used: --data-dir, then TANDEM_DATA_DIR, then the standard location.
#include "qtprinters.h"
#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <optional>

using namespace tandem::core;

namespace {

// Sets (or unsets) an environment variable for one test and puts the old value back.
class EnvironmentGuard final
{
public:
    EnvironmentGuard(const char *name, std::optional<QByteArray> value) : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_old = qgetenv(name);
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~EnvironmentGuard()
    {
        if (m_old)
            qputenv(m_name, *m_old);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_old;
};

} // namespace

TEST(DataLocationTest, ArgumentWinsOverEnvironment)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, QByteArray("/tmp/tandem-from-env"));
    EXPECT_EQ(DataLocation::resolve(QStringLiteral("/tmp/tandem-from-arg")), QStringLiteral("/tmp/tandem-from-arg"));
}

TEST(DataLocationTest, EnvironmentWinsOverDefault)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, QByteArray("/tmp/tandem-from-env"));
    EXPECT_EQ(DataLocation::resolve(QString()), QStringLiteral("/tmp/tandem-from-env"));
}

TEST(DataLocationTest, DefaultIsTandemInTheUserDataFolder)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, std::nullopt);
    const QString resolved = DataLocation::resolve(QString());
    EXPECT_TRUE(resolved.endsWith(QLatin1String("/Tandem"))) << qPrintable(resolved);
    EXPECT_TRUE(QDir::isAbsolutePath(resolved)) << qPrintable(resolved);
    EXPECT_EQ(resolved, QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                        + QStringLiteral("/Tandem")));
    // The same folder for the app and tandem-cli, whatever the program is called.
    EXPECT_FALSE(resolved.contains(QCoreApplication::applicationName())) << qPrintable(resolved);
}

TEST(DataLocationTest, DefaultFollowsXdgDataHome)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, std::nullopt);
    EnvironmentGuard xdg("XDG_DATA_HOME", QByteArray("/tmp/tandem-xdg-data"));
    EXPECT_EQ(DataLocation::resolve(QString()), QStringLiteral("/tmp/tandem-xdg-data/Tandem"));
}

TEST(DataLocationTest, EmptyEnvironmentVariableMeansDefault)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, QByteArray(""));
    EXPECT_TRUE(DataLocation::resolve(QString()).endsWith(QLatin1String("/Tandem")));
}

TEST(DataLocationTest, RelativePathsBecomeAbsolute)
{
    EnvironmentGuard env(DataLocation::EnvironmentVariable, QByteArray("env-relative/data"));
    const QString cwd = QDir::currentPath();
    EXPECT_EQ(DataLocation::resolve(QStringLiteral("my-data")), QDir::cleanPath(cwd + QStringLiteral("/my-data")));
    EXPECT_EQ(DataLocation::resolve(QStringLiteral("./a/../b/")), QDir::cleanPath(cwd + QStringLiteral("/b")));
    EXPECT_EQ(DataLocation::resolve(QString()), QDir::cleanPath(cwd + QStringLiteral("/env-relative/data")));
}

TEST(DataLocationTest, AbsolutePathsAreCleaned)
{
    EXPECT_EQ(DataLocation::resolve(QStringLiteral("/tmp//tandem/./x/../data/")), QStringLiteral("/tmp/tandem/data"));
}

TEST(DataLocationTest, DatabasePathIsTandemDbInTheFolder)
{
    EXPECT_EQ(DataLocation::databasePath(QStringLiteral("/home/ada/.local/share/Tandem")),
              QStringLiteral("/home/ada/.local/share/Tandem/tandem.db"));
    EXPECT_EQ(DataLocation::databasePath(QStringLiteral("/tmp/x/")), QStringLiteral("/tmp/x/tandem.db"));
}
