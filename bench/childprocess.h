#pragma once

// Runs a program as a child process and measures it from outside: wall time, and the peak
// resident memory the kernel recorded for it (ru_maxrss of wait4). No Qt event loop, so it fits
// a Google Benchmark loop with UseManualTime().
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace tandem::bench {

struct ChildRun
{
    bool started = false;
    int exitStatus = -1; ///< the exit status; -1 when it did not start or was killed
    double seconds = 0; ///< wall time from spawn to exit
    long peakKib = 0; ///< ru_maxrss: the child's peak resident set, in KiB
};

/// Runs `program` with `args` (argv[1]...), its standard output and error sent to /dev/null (or
/// to `output` when given), the environment inherited, and waits for it.
inline ChildRun runChild(const std::string &program, const std::vector<std::string> &args,
                         const std::string &output = "/dev/null")
{
    ChildRun run;
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(program.c_str()));
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;
    int status = 0;
    rusage usage {};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (waited == pid && WIFEXITED(status))
        run.exitStatus = WEXITSTATUS(status);
    run.peakKib = usage.ru_maxrss;
    return run;
}

} // namespace tandem::bench
