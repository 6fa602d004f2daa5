#pragma once

// The main() of the benchmarks that need widgets: the offscreen platform unless one is set, a
// QApplication, Google Benchmark, then `closeStores` before the application goes (a database
// must not outlive Qt's SQL driver). Budgets are printed at the end (budgets.h).
#include "budgets.h"

#include <QApplication>

namespace tandem::bench {

template<typename CloseStores>
int runGuiBenchmarks(int argc, char **argv, CloseStores closeStores)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int status = runBenchmarks(argc, argv);
    closeStores();
    return status;
}

} // namespace tandem::bench
