#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace tandem::cli {

/// Exit statuses, as docs/cli.md promises them.
enum ExitStatus : int {
    ExitOk = 0,
    ExitFailure = 1,  ///< something failed at run time (the database, the disk)
    ExitUsage = 2,    ///< bad usage or bad input; nothing was changed
};

/// What every command gets: where to write, and the chosen data folder.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString dataDir;
    bool verbose = false; ///< --verbose: errors carry their technical details

    /// Prints "tandem-cli: REASON" on stderr and gives the status to exit with.
    int fail(int status, const QString &reason) const
    {
        err << QStringLiteral("tandem-cli: ") << reason << Qt::endl;
        return status;
    }

    /// The same for an error from the core: its plain words, and with --verbose its details.
    int fail(int status, const core::Error &error) const
    {
        fail(status, error.message);
        if (verbose && !error.details.isEmpty())
            err << QCoreApplication::translate("Context", "  details: ") << error.details << Qt::endl;
        return status;
    }
};

} // namespace tandem::cli
