// See runner.h.
#include "core/run/runner.h"

#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/interp.h"
#include "core/py/modules/asyncio_debug.h"

#include <pthread.h>

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

void* run_job(void* arg) {
    auto* job = static_cast<Job*>(arg);
    RunObserver* obs = job->opts->observer;
    {
        py::Interp interp;
        interp.limits.max_steps = job->opts->max_steps;
        interp.trace_callbacks = job->opts->trace;
        py::set_asyncio_debug(interp, job->opts->asyncio_debug);
        interp.set_output(*job->output);
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
