// Running a program headlessly: one interpreter on a thread with a large stack (deep Python
// recursion and nested native calls need room), output delivered in order to a sink, budgets
// that stop runaway programs with a clear message. Shared by `loopstep run` and the app.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace loopstep {

namespace py {
class Interp;
}

// Watches a run from the interpreter's own thread (the recorder): attach() before the program
// starts, program_finished() when it has ended (the interpreter's teardown, which may still run
// finalisers that print, follows), detach() once the interpreter is gone.
class RunObserver {
  public:
    virtual ~RunObserver() = default;
    virtual void attach(py::Interp& I) = 0;
    virtual void program_finished() {}
    virtual void detach() {}
};

struct RunOptions {
    uint64_t max_steps = 200'000'000;
    bool trace = false;         // print "#TRACE t=... label" before each loop callback (stderr)
    bool asyncio_debug = false; // asyncio debug mode by default, as PYTHONASYNCIODEBUG=1
    RunObserver* observer = nullptr;
    // The program's directory, where `import helper` finds helper.py as CPython does (its
    // sys.path[0]); empty: a program imports only what loopstep provides.
    std::string module_dir;
};

struct RunResult {
    int exit_status = 0;
    bool killed_by_sigint = false; // an uncaught KeyboardInterrupt: CPython dies by SIGINT
    bool budget_exceeded = false;
    std::string budget_message;
};

// Runs `source` as the __main__ module named `filename`. `output(stream, text)` receives every
// write to stdout (1) and stderr (2) as it happens.
RunResult run_program(const std::string& filename, const std::string& source,
                      const RunOptions& opts,
                      const std::function<void(int, std::string_view)>& output);

} // namespace loopstep
