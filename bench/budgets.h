#pragma once

// Budgets as ratios of medians measured in one run (docs/performance.md): each program declares
// its budgets, runs its benchmarks through runBenchmarks(), and gets them printed at the end;
// with --check-budgets a broken one makes the program exit 1.
#include <string>
#include <vector>

namespace tandem::bench {

/// One budget: numerator / denominator <= limit, or numerator <= limit when there is no
/// denominator. Names are benchmark names as printed, without /manual_time, /real_time,
/// /iterations:N and /repeats:N. The value compared is the real time per iteration (seconds, or
/// milliseconds for a budget without a denominator), or the named counter.
struct Budget
{
    std::string label;
    std::string numerator;
    std::string denominator; ///< empty: an absolute limit
    double limit = 0;
    std::string counter = {}; ///< empty: the time
    bool cpuTime = false; ///< the CPU time instead of the real time (for pages painted in-process)
};

/// Declares a budget; returns an int so that a file can declare one at namespace scope:
/// `const int timeBudget = addBudget({...});`.
int addBudget(Budget budget);

/// The median measured for `name` in this run (the "median" aggregate with
/// --benchmark_repetitions, else the run itself): the named counter, or the real (or CPU) time
/// in seconds when `counter` is empty. Negative when the benchmark did not run (filtered out, or
/// it failed).
double measured(const std::string &name, const std::string &counter = {}, bool cpuTime = false);

/// Google Benchmark's main, with the budgets: takes --check-budgets out of argv, runs the
/// benchmarks the flags select (output as --benchmark_format says), then prints each budget whose
/// benchmarks ran. Gives the exit status: 1 for unrecognised flags, or with --check-budgets
/// when a budget is broken; else 0.
int runBenchmarks(int argc, char **argv);

} // namespace tandem::bench
