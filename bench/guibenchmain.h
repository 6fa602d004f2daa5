#pragma once

// The main() of the benchmarks that need widgets: the offscreen platform unless one is set, a
// QApplication, Google Benchmark, then `closeStores` before the application goes (a database
// must not outlive Qt's SQL driver).
#include <QApplication>

#include <benchmark/benchmark.h>

namespace tandem::bench {

template<typename CloseStores>
int runGuiBenchmarks(int argc, char **argv, CloseStores closeStores)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    closeStores();
    return 0;
}

} // namespace tandem::bench
