// asyncio.Future and asyncio.Task as native types, following CPython 3.11's _asyncio module:
// the same state machine, callback scheduling through the loop's call_soon, the Task's __step /
// __wakeup protocol (send or throw into the coroutine; bare yield; must-cancel; cancelling and
// uncancel), "exception was never retrieved" / "Task was destroyed but it is pending!" on
// finalisation, and reprs produced by the Python helpers CPython uses (base_futures, base_tasks).
#pragma once

#include "core/aio/aio.h"
#include "core/py/object.h"

#include <vector>

namespace loopstep::aio {

enum class FutState : uint8_t { Pending, Cancelled, Finished };

struct FutureObject : py::Object {
    explicit FutureObject(py::Type* t) : Object(t) {}
    ~FutureObject() override;
    Value loop;
    FutState state = FutState::Pending;
    Value result;
    Value exception;
    Value exception_tb;
    std::vector<std::pair<Value, Value>> callbacks; // (callback, context)
    Value cancel_message;
    Value cancelled_exc;
    Value source_traceback;
    Value dict; // attributes of Python subclasses
    bool log_traceback = false;
    bool blocking = false; // _asyncio_future_blocking
    uint64_t id = 0;       // for the recorder
};

struct TaskObject : FutureObject {
    explicit TaskObject(py::Type* t) : FutureObject(t) {}
    ~TaskObject() override;
    Value coro;
    Value name;
    Value context;
    Value fut_waiter;
    Value cancel_msg;
    bool must_cancel = false;
    bool log_destroy_pending = true;
    int64_t num_cancels_requested = 0;
};

extern py::Type *future_type, *task_type, *task_step_wrapper_type, *task_wakeup_type,
    *future_iter_type;

bool is_future(const Value& v); // Future or Task (or a subclass)
bool is_task(const Value& v);

Value future_new(const Value& loop);
void future_set_result(FutureObject* f, const Value& result);
void future_set_exception(FutureObject* f, const Value& exc);
bool future_cancel(FutureObject* f, const Value& msg);
void future_add_done_callback(FutureObject* f, const Value& fn, const Value& context);
const char* future_state_name(FutState s); // "PENDING", "CANCELLED", "FINISHED"

Value task_new(const Value& coro, const Value& loop, const Value& name, const Value& context);
bool task_cancel(TaskObject* t, const Value& msg);
// The --trace label of a task step / wakeup callback ("Task-3.__step"), or "".
std::string task_callback_label(const Value& cb);
// The name asyncio gives the task, or "" when v is not a task.
std::string task_name(const Value& v);
// The exception raised into coroutines when a task or future is cancelled.
extern py::Type* CancelledError_type;
extern py::Type* InvalidStateError_type;

// The task currently running on `loop` (asyncio.current_task()), or null.
Value current_task_for(const Value& loop);

void init_future_types();

} // namespace loopstep::aio
