#pragma once

#include "clock.h"
#include "database.h"
#include "result.h"
#include "workspace.h"

#include <memory>

namespace tandem::cli {

struct Context;

/// How every command opens the data folder's store, so that a damaged or unreadable file gets the
/// same answer from all of them.
class StoreOpener final
{
public:
    /// Opens the store for a command that changes it, after a quick check of the whole file, so
    /// that damage is reported before a command reads half of it and a refused file is left
    /// exactly as it was. The check runs only when the file or its log changed since they last
    /// passed it (core::CheckStamp), so that opening costs the same at any size. On failure the
    /// error says why and, when the file is damaged and there is a good backup, which one and
    /// how to restore it.
    static core::Result<std::unique_ptr<core::Database>> open(const Context &context);

    /// open() for a command that changes data: the store inside a workspace, the one door for
    /// changes that the app uses too (the system clock, the built-in skill model).
    static core::Result<std::unique_ptr<core::Workspace>> openWorkspace(const Context &context);
    /// The same for a command that only reads: a store that cannot be written (a read-only
    /// folder or disk) is opened read-only instead of refused.
    static core::Result<std::unique_ptr<core::Database>> openForReading(const Context &context);

    /// "The newest good backup is from … Restore it with: tandem-cli restore …", or an empty
    /// string when the data folder has no good backup.
    static QString backupOffer(const Context &context);

private:
    static core::Result<std::unique_ptr<core::Database>> open(const Context &context, core::Database::Access access);
};

} // namespace tandem::cli
