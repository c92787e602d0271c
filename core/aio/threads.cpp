// See threads.h: the loop's waits go through the interpreter's thread scheduler
// (core/py/threads.h).
#include "core/aio/threads.h"

#include "core/py/interp.h"

namespace loopstep::aio {

bool loop_select(LoopObject* loop, std::optional<double> timeout) {
    py::Interp& I = py::interp();
    py::Scheduler& s = I.scheduler();
    // Like CPython's select(), which releases the GIL, let every runnable thread run first.
    s.yield_to_runnable();
    if (loop->self_pipe_pending) return true;
    if (timeout && *timeout <= 0) return false;
    double start = I.clock;
    uint64_t seq =
        s.prepare_wait(timeout ? std::optional<double>(I.clock + *timeout) : std::nullopt);
    loop->waiter = s.current();
    loop->waiter_seq = seq;
    s.block();
    loop->waiter = nullptr;
    if (AioObserver* o = observer()) o->on_loop_wait(start, I.clock);
    return loop->self_pipe_pending > 0;
}

void wake_loop_waiter(LoopObject* loop) {
    py::Scheduler& s = py::interp().scheduler();
    if (loop->waiter && s.is_current_wait(loop->waiter, loop->waiter_seq)) s.wake(loop->waiter);
}

int64_t current_thread_ident() {
    py::Scheduler& s = py::interp().scheduler();
    return s.ident_of(s.current());
}

int64_t main_thread_ident() {
    py::Scheduler& s = py::interp().scheduler();
    return s.ident_of(s.main_thread());
}

} // namespace loopstep::aio
