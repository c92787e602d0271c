// The asyncio model's native half, mirroring CPython 3.11 where CPython itself uses C or where
// loopstep needs speed and observation: Handle and TimerHandle (events), the event loop's core
// (the ready deque, the timer heap and _run_once — base_events), Future (futures) and Task
// (tasks). The rest of asyncio (run_until_complete, sleep, gather, locks, queues, runners...) is
// Python in core/py/stdlib/asyncio/, as in CPython, built on these types.
//
// Every scheduling decision is reported to an AioObserver, which the recorder implements.
#pragma once

#include "core/py/object.h"

#include <string>
#include <vector>

namespace loopstep::py {
class Interp;
}

namespace loopstep::aio {

using py::Value;

// What the recorder sees of the loop. Ids are stable per object for the whole run.
class AioObserver {
public:
    virtual ~AioObserver() = default;
    virtual void on_iteration(uint64_t /*loop*/, uint64_t /*iteration*/, double /*t*/) {}
    // `task`: the id of the task whose __step / __wakeup the callback is, else 0.
    virtual void on_handle_scheduled(uint64_t /*handle*/, const std::string& /*label*/, double /*when*/,
                                     bool /*timer*/, uint64_t /*task*/) {}
    virtual void on_handle_cancelled(uint64_t /*handle*/) {}
    // _run_once popped a cancelled handle from the ready deque and did not run it.
    virtual void on_handle_skipped(uint64_t /*handle*/) {}
    virtual void on_timer_due(uint64_t /*handle*/) {}
    // _run_once dropped a cancelled timer from the head of the heap...
    virtual void on_timer_discarded(uint64_t /*handle*/) {}
    // ... or removed every cancelled timer and rebuilt the heap (heapify).
    virtual void on_timers_purged() {}
    // loop.close() emptied the ready deque (timers false) or the timer heap (timers true).
    virtual void on_loop_cleared(bool /*timers*/) {}
    virtual void on_handle_run_start(uint64_t /*handle*/, const std::string& /*label*/) {}
    virtual void on_handle_run_end(uint64_t /*handle*/) {}
    virtual void on_task_created(uint64_t /*task*/, const std::string& /*name*/, const Value& /*coro*/,
                                 uint64_t /*parent*/) {}
    // `task_object`: the Task itself, so the recorder can read its coroutine chain (the await
    // stack) at the moment it suspends, and its result or exception when it ends.
    virtual void on_task_state(uint64_t /*task*/, const char* /*state*/, const Value& /*waiting_on*/,
                               const Value& /*task_object*/) {}
    virtual void on_future_created(uint64_t /*future*/) {}
    virtual void on_future_done(uint64_t /*future*/, const char* /*state*/) {}
    virtual void on_loop_wait(double /*from*/, double /*until*/) {}
    virtual void on_loop_blocked(double /*from*/, double /*until*/) {}
};

void set_observer(AioObserver* o);
AioObserver* observer();

// The label `--trace` prints for a callback, by the rules documented in tools/cpython_oracle.py:
// a Task's bound step/wakeup → "Task-3.__step"; another bound method → its __func__.__qualname__;
// a partial → the label of its func; else __qualname__, else the type's name.
std::string callback_label(const Value& callback);

// Registers the native modules _asyncio (Future, Task, task registry, running loop) and
// _asyncio_loop (the loop core, Handle, TimerHandle) with the interpreter.
Value init_asyncio_native_module(py::Interp& I);
Value init_asyncio_loop_module(py::Interp& I);

} // namespace loopstep::aio
