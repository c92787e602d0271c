// See runner.h.
#include "core/run/runner.h"

#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/interp.h"
#include "core/py/modules/asyncio_debug.h"

#include <filesystem>
#include <fstream>
#include <pthread.h>
#include <sstream>

namespace loopstep {

namespace {

constexpr size_t kInterpreterStack = size_t(1) << 30; // reserved, touched only as used

struct Job {
    const std::string* filename;
    const std::string* source;
    const RunOptions* opts;
    const std::function<void(int, std::string_view)>* output;
    RunResult result;
};

// `import name` from the program's directory: a plain module name only (the interpreter asks
// for nothing dotted), so no path outside the directory can be named.
std::optional<py::Interp::ProgramModule> find_in_dir(const std::string& dir,
                                                     const std::string& name) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path path = fs::absolute(fs::path(dir) / (name + ".py"), ec);
    if (ec || !fs::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return py::Interp::ProgramModule{path.lexically_normal().string(), text.str()};
}

void* run_job(void* arg) {
    auto* job = static_cast<Job*>(arg);
    RunObserver* obs = job->opts->observer;
    {
        py::Interp interp;
        interp.limits.max_steps = job->opts->max_steps;
        interp.trace_callbacks = job->opts->trace;
        py::set_asyncio_debug(interp, job->opts->asyncio_debug);
        interp.set_output(*job->output);
        if (!job->opts->module_dir.empty()) {
            std::string dir = job->opts->module_dir;
            interp.find_program_module = [dir](const std::string& name) {
                return find_in_dir(dir, name);
            };
        }
        if (obs) obs->attach(interp);
        try {
            job->result.exit_status = interp.run_main(*job->filename, *job->source);
            job->result.killed_by_sigint = interp.exited_by_keyboard_interrupt;
        } catch (py::BudgetExceeded& e) {
            job->result.budget_exceeded = true;
            job->result.budget_message = e.message;
            job->result.exit_status = 1;
            interp.set_output({}); // the program stopped here: teardown prints nothing more
        } catch (py::Deadlock&) {
            // CPython would hang; as the oracle, stop with timeout(1)'s status.
            job->result.exit_status = 124;
            interp.set_output({});
        }
        if (obs) obs->program_finished();
        py::set_asyncio_debug(interp, false); // the next Interp may have the same address
    }
    if (obs) obs->detach();
    return nullptr;
}

} // namespace

RunResult run_program(const std::string& filename, const std::string& source,
                      const RunOptions& opts,
                      const std::function<void(int, std::string_view)>& output) {
    Job job{&filename, &source, &opts, &output, {}};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kInterpreterStack);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_job, &job) != 0) {
        pthread_attr_destroy(&attr);
        run_job(&job); // fall back to this thread's stack
        return job.result;
    }
    pthread_attr_destroy(&attr);
    pthread_join(thread, nullptr);
    return job.result;
}

} // namespace loopstep
