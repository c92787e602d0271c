// See threads.h. Until the thread scheduler exists, the program has one thread: the loop's
// waits advance the clock to the deadline, and a wait with no deadline is a deadlock.
#include "core/aio/threads.h"

#include "core/py/interp.h"

namespace loopstep::aio {

bool loop_select(LoopObject* loop, std::optional<double> timeout) {
    if (loop->self_pipe_pending) return true;
    if (timeout && *timeout <= 0) return false;
    py::Interp& I = py::interp();
    if (!timeout) {
        I.write(2, "loopstep: every thread is blocked and no timer is pending; CPython would wait "
                   "forever here\n");
        throw Deadlock{};
    }
    if (AioObserver* o = observer()) o->on_loop_wait(I.clock, I.clock + *timeout);
    I.clock = I.clock + *timeout;
    return loop->self_pipe_pending > 0;
}

void wake_loop_waiter(LoopObject*) {}

int64_t current_thread_ident() { return 140000000000000 + py::interp().thread().id; }

} // namespace loopstep::aio
