#pragma once

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tandem::test {

/// A fresh, empty data folder for one test, removed afterwards.
class TempDataDir
{
public:
    TempDataDir() { EXPECT_TRUE(m_dir.isValid()); }

    /// A data folder inside the temporary one that does not exist yet, so the code under test
    /// creates it (and sets its permissions).
    QString path() const { return m_dir.filePath(QStringLiteral("data")); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace tandem::test
