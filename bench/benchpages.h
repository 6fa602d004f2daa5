#pragma once

// What a page is given in the app (a PageContext), for benchmarks that build pages on a store.
#include "checkin/duetracker.h"
#include "common/edithistory.h"
#include "common/pagecontext.h"

#include "clock.h"
#include "database.h"
#include "skillmodel.h"
#include "workspace.h"

namespace tandem::bench {

/// A workspace on a connection of its own to a benchmark's store, with the undo history and the
/// due tracker a main window would make. Made outside the timed loop.
class BenchPages
{
public:
    BenchPages(const core::Database &store, const core::Clock &clock)
        : workspace(std::move(core::Database::open(store.dataDir())).value(), core::SkillModel::builtin(), clock),
          history(workspace), due(workspace, clock),
          context { workspace, workspace.model(), clock, history, due }
    {
    }

    core::Workspace workspace;
    ui::EditHistory history;
    ui::DueTracker due;
    ui::PageContext context;
};

} // namespace tandem::bench
