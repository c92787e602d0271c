// The event loop's waits in virtual time: select() on the loop's self-pipe, which another
// thread's call_soon_threadsafe writes to. The threads themselves are core/py/threads.h's.
#pragma once

#include "core/aio/loop.h"

#include <optional>

namespace loopstep::aio {

// The loop's select(timeout): lets runnable threads run, then returns whether the self-pipe is
// readable, waiting (in virtual time) up to `timeout` (forever when empty) for it.
bool loop_select(LoopObject* loop, std::optional<double> timeout);
// call_soon_threadsafe's write to the self-pipe: wakes the loop if it waits in select().
void wake_loop_waiter(LoopObject* loop);
// threading.get_ident() of the running simulated thread.
int64_t current_thread_ident();
// threading.main_thread().ident: the thread the program started on.
int64_t main_thread_ident();

} // namespace loopstep::aio
