#pragma once

#include "tempdatadir.h"

#include "database.h"

#include <memory>

#include <gtest/gtest.h>

namespace tandem::test {

/// A fresh database in a temporary data folder, for tests that build pages on it.
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = core::Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
    }

    const core::Database &db() const { return *m_db; }

    TempDataDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

} // namespace tandem::test
