#include "instancelock.h"

#include "tempdatadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace tandem;
using core::InstanceLock;

TEST(InstanceLockTest, OnlyOneHolderAtATimeAndReleasedWhenDropped)
{
    test::TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.path()));

    auto first = InstanceLock::tryAcquire(dir.path());
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    ASSERT_NE(first.value(), nullptr);
    EXPECT_EQ(InstanceLock::holderPid(dir.path()), QCoreApplication::applicationPid());
    EXPECT_EQ(QFile::permissions(InstanceLock::path(dir.path())) & (QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());

    // flock() locks belong to the open file, so even this same process is refused a second one.
    auto second = InstanceLock::tryAcquire(dir.path());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), nullptr);

    first.value().reset();
    auto third = InstanceLock::tryAcquire(dir.path());
    ASSERT_TRUE(third.ok());
    EXPECT_NE(third.value(), nullptr);
}

TEST(InstanceLockTest, AMissingFolderIsAnErrorNotAClaim)
{
    test::TempDataDir dir;
    auto lock = InstanceLock::tryAcquire(dir.path() + QStringLiteral("/missing"));
    ASSERT_FALSE(lock.ok());
    // The message names the folder in plain words; the system's words about the lock file are the details.
    EXPECT_TRUE(lock.error().contains(QLatin1String("does not exist"))) << qPrintable(lock.error());
    EXPECT_TRUE(lock.error().contains(QLatin1String("missing"))) << qPrintable(lock.error());
    EXPECT_TRUE(lock.errorDetails().contains(QLatin1String("lock"))) << qPrintable(lock.errorDetails());
}
