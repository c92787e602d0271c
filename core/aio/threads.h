// Simulated threads and the loop's waits in virtual time. One thread runs at a time; a thread
// keeps running until it blocks (time.sleep, a lock, a join, a future, the loop's selector),
// then the first runnable thread runs (FIFO). When nothing is runnable the clock jumps to the
// earliest wake time. These are the rules tools/cpython_oracle.py applies to CPython, so both
// give the same interleavings.
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

// Raised (a C++ exception) when every thread waits and nothing can ever wake one: CPython
// would hang; loopstep stops the run as the oracle does, with status 124.
struct Deadlock {};

} // namespace loopstep::aio
