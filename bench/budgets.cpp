#include "budgets.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <unistd.h>

#include <benchmark/benchmark.h>

namespace tandem::bench {

namespace {

std::vector<Budget> &budgets()
{
    static std::vector<Budget> all;
    return all;
}

struct Measurement
{
    double realTime = -1; // seconds per iteration
    double cpuTime = -1;
    std::map<std::string, double> counters;
    bool median = false; // from the median aggregate, which a single run never replaces
};

std::map<std::string, Measurement> &measurements()
{
    static std::map<std::string, Measurement> all;
    return all;
}

// The name as a budget spells it: the options Google Benchmark appends are dropped.
std::string plainName(const std::string &name)
{
    std::string out;
    std::istringstream parts(name);
    for (std::string part; std::getline(parts, part, '/');) {
        if (part == "manual_time" || part == "real_time" || part.rfind("iterations:", 0) == 0
            || part.rfind("repeats:", 0) == 0 || part.rfind("min_time:", 0) == 0 || part.rfind("threads:", 0) == 0)
            continue;
        out += out.empty() ? part : "/" + part;
    }
    return out;
}

// Forwards everything to the reporter the flags ask for, and keeps what budgets need.
class CollectingReporter final : public benchmark::BenchmarkReporter
{
public:
    explicit CollectingReporter(std::unique_ptr<benchmark::BenchmarkReporter> inner) : m_inner(std::move(inner)) { }

    bool ReportContext(const Context &context) override { return m_inner->ReportContext(context); }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            const bool median = run.run_type == Run::RT_Aggregate;
            if (median && run.aggregate_name != "median")
                continue;
            Measurement &m = measurements()[plainName(run.run_name.str())];
            if (m.median && !median)
                continue;
            m.median = median;
            m.realTime = run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
            m.cpuTime = run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
            for (const auto &[name, counter] : run.counters)
                m.counters[name] = counter.value;
        }
        m_inner->ReportRuns(runs);
    }
    void Finalize() override { m_inner->Finalize(); }

private:
    std::unique_ptr<benchmark::BenchmarkReporter> m_inner;
};

std::unique_ptr<benchmark::BenchmarkReporter> reporterFor(const std::string &format)
{
    if (format == "json")
        return std::make_unique<benchmark::JSONReporter>();
    if (format == "csv") {
        // Deprecated in Google Benchmark, but still what --benchmark_format=csv gives.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        return std::make_unique<benchmark::CSVReporter>();
#pragma GCC diagnostic pop
    }
    return std::make_unique<benchmark::ConsoleReporter>(
        isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_ColorTabular : benchmark::ConsoleReporter::OO_Tabular);
}

// Prints every budget whose benchmarks ran; false when one of them is broken.
bool reportBudgets(std::ostream &out)
{
    bool kept = true;
    bool header = false;
    for (const Budget &b : budgets()) {
        const double top = measured(b.numerator, b.counter, b.cpuTime);
        const double bottom = b.denominator.empty() ? 1.0 : measured(b.denominator, b.counter, b.cpuTime);
        if (top < 0 || bottom <= 0)
            continue;
        if (!header) {
            out << "\nBudgets (medians of this run):\n";
            header = true;
        }
        const bool absolute = b.denominator.empty();
        const double value = absolute && b.counter.empty() ? top * 1e3 : top / bottom;
        const bool ok = value <= b.limit;
        kept = kept && ok;
        char line[512];
        std::snprintf(line, sizeof line, "  %-60s %9.3f%s  (budget <= %g%s)%s\n", b.label.c_str(), value,
                      absolute && b.counter.empty() ? " ms" : "", b.limit, absolute && b.counter.empty() ? " ms" : "",
                      ok ? "" : "  BROKEN");
        out << line;
    }
    return kept;
}

} // namespace

int addBudget(Budget budget)
{
    budgets().push_back(std::move(budget));
    return static_cast<int>(budgets().size());
}

double measured(const std::string &name, const std::string &counter, bool cpuTime)
{
    const auto it = measurements().find(name);
    if (it == measurements().end())
        return -1;
    if (counter.empty())
        return cpuTime ? it->second.cpuTime : it->second.realTime;
    const auto c = it->second.counters.find(counter);
    return c == it->second.counters.end() ? -1 : c->second;
}

int runBenchmarks(int argc, char **argv)
{
    bool check = false;
    std::string format = "console";
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check-budgets") == 0) {
            check = true;
            continue;
        }
        if (std::strncmp(argv[i], "--benchmark_format=", 19) == 0)
            format = argv[i] + 19;
        args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;
    CollectingReporter reporter(reporterFor(format));
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const bool kept = reportBudgets(format == "console" ? std::cout : std::cerr);
    return check && !kept ? 1 : 0;
}

} // namespace tandem::bench
