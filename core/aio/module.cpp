// The native modules behind the asyncio package: _asyncio (Future, Task, the running-loop and
// running-task registry — as CPython's C accelerator module of the same name) and
// _asyncio_loop (the loop core, Handle, TimerHandle).
#include "core/py/module.h"
#include "core/aio/aio.h"
#include "core/aio/future.h"
#include "core/aio/loop.h"
#include "core/aio/threads.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

namespace loopstep::aio {

using namespace py;

std::string task_callback_label(const Value& cb);
Value all_tasks_list();
void register_task_native(const Value& t);
void unregister_task_native(const Value& t);
void enter_task_native(const Value& loop, const Value& t);
void leave_task_native(const Value& loop, const Value& t);

namespace {

Value a_get_running_loop(CallArgs&) {
    Value l = interp().thread().running_loop;
    if (l.is_null()) raise_runtime_error("no running event loop");
    return l;
}
Value a__get_running_loop(CallArgs&) {
    Value l = interp().thread().running_loop;
    return l.is_null() ? none() : l;
}
Value a__set_running_loop(CallArgs& a) {
    check_nargs(a, "_set_running_loop", 1, 1);
    interp().thread().running_loop = is_none(a.args[0]) ? Value() : a.args[0];
    return none();
}
Value a_current_task(CallArgs& a) {
    Value out[1];
    parse_args(a, "current_task", {"loop"}, 0, out);
    Value loop = out[0];
    if (loop.is_null() || is_none(loop)) {
        loop = interp().thread().running_loop;
        if (loop.is_null()) raise_runtime_error("no running event loop");
    }
    Value t = current_task_for(loop);
    return t.is_null() ? none() : t;
}
Value a__register_task(CallArgs& a) {
    check_nargs(a, "_register_task", 1, 1);
    register_task_native(a.args[0]);
    return none();
}
Value a__unregister_task(CallArgs& a) {
    check_nargs(a, "_unregister_task", 1, 1);
    unregister_task_native(a.args[0]);
    return none();
}
Value a__enter_task(CallArgs& a) {
    check_nargs(a, "_enter_task", 2, 2);
    enter_task_native(a.args[0], a.args[1]);
    return none();
}
Value a__leave_task(CallArgs& a) {
    check_nargs(a, "_leave_task", 2, 2);
    leave_task_native(a.args[0], a.args[1]);
    return none();
}
Value a__all_tasks_list(CallArgs&) {
    return all_tasks_list();
}
Value a_callback_label(CallArgs& a) {
    check_nargs(a, "callback_label", 1, 1);
    return new_str(callback_label(a.args[0]));
}
Value a_get_ident(CallArgs&) {
    return new_int(current_thread_ident());
}
Value a_main_thread_ident(CallArgs&) {
    return new_int(main_thread_ident());
}

} // namespace

Value init_asyncio_native_module(Interp&) {
    static bool types_ready = false;
    if (!types_ready) {
        init_future_types();
        init_loop_types();
        types_ready = true;
    }
    Value m = new_module("_asyncio");
    module_add(m, "Future", Value::borrow(future_type));
    module_add(m, "Task", Value::borrow(task_type));
    module_add(m, "CancelledError", Value::borrow(CancelledError_type));
    module_add(m, "InvalidStateError", Value::borrow(InvalidStateError_type));
    module_add_function(m, "get_running_loop", a_get_running_loop);
    module_add_function(m, "_get_running_loop", a__get_running_loop);
    module_add_function(m, "_set_running_loop", a__set_running_loop);
    module_add_function(m, "current_task", a_current_task);
    module_add_function(m, "_register_task", a__register_task);
    module_add_function(m, "_unregister_task", a__unregister_task);
    module_add_function(m, "_enter_task", a__enter_task);
    module_add_function(m, "_leave_task", a__leave_task);
    module_add_function(m, "_all_tasks_list", a__all_tasks_list);
    return m;
}

Value init_asyncio_loop_module(Interp& I) {
    init_asyncio_native_module(I);
    Value m = new_module("_asyncio_loop");
    module_add(m, "_LoopCore", Value::borrow(loop_core_type));
    module_add(m, "Handle", Value::borrow(handle_type));
    module_add(m, "TimerHandle", Value::borrow(timer_handle_type));
    module_add_function(m, "callback_label", a_callback_label);
    module_add_function(m, "get_ident", a_get_ident);
    module_add_function(m, "main_thread_ident", a_main_thread_ident);
    return m;
}

} // namespace loopstep::aio
