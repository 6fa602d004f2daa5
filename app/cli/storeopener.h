#pragma once

#include "database.h"
#include "result.h"

#include <memory>

namespace tandem::cli {

struct Context;

/// How every command opens the data folder's store, so that a damaged or unreadable file gets the
/// same answer from all of them.
class StoreOpener final
{
public:
    /// Opens the store and runs a quick check of the whole file (a few tens of milliseconds on
    /// ten years of data), so that damage is reported before a command reads half of it. On
    /// failure the error says why and, when there is a good backup, which one and how to restore it.
    static core::Result<std::unique_ptr<core::Database>> open(const Context &context);

    /// "The newest good backup is from … Restore it with: tandem-cli restore …", or an empty
    /// string when the data folder has no good backup.
    static QString backupOffer(const Context &context);
};

} // namespace tandem::cli
