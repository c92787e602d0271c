// The event loop's core: Handle and TimerHandle (asyncio.events), and the part of
// BaseEventLoop that decides what runs when — call_soon / call_later / call_at /
// call_soon_threadsafe, the ready deque, the timer heap (heapq's exact algorithm, so equal
// deadlines come out in CPython's order) and _run_once. The rest of the loop is Python
// (core/py/stdlib/asyncio/base_events.py), a subclass of this native base.
#pragma once

#include "core/aio/aio.h"
#include "core/py/object.h"
#include "core/py/threads.h"

#include <deque>
#include <vector>

namespace loopstep::aio {

struct HandleObject : py::Object {
    explicit HandleObject(py::Type* t) : Object(t) {}
    Value callback;
    Value args; // tuple
    Value loop;
    Value context;
    Value source_traceback;
    Value repr_cache;
    bool cancelled = false;
    // TimerHandle only
    bool is_timer = false;
    bool scheduled = false;
    double when = 0;
    uint64_t id = 0;
};

struct LoopObject : py::Object {
    explicit LoopObject(py::Type* t) : Object(t) {}
    std::deque<Value> ready;      // Handles
    std::vector<Value> scheduled; // TimerHandles, a heap ordered by `when`
    int64_t timer_cancelled_count = 0;
    bool closed = false;
    bool stopping = false;
    bool debug = false;
    Value thread_id; // None when not running
    double slow_callback_duration = 0.1;
    Value current_handle;
    Value dict;                // attributes of the Python subclass
    int self_pipe_pending = 0; // bytes written by call_soon_threadsafe, not yet read
    Value self_reader;         // the Handle running _read_from_self
    uint64_t iteration = 0;
    uint64_t id = 0;
    py::SimThread* waiter = nullptr; // the thread waiting in select(), and its wait's number
    uint64_t waiter_seq = 0;
};

extern py::Type *handle_type, *timer_handle_type, *loop_core_type;

Value loop_call_soon(LoopObject* loop, const Value& callback, const Value& args,
                     const Value& context);
void loop_run_once(LoopObject* loop);
// traceback.extract_stack() from the running Python frame: (file, line, name, text) tuples,
// oldest first, with the loop's own lines under each callback as CPython's stack has them.
Value extract_stack_here();

void init_loop_types();

} // namespace loopstep::aio
