// _loopstep_record: how the Python half of asyncio tells the recorder about its locks and queues
// (and the warnings module about warnings). Every function does nothing when no recording is in
// progress, and none of them ever runs Python code, so a program behaves the same recorded or
// not. The calls (all return None):
//
//   sync_new(obj, kind, value=None, lock=None)
//       In __init__ of Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, Queue,
//       LifoQueue and PriorityQueue (kind is that class name). value: a Semaphore's initial
//       value, a queue's maxsize, a Barrier's parties. lock: a Condition's lock.
//   sync_op(obj, op, arg=None)
//       op, and arg when it takes one:
//       "acquire"      the current task now holds obj (Lock, Semaphore)
//       "release"      the current task released it
//       "wait_acquire" fut: the current task appended its waiter future fut to obj's waiters to
//                      acquire it; "wait" (Event, Condition, Barrier), "wait_get" and "wait_put"
//                      (queues) likewise
//       "unwait"       fut: fut left the waiters (popped by a waker, or removed after waking,
//                      cancellation or timeout), whoever removes it
//       "set" / "clear" an Event changed
//       "notify"       n: a Condition woke up to n waiters
//       "put" / "get"  item: an item entered / left a queue (the recorder takes a built-in repr)
//       "value"        n: the counter changed (a Semaphore's value, a Barrier's waiting count)
//   warning(category_name, message, filename, lineno)
//       warnings.showwarning is about to write a warning: the next write to stderr is its text.
//   executor_job(future, label)
//       run_in_executor returned future for a job described by label ("blocking_io()").
#include "core/record/record_module.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/module.h"
#include "core/py/str.h"
#include "core/record/recorder.h"

#include <cstring>

namespace loopstep::record {

using namespace py;

namespace {

const Value& arg_or_null(CallArgs& a, size_t i) {
    static const Value null;
    return i < a.nargs && !is_none(a.args[i]) ? a.args[i] : null;
}

std::string_view text_arg(CallArgs& a, size_t i) {
    if (i >= a.nargs || !is_str(a.args[i])) return {};
    return as_str(a.args[i])->s;
}

Value r_sync_new(CallArgs& a) {
    check_nargs(a, "sync_new", 2, 4);
    Recorder* r = Recorder::active();
    if (!r) return none();
    std::string_view kind_name = text_arg(a, 1);
    SyncKind kind = SyncKind::Lock;
    for (int k = 0; k < static_cast<int>(SyncKind::Count); ++k)
        if (kind_name == sync_kind_name(static_cast<SyncKind>(k))) kind = static_cast<SyncKind>(k);
    int64_t value = 0;
    const Value& v = arg_or_null(a, 2);
    if (!v.is_null()) int_to_i64(v, value);
    r->sync_new(a.args[0], kind, value, arg_or_null(a, 3));
    return none();
}

Value r_sync_op(CallArgs& a) {
    check_nargs(a, "sync_op", 2, 3);
    Recorder* r = Recorder::active();
    if (!r) return none();
    std::string_view op_name = text_arg(a, 1);
    for (int k = 0; k < static_cast<int>(SyncOp::Count); ++k) {
        if (op_name == sync_op_name(static_cast<SyncOp>(k))) {
            r->sync_op(a.args[0], static_cast<SyncOp>(k), arg_or_null(a, 2));
            return none();
        }
    }
    raise_value_error("_loopstep_record.sync_op: unknown operation '" + std::string(op_name) + "'");
}

Value r_warning(CallArgs& a) {
    check_nargs(a, "warning", 4, 4);
    Recorder* r = Recorder::active();
    if (!r) return none();
    int64_t line = 0;
    int_to_i64(a.args[3], line);
    r->warning(text_arg(a, 0), text_arg(a, 1), text_arg(a, 2), static_cast<int>(line));
    return none();
}

Value r_executor_job(CallArgs& a) {
    check_nargs(a, "executor_job", 2, 2);
    if (Recorder* r = Recorder::active()) r->executor_job(a.args[0], text_arg(a, 1));
    return none();
}

} // namespace

Value init_record_module(Interp&) {
    Value m = new_module("_loopstep_record");
    module_add_function(m, "sync_new", r_sync_new);
    module_add_function(m, "sync_op", r_sync_op);
    module_add_function(m, "warning", r_warning);
    module_add_function(m, "executor_job", r_executor_job);
    return m;
}

} // namespace loopstep::record
