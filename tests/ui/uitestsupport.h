#pragma once

#include "tempdatadir.h"

#include "checkin/duetracker.h"
#include "common/edithistory.h"
#include "common/pagecontext.h"

#include "clock.h"
#include "database.h"
#include "skillmodel.h"
#include "workspace.h"

#include <memory>

#include <gtest/gtest.h>

namespace tandem::test {

/// A workspace on a connection of its own to a data folder, with the undo history and the due
/// tracker a main window would make: what a page is given, for tests that keep their own
/// Database to fill the store.
class PageParts
{
public:
    PageParts(const QString &dataDir, const core::Clock &clock)
        : workspace(std::move(core::Database::open(dataDir)).value(), core::SkillModel::builtin(), clock),
          history(workspace), due(workspace, clock), context { workspace, workspace.model(), clock, history, due }
    {
    }

    core::Workspace workspace;
    ui::EditHistory history;
    ui::DueTracker due;
    ui::PageContext context;
};

/// A fresh store in a temporary data folder, for tests that build pages on it. Tests may fill
/// it through the repositories on db() before the pages exist; what pages do goes through the
/// workspace, which is made at first use with the clock given then (the system clock when none).
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = core::Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
    }

    void TearDown() override
    {
        m_due.reset();
        m_history.reset();
        m_context.reset();
        m_workspace.reset();
    }

    const core::Database &db() const { return m_workspace ? m_workspace->database() : *m_db; }

    core::Workspace &workspace(const core::Clock *clock = nullptr)
    {
        if (!m_workspace)
            m_workspace = std::make_unique<core::Workspace>(std::move(m_db), core::SkillModel::builtin(),
                                                            clock ? *clock : m_systemClock);
        return *m_workspace;
    }

    /// What a page is given, as the main window gives it.
    const ui::PageContext &context(const core::Clock *clock = nullptr)
    {
        core::Workspace &ws = workspace(clock);
        if (!m_context) {
            m_history = std::make_unique<ui::EditHistory>(ws);
            m_due = std::make_unique<ui::DueTracker>(ws, ws.clock());
            m_context = std::make_unique<ui::PageContext>(
                ui::PageContext { ws, ws.model(), ws.clock(), *m_history, *m_due });
        }
        return *m_context;
    }

    ui::EditHistory &history() { return context().history; }

    TempDataDir m_dir;
    core::SystemClock m_systemClock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<ui::EditHistory> m_history;
    std::unique_ptr<ui::DueTracker> m_due;
    std::unique_ptr<ui::PageContext> m_context;
};

} // namespace tandem::test
