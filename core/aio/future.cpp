// asyncio.Future and asyncio.Task; see future.h. The algorithms follow CPython 3.11's
// Modules/_asyncio.c: future_schedule_callbacks, task_step_impl, task_wakeup, the finalisers, and
// the running-task registry (_enter_task / _leave_task / current_task / all_tasks).
#include "core/aio/future.h"
#include "core/aio/loop.h"

#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/generator.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <map>
#include <set>

namespace loopstep::aio {

using namespace py;

Type *future_type, *task_type, *task_step_wrapper_type, *task_wakeup_type, *future_iter_type;
Type *CancelledError_type, *InvalidStateError_type;

namespace {

// Per-interpreter registry of tasks: all live tasks (weakly, in creation order) and the task
// currently running on each loop.
struct Registry {
    std::vector<TaskObject*> all;           // weak: removed when a task is destroyed
    std::map<const Object*, Value> current; // loop -> task
    uint64_t name_counter = 0;
    uint64_t next_id = 1;
};
thread_local Registry tl_registry;

struct TaskStepWrapper : Object {
    TaskStepWrapper(Type* t, Value task, Value arg)
        : Object(t), task(std::move(task)), arg(std::move(arg)) {}
    Value task;
    Value arg; // exception to throw, or null
};

struct TaskWakeup : Object {
    TaskWakeup(Type* t, Value task) : Object(t), task(std::move(task)) {}
    Value task;
};

struct FutureIter : Object {
    FutureIter(Type* t, Value fut) : Object(t), future(std::move(fut)) {}
    Value future;
};

FutureObject* fut_of(const Value& v) {
    return v.as<FutureObject>();
}

Value import_attr(const char* module, const char* name) {
    return getattr(interp().import_module(module), name);
}

bool loop_debug(const Value& loop) {
    if (loop.is_null() || is_none(loop)) return false;
    return truthy(call_method(loop, intern("get_debug"), {}));
}

void call_loop_soon(const Value& loop, const Value& fn, const Value& arg, const Value& context) {
    Value m = getattr(loop, intern("call_soon"));
    Value args[] = {fn, arg, context.is_null() ? none() : context};
    Value kw = new_tuple({interned("context")});
    CallArgs a;
    a.args = args;
    a.nargs = 2;
    a.kwnames = as_tuple(kw);
    call(m, a);
}

void schedule_callbacks(FutureObject* f) {
    if (f->callbacks.empty()) return;
    auto cbs = std::move(f->callbacks);
    f->callbacks.clear();
    Value self = Value::borrow(f);
    for (auto& [fn, ctx] : cbs) call_loop_soon(f->loop, fn, self, ctx);
}

Value make_cancelled_error(FutureObject* f) {
    if (!f->cancelled_exc.is_null()) {
        Value e = std::move(f->cancelled_exc);
        f->cancelled_exc = Value();
        return e;
    }
    Value e = f->cancel_message.is_null() || is_none(f->cancel_message)
                  ? new_exception(CancelledError_type, {})
                  : new_exception(CancelledError_type, {f->cancel_message});
    return e;
}

[[noreturn]] void invalid_state(const std::string& msg) {
    raise(InvalidStateError_type, msg);
}

void notify_done(FutureObject* f) {
    if (AioObserver* o = observer()) o->on_future_done(f->id, future_state_name(f->state));
}

// ---- Future ---------------------------------------------------------------------------------

Value get_event_loop_for_future() {
    Value running = interp().thread().running_loop;
    if (!running.is_null()) return running;
    return call(import_attr("asyncio.events", "get_event_loop"), {});
}

void future_init(FutureObject* f, const Value& loop) {
    f->loop = (loop.is_null() || is_none(loop)) ? get_event_loop_for_future() : loop;
    f->id = tl_registry.next_id++;
    if (loop_debug(f->loop)) f->source_traceback = extract_stack_here();
    if (AioObserver* o = observer()) o->on_future_created(f->id);
}

Value fut_tp_new(Type* t, CallArgs&) {
    return make<FutureObject>(t);
}
void fut_tp_init(const Value& self, CallArgs& a) {
    Value out[1];
    if (a.nargs) raise_type_error("Future() takes no positional arguments");
    parse_args(a, "Future", {"loop"}, 0, out);
    future_init(fut_of(self), out[0]);
}

Value m_result(CallArgs& a) {
    FutureObject* f = fut_of(a.args[0]);
    if (f->state == FutState::Cancelled) raise(make_cancelled_error(f));
    if (f->state != FutState::Finished) invalid_state("Result is not set.");
    f->log_traceback = false;
    if (!f->exception.is_null()) {
        // The traceback saved by set_exception goes with the first raise only; later ones start
        // afresh (CPython 3.11's C Future clears it once used).
        as_exc(f->exception)->traceback = std::move(f->exception_tb);
        f->exception_tb = Value();
        raise(f->exception);
    }
    return f->result;
}

Value m_exception(CallArgs& a) {
    FutureObject* f = fut_of(a.args[0]);
    if (f->state == FutState::Cancelled) raise(make_cancelled_error(f));
    if (f->state != FutState::Finished) invalid_state("Exception is not set.");
    f->log_traceback = false;
    return f->exception.is_null() ? none() : f->exception;
}

Value m_set_result(CallArgs& a) {
    check_nargs(a, "set_result", 2, 2);
    if (is_task(a.args[0])) raise_runtime_error("Task does not support set_result operation");
    future_set_result(fut_of(a.args[0]), a.args[1]);
    return none();
}

Value m_set_exception(CallArgs& a) {
    check_nargs(a, "set_exception", 2, 2);
    if (is_task(a.args[0])) raise_runtime_error("Task does not support set_exception operation");
    future_set_exception(fut_of(a.args[0]), a.args[1]);
    return none();
}

Value m_add_done_callback(CallArgs& a) {
    Value out[3];
    parse_args(a, "add_done_callback", {"self", "fn", "context"}, 2, out);
    future_add_done_callback(fut_of(a.args[0]), out[1], out[2]);
    return none();
}

Value m_remove_done_callback(CallArgs& a) {
    check_nargs(a, "remove_done_callback", 2, 2);
    FutureObject* f = fut_of(a.args[0]);
    size_t before = f->callbacks.size();
    std::vector<std::pair<Value, Value>> keep;
    for (auto& cb : f->callbacks)
        if (!equals(cb.first, a.args[1])) keep.push_back(cb);
    f->callbacks = std::move(keep);
    return new_int(static_cast<int64_t>(before - f->callbacks.size()));
}

Value m_cancel(CallArgs& a) {
    Value out[2];
    parse_args(a, "cancel", {"self", "msg"}, 1, out);
    FutureObject* f = fut_of(a.args[0]);
    if (is_task(a.args[0])) return py_bool(task_cancel(static_cast<TaskObject*>(f), out[1]));
    return py_bool(future_cancel(f, out[1]));
}

Value m_cancelled(CallArgs& a) {
    return py_bool(fut_of(a.args[0])->state == FutState::Cancelled);
}
Value m_done(CallArgs& a) {
    return py_bool(fut_of(a.args[0])->state != FutState::Pending);
}
Value m_get_loop(CallArgs& a) {
    return fut_of(a.args[0])->loop;
}
Value m_make_cancelled_error(CallArgs& a) {
    return make_cancelled_error(fut_of(a.args[0]));
}

Value m_await(CallArgs& a) {
    return make<FutureIter>(future_iter_type, a.args[0]);
}

Value fut_repr(const Value& v) {
    return call(import_attr("asyncio.base_futures", "_future_repr"), {v});
}

Value get_state(const Value& v) {
    return new_str(future_state_name(fut_of(v)->state));
}
Value get_loop_attr(const Value& v) {
    return fut_of(v)->loop.is_null() ? none() : fut_of(v)->loop;
}
Value get_callbacks(const Value& v) {
    FutureObject* f = fut_of(v);
    if (f->callbacks.empty()) return none();
    std::vector<Value> items;
    for (auto& [fn, ctx] : f->callbacks)
        items.push_back(new_tuple({fn, ctx.is_null() ? none() : ctx}));
    return new_list(std::move(items));
}
Value get_result_attr(const Value& v) {
    return fut_of(v)->result.is_null() ? none() : fut_of(v)->result;
}
Value get_exception_attr(const Value& v) {
    return fut_of(v)->exception.is_null() ? none() : fut_of(v)->exception;
}
Value get_source_tb(const Value& v) {
    return fut_of(v)->source_traceback.is_null() ? none() : fut_of(v)->source_traceback;
}
Value get_blocking(const Value& v) {
    return py_bool(fut_of(v)->blocking);
}
void set_blocking(const Value& v, const Value& b) {
    fut_of(v)->blocking = truthy(b);
}
Value get_log_tb(const Value& v) {
    return py_bool(fut_of(v)->log_traceback);
}
void set_log_tb(const Value& v, const Value& b) {
    if (truthy(b)) raise_value_error("_log_traceback can only be set to False");
    fut_of(v)->log_traceback = false;
}
Value get_cancel_message(const Value& v) {
    return fut_of(v)->cancel_message.is_null() ? none() : fut_of(v)->cancel_message;
}
void set_cancel_message(const Value& v, const Value& m) {
    fut_of(v)->cancel_message = m;
}
Value* fut_dict(const Value& v) {
    return &fut_of(v)->dict;
}

void fut_finalize(Object* o) {
    auto* f = static_cast<FutureObject*>(o);
    Value self = Value::borrow(o);
    Interp& I = interp();
    try {
        if (o->type->is_subtype(task_type)) {
            auto* t = static_cast<TaskObject*>(f);
            if (t->state == FutState::Pending && t->log_destroy_pending) {
                Value ctx = new_dict();
                as_dict(ctx)->set_str(intern("message"),
                                      new_str("Task was destroyed but it is pending!"));
                as_dict(ctx)->set_str(intern("task"), self);
                if (!f->source_traceback.is_null())
                    as_dict(ctx)->set_str(intern("source_traceback"), f->source_traceback);
                call_method(f->loop, intern("call_exception_handler"), {ctx});
            }
        }
        if (!f->log_traceback || f->exception.is_null()) return;
        f->log_traceback = false;
        Value ctx = new_dict();
        as_dict(ctx)->set_str(intern("message"),
                              new_str(o->type->name + " exception was never retrieved"));
        as_dict(ctx)->set_str(intern("exception"), f->exception);
        as_dict(ctx)->set_str(intern("future"), self);
        if (!f->source_traceback.is_null())
            as_dict(ctx)->set_str(intern("source_traceback"), f->source_traceback);
        call_method(f->loop, intern("call_exception_handler"), {ctx});
    } catch (PyError& e) {
        I.write_unraisable(e.exc, self);
    }
}

// ---- Future.__await__ iterator --------------------------------------------------------------

GenResult future_iter_send(const Value& it, const Value&) {
    auto* fi = it.as<FutureIter>();
    if (fi->future.is_null()) return GenResult{GenStatus::Returned, none()};
    FutureObject* f = fut_of(fi->future);
    if (f->state == FutState::Pending) {
        if (!f->blocking) {
            f->blocking = true;
            return GenResult{GenStatus::Yielded, fi->future};
        }
        raise_runtime_error("await wasn't used with future");
    }
    Value fut = std::move(fi->future);
    fi->future = Value();
    CallArgs a;
    a.args = &fut;
    a.nargs = 1;
    return GenResult{GenStatus::Returned, m_result(a)};
}

Value future_iter_next(const Value& it) {
    GenResult r = future_iter_send(it, none());
    if (r.status == GenStatus::Yielded) return r.value;
    raise_stop_iteration(r.value);
}

Value m_fi_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    GenResult r = future_iter_send(a.args[0], a.args[1]);
    if (r.status == GenStatus::Yielded) return r.value;
    raise_stop_iteration(r.value);
}

Value m_fi_throw(CallArgs& a) {
    if (a.nargs < 2) raise_type_error("throw expected at least 1 argument, got 0");
    Value e = a.args[1];
    if (is_exception_class(e))
        e = call(e, a.nargs > 2 && !is_none(a.args[2]) ? std::initializer_list<Value>{a.args[2]}
                                                       : std::initializer_list<Value>{});
    if (!is_exception_instance(e))
        raise_type_error(
            "exceptions must be classes deriving BaseException or instances of such a class");
    a.args[0].as<FutureIter>()->future = Value();
    raise(e);
}

Value m_fi_close(CallArgs& a) {
    a.args[0].as<FutureIter>()->future = Value();
    return none();
}

Value self_iter(const Value& v) {
    return v;
}

} // namespace

// ---- shared operations --------------------------------------------------------------------------

const char* future_state_name(FutState s) {
    switch (s) {
    case FutState::Pending: return "PENDING";
    case FutState::Cancelled: return "CANCELLED";
    case FutState::Finished: return "FINISHED";
    }
    return "PENDING";
}

bool is_future(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type()->is_subtype(future_type);
}
bool is_task(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type()->is_subtype(task_type);
}

FutureObject::~FutureObject() = default;

namespace {
void task_destroyed(Object* o);
}

Value future_new(const Value& loop) {
    Value v = make<FutureObject>(future_type);
    future_init(fut_of(v), loop);
    return v;
}

void future_set_result(FutureObject* f, const Value& result) {
    if (f->state != FutState::Pending)
        invalid_state("invalid state"); // the C Future's words (futures.py's differ)
    f->result = result;
    f->state = FutState::Finished;
    notify_done(f);
    schedule_callbacks(f);
}

void future_set_exception(FutureObject* f, const Value& exc_in) {
    if (f->state != FutState::Pending)
        invalid_state("invalid state"); // the C Future's words (futures.py's differ)
    Value exc = exc_in;
    if (is_exception_class(exc)) exc = call(exc, {});
    if (!is_exception_instance(exc)) raise_type_error("invalid exception object");
    if (exc.type() == StopIteration_type)
        raise_type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future");
    f->exception = exc;
    f->exception_tb = as_exc(exc)->traceback;
    f->state = FutState::Finished;
    notify_done(f);
    schedule_callbacks(f);
    f->log_traceback = true;
}

bool future_cancel(FutureObject* f, const Value& msg) {
    f->log_traceback = false;
    if (f->state != FutState::Pending) return false;
    f->state = FutState::Cancelled;
    f->cancel_message = msg.is_null() ? none() : msg;
    notify_done(f);
    schedule_callbacks(f);
    return true;
}

void future_add_done_callback(FutureObject* f, const Value& fn, const Value& context) {
    if (f->state != FutState::Pending) {
        call_loop_soon(f->loop, fn, Value::borrow(f), context);
        return;
    }
    f->callbacks.emplace_back(fn, context.is_null() ? none() : context);
}

// ---- Task --------------------------------------------------------------------------------------

namespace {

TaskObject* task_of(const Value& v) {
    return v.as<TaskObject>();
}

void notify_task_state(TaskObject* t, const char* state, const Value& waiting_on = Value()) {
    if (AioObserver* o = observer()) o->on_task_state(t->id, state, waiting_on, Value::borrow(t));
}

void task_call_step_soon(TaskObject* t, const Value& arg) {
    Value w = make<TaskStepWrapper>(task_step_wrapper_type, Value::borrow(t), arg);
    Value m = getattr(t->loop, intern("call_soon"));
    Value args[] = {w, t->context.is_null() ? none() : t->context};
    Value kw = new_tuple({interned("context")});
    CallArgs a;
    a.args = args;
    a.nargs = 1;
    a.kwnames = as_tuple(kw);
    call(m, a);
    notify_task_state(t, "ready");
}

void task_set_error_soon(TaskObject* t, const std::string& msg) {
    Value e = new_exception(RuntimeError_type, msg);
    task_call_step_soon(t, e);
}

void enter_task(const Value& loop, TaskObject* t) {
    auto& cur = tl_registry.current;
    auto it = cur.find(loop.obj());
    if (it != cur.end() && !it->second.is_null())
        raise_runtime_error("Cannot enter into task " + repr_utf8(Value::borrow(t)) +
                            " while another task " + repr_utf8(it->second) + " is being executed.");
    cur[loop.obj()] = Value::borrow(t);
}

void leave_task(const Value& loop, TaskObject* t) {
    auto& cur = tl_registry.current;
    auto it = cur.find(loop.obj());
    if (it == cur.end() || !it->second.is(t))
        raise_runtime_error("Leaving task " + repr_utf8(Value::borrow(t)) +
                            " does not match the current task " +
                            (it == cur.end() ? std::string("None") : repr_utf8(it->second)) + ".");
    cur.erase(it);
}

// Called when the coroutine yielded `result`: what the task waits on next.
void task_handle_yield(TaskObject* t, const Value& result) {
    if (result.is(t)) {
        task_set_error_soon(t, "Task cannot await on itself: " + repr_utf8(Value::borrow(t)));
        return;
    }
    if (is_none(result)) {
        // A bare yield gives up control for one loop iteration.
        task_call_step_soon(t, Value());
        return;
    }
    bool native = is_future(result) && (result.type() == future_type || result.type() == task_type);
    Value blocking_attr;
    if (!native) {
        blocking_attr = getattr_opt(result, intern("_asyncio_future_blocking"));
        if (blocking_attr.is_null() || is_none(blocking_attr)) {
            if (result.type() == generator_type) {
                task_set_error_soon(t,
                                    "yield was used instead of yield from for generator in task " +
                                        repr_utf8(Value::borrow(t)) + " with " + repr_utf8(result));
                return;
            }
            task_set_error_soon(t, "Task got bad yield: " + repr_utf8(result));
            return;
        }
    }
    Value oloop = native ? fut_of(result)->loop : call_method(result, intern("get_loop"), {});
    if (!oloop.is(t->loop)) {
        task_set_error_soon(t, "Task " + repr_utf8(Value::borrow(t)) + " got Future " +
                                   repr_utf8(result) + " attached to a different loop");
        return;
    }
    bool blocking = native ? fut_of(result)->blocking : truthy(blocking_attr);
    if (!blocking) {
        task_set_error_soon(t, "yield was used instead of yield from in task " +
                                   repr_utf8(Value::borrow(t)) + " with " + repr_utf8(result));
        return;
    }
    Value wakeup = make<TaskWakeup>(task_wakeup_type, Value::borrow(t));
    if (native) {
        fut_of(result)->blocking = false;
        future_add_done_callback(fut_of(result), wakeup, t->context);
    } else {
        setattr(result, intern("_asyncio_future_blocking"), py_bool(false));
        Value add = getattr(result, intern("add_done_callback"));
        Value args[] = {wakeup, t->context.is_null() ? none() : t->context};
        Value kw = new_tuple({interned("context")});
        CallArgs a;
        a.args = args;
        a.nargs = 1;
        a.kwnames = as_tuple(kw);
        call(add, a);
    }
    t->fut_waiter = result;
    notify_task_state(t, "waiting", result);
    if (t->must_cancel) {
        Value r = call_method(result, intern("cancel"),
                              {t->cancel_msg.is_null() ? none() : t->cancel_msg});
        if (truthy(r)) t->must_cancel = false;
    }
}

void task_step_impl(TaskObject* t, Value exc) {
    if (t->state != FutState::Pending)
        invalid_state("_step(): already done: " + repr_utf8(Value::borrow(t)) + " " +
                      (exc.is_null() ? std::string("None") : repr_utf8(exc)));
    if (t->must_cancel) {
        if (exc.is_null() || !exc_matches(exc, CancelledError_type))
            exc = t->cancel_msg.is_null() || is_none(t->cancel_msg)
                      ? new_exception(CancelledError_type, {})
                      : new_exception(CancelledError_type, {t->cancel_msg});
        t->must_cancel = false;
    }
    t->fut_waiter = Value();
    notify_task_state(t, "running");
    Value coro = t->coro;
    GenResult r;
    bool raised = false;
    Value raised_exc;
    try {
        if (exc.is_null()) {
            if (coro.type() == coroutine_type)
                r = gen_send(coro.as<GeneratorObject>(), none());
            else
                r = iter_send(coro, none());
        } else {
            if (coro.type() == coroutine_type) {
                r = gen_throw(coro.as<GeneratorObject>(), exc);
            } else {
                try {
                    Value y = call_method(coro, intern("throw"), {exc});
                    r = GenResult{GenStatus::Yielded, y};
                } catch (PyError& e) {
                    if (!exc_matches(e.exc, StopIteration_type)) throw;
                    r = GenResult{GenStatus::Returned, stop_iteration_value(e.exc)};
                }
            }
        }
    } catch (PyError& e) {
        raised = true;
        raised_exc = e.exc;
    }
    if (!raised && r.status == GenStatus::Returned) {
        if (t->must_cancel) {
            // Cancelled right before the coroutine finished.
            t->must_cancel = false;
            future_cancel(t, t->cancel_msg);
            notify_task_state(t, "cancelled");
        } else {
            future_set_result(t, r.value.is_null() ? none() : r.value);
            notify_task_state(t, "done");
        }
        return;
    }
    if (raised) {
        if (exc_matches(raised_exc, CancelledError_type)) {
            t->cancelled_exc = raised_exc;
            future_cancel(t, Value());
            notify_task_state(t, "cancelled");
            return;
        }
        future_set_exception(t, raised_exc);
        notify_task_state(t, "failed");
        if (exc_matches(raised_exc, KeyboardInterrupt_type) ||
            exc_matches(raised_exc, SystemExit_type))
            throw PyError(raised_exc);
        return;
    }
    task_handle_yield(t, r.value);
}

void task_step(TaskObject* t, const Value& exc) {
    enter_task(t->loop, t);
    try {
        task_step_impl(t, exc);
    } catch (PyError&) {
        try {
            leave_task(t->loop, t);
        } catch (PyError&) {
        }
        throw;
    }
    leave_task(t->loop, t);
}

void task_wakeup(TaskObject* t, const Value& fut) {
    if (fut.type() == future_type || fut.type() == task_type) {
        FutureObject* f = fut_of(fut);
        if (f->state == FutState::Cancelled) {
            task_step(t, make_cancelled_error(f));
            return;
        }
        if (!f->exception.is_null()) {
            f->log_traceback = false;
            Value e = f->exception;
            as_exc(e)->traceback = std::move(f->exception_tb);
            f->exception_tb = Value();
            task_step(t, e);
            return;
        }
        task_step(t, Value());
        return;
    }
    try {
        call_method(fut, intern("result"), {});
    } catch (PyError& e) {
        task_step(t, e.exc);
        return;
    }
    task_step(t, Value());
}

Value task_tp_new(Type* t, CallArgs&) {
    return make<TaskObject>(t);
}

void task_tp_init(const Value& self, CallArgs& a) {
    Value out[4];
    if (a.nargs > 1)
        raise_type_error(fmt("Task() takes at most 1 positional argument (%zu given)", a.nargs));
    parse_args(a, "Task", {"coro", "loop", "name", "context"}, 1, out);
    TaskObject* t = task_of(self);
    future_init(t, out[1]);
    const Value& coro = out[0];
    bool is_coro =
        coro.type() == coroutine_type ||
        (!coro.is_null() && truthy(call(import_attr("asyncio.coroutines", "iscoroutine"), {coro})));
    if (!is_coro) {
        t->log_destroy_pending = false;
        raise_type_error("a coroutine was expected, got " + repr_utf8(coro));
    }
    t->context = out[3].is_null() || is_none(out[3]) ? none() : out[3];
    t->coro = coro;
    if (out[2].is_null() || is_none(out[2]))
        t->name = new_str("Task-" + std::to_string(++tl_registry.name_counter));
    else
        t->name = is_str(out[2]) ? out[2] : str(out[2]);
    tl_registry.all.push_back(t);
    if (AioObserver* o = observer()) {
        Value parent = current_task_for(t->loop);
        o->on_task_created(t->id, as_str(t->name)->s, coro,
                           parent.is_null() ? 0 : fut_of(parent)->id);
    }
    task_call_step_soon(t, Value());
}

bool task_cancel_impl(TaskObject* t, const Value& msg) {
    t->log_traceback = false;
    if (t->state != FutState::Pending) return false;
    t->num_cancels_requested += 1;
    if (!t->fut_waiter.is_null()) {
        Value r = call_method(t->fut_waiter, intern("cancel"), {msg.is_null() ? none() : msg});
        if (truthy(r)) return true;
    }
    t->must_cancel = true;
    t->cancel_msg = msg.is_null() ? none() : msg;
    return true;
}

Value m_task_get_coro(CallArgs& a) {
    return task_of(a.args[0])->coro;
}
Value m_task_get_name(CallArgs& a) {
    return task_of(a.args[0])->name;
}
Value m_task_set_name(CallArgs& a) {
    check_nargs(a, "set_name", 2, 2);
    task_of(a.args[0])->name = is_str(a.args[1]) ? a.args[1] : str(a.args[1]);
    return none();
}
Value m_task_cancelling(CallArgs& a) {
    return new_int(task_of(a.args[0])->num_cancels_requested);
}
Value m_task_uncancel(CallArgs& a) {
    TaskObject* t = task_of(a.args[0]);
    if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
    return new_int(t->num_cancels_requested);
}
Value m_task_get_context(CallArgs& a) {
    return task_of(a.args[0])->context;
}
Value m_task_get_stack(CallArgs& a) {
    Value out[2];
    parse_args(a, "get_stack", {"self", "limit"}, 1, out);
    return call(import_attr("asyncio.base_tasks", "_task_get_stack"),
                {a.args[0], out[1].is_null() ? none() : out[1]});
}
Value m_task_print_stack(CallArgs& a) {
    Value out[3];
    parse_args(a, "print_stack", {"self", "limit", "file"}, 1, out);
    return call(
        import_attr("asyncio.base_tasks", "_task_print_stack"),
        {a.args[0], out[1].is_null() ? none() : out[1], out[2].is_null() ? none() : out[2]});
}
Value task_repr(const Value& v) {
    return call(import_attr("asyncio.base_tasks", "_task_repr"), {v});
}
Value get_coro_attr(const Value& v) {
    return task_of(v)->coro;
}
Value get_fut_waiter(const Value& v) {
    return task_of(v)->fut_waiter.is_null() ? none() : task_of(v)->fut_waiter;
}
Value get_must_cancel(const Value& v) {
    return py_bool(task_of(v)->must_cancel);
}
Value get_log_destroy_pending(const Value& v) {
    return py_bool(task_of(v)->log_destroy_pending);
}
void set_log_destroy_pending(const Value& v, const Value& b) {
    task_of(v)->log_destroy_pending = truthy(b);
}

// The callbacks the loop runs for a task.
Value step_call(const Value& w, CallArgs&) {
    auto* s = w.as<TaskStepWrapper>();
    task_step(task_of(s->task), s->arg);
    return none();
}
Value wakeup_call(const Value& w, CallArgs& a) {
    if (a.nargs != 1) raise_type_error("task_wakeup() takes exactly one argument");
    task_wakeup(task_of(w.as<TaskWakeup>()->task), a.args[0]);
    return none();
}
Value wakeup_getattr(const Value& w, StrObject* name) {
    if (name->s == "__qualname__") return new_str("Task.task_wakeup");
    if (name->s == "__name__") return new_str("task_wakeup");
    if (name->s == "__self__") return w.as<TaskWakeup>()->task;
    return generic_getattr(w, name);
}
Value wakeup_repr(const Value& w) {
    return new_str(
        "<built-in method task_wakeup of " + type_name(w.as<TaskWakeup>()->task) + " object at 0x" +
        fmt("%llx", static_cast<unsigned long long>(object_id(w.as<TaskWakeup>()->task.obj()))) +
        ">");
}
Value wakeup_richcmp(const Value& a, const Value& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != task_wakeup_type)
        return not_implemented();
    bool eq = a.as<TaskWakeup>()->task.is(b.as<TaskWakeup>()->task);
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}
Value step_getattr(const Value& w, StrObject* name) {
    if (name->s == "__self__") return w.as<TaskStepWrapper>()->task;
    return generic_getattr(w, name);
}

void task_destroyed(Object* o) {
    auto& all = tl_registry.all;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i] == o) {
            all.erase(all.begin() + static_cast<long>(i));
            break;
        }
    }
}

} // namespace

bool task_cancel(TaskObject* t, const Value& msg) {
    return task_cancel_impl(t, msg);
}

// Tasks are weakly registered (asyncio.all_tasks): gone when destroyed.
TaskObject::~TaskObject() {
    task_destroyed(this);
}

Value task_new(const Value& coro, const Value& loop, const Value& name, const Value& context) {
    Value v = make<TaskObject>(task_type);
    Value args[] = {coro, loop, name.is_null() ? none() : name,
                    context.is_null() ? none() : context};
    Value kw = new_tuple({interned("loop"), interned("name"), interned("context")});
    CallArgs a;
    a.args = args;
    a.nargs = 1;
    a.kwnames = as_tuple(kw);
    task_tp_init(v, a);
    return v;
}

std::string task_name(const Value& v) {
    if (!is_task(v)) return "";
    return str_utf8(task_of(v)->name);
}

uint64_t task_id(const Value& v) {
    return is_future(v) ? fut_of(v)->id : 0;
}

Value current_task_for(const Value& loop) {
    auto it = tl_registry.current.find(loop.obj());
    return it == tl_registry.current.end() ? Value() : it->second;
}

Value all_tasks_list() {
    std::vector<Value> items;
    for (TaskObject* t : tl_registry.all) items.push_back(Value::borrow(t));
    return new_list(std::move(items));
}

void register_task_native(const Value& t) {
    if (!is_task(t)) return;
    auto& all = tl_registry.all;
    for (TaskObject* x : all)
        if (x == t.obj()) return;
    all.push_back(task_of(t));
}

void unregister_task_native(const Value& t) {
    task_destroyed(t.obj());
}

void enter_task_native(const Value& loop, const Value& t) {
    enter_task(loop, task_of(t));
}
void leave_task_native(const Value& loop, const Value& t) {
    leave_task(loop, task_of(t));
}

// What the recorder and --trace print for a task step / wakeup callback.
std::string task_callback_label(const Value& cb) {
    if (cb.type() == task_step_wrapper_type)
        return task_name(cb.as<TaskStepWrapper>()->task) + ".__step";
    if (cb.type() == task_wakeup_type) return task_name(cb.as<TaskWakeup>()->task) + ".__wakeup";
    return "";
}

Value task_of_callback(const Value& cb) {
    if (cb.type() == task_step_wrapper_type) return cb.as<TaskStepWrapper>()->task;
    if (cb.type() == task_wakeup_type) return cb.as<TaskWakeup>()->task;
    return Value();
}

void reset_task_registry() {
    tl_registry = Registry();
}

void init_future_types() {
    CancelledError_type =
        new_builtin_type("CancelledError", BaseException_type, kTypeBase | kTypeException);
    CancelledError_type->module = "asyncio.exceptions";
    InvalidStateError_type =
        new_builtin_type("InvalidStateError", Exception_type, kTypeBase | kTypeException);
    InvalidStateError_type->module = "asyncio.exceptions";

    future_type = new_builtin_type("Future", object_type, kTypeBase);
    future_type->module = "_asyncio";
    future_type->tp_new = fut_tp_new;
    future_type->tp_init = fut_tp_init;
    future_type->repr = fut_repr;
    future_type->finalize = fut_finalize;
    future_type->dict_offset_fn = fut_dict;
    add_method(future_type, "result", m_result);
    add_method(future_type, "exception", m_exception);
    add_method(future_type, "set_result", m_set_result);
    add_method(future_type, "set_exception", m_set_exception);
    add_method(future_type, "add_done_callback", m_add_done_callback);
    add_method(future_type, "remove_done_callback", m_remove_done_callback);
    add_method(future_type, "cancel", m_cancel);
    add_method(future_type, "cancelled", m_cancelled);
    add_method(future_type, "done", m_done);
    add_method(future_type, "get_loop", m_get_loop);
    add_method(future_type, "_make_cancelled_error", m_make_cancelled_error);
    add_method(future_type, "__await__", m_await);
    add_method(future_type, "__iter__", m_await);
    add_getter(future_type, "_state", get_state);
    add_getter(future_type, "_loop", get_loop_attr);
    add_getter(future_type, "_callbacks", get_callbacks);
    add_getter(future_type, "_result", get_result_attr);
    add_getter(future_type, "_exception", get_exception_attr);
    add_getter(future_type, "_source_traceback", get_source_tb);
    add_getset(future_type, "_asyncio_future_blocking", get_blocking, set_blocking);
    add_getset(future_type, "_log_traceback", get_log_tb, set_log_tb);
    add_getset(future_type, "_cancel_message", get_cancel_message, set_cancel_message);
    // __init__ and __repr__ as methods, so a Python subclass's super().__init__(loop=...) works.
    add_slot_wrappers(future_type);

    future_iter_type = new_builtin_type("FutureIter", object_type, 0);
    future_iter_type->module = "_asyncio";
    future_iter_type->tp_new = nullptr;
    future_iter_type->iter = self_iter;
    future_iter_type->next = future_iter_next;
    future_iter_type->send = future_iter_send;
    add_method(future_iter_type, "send", m_fi_send);
    add_method(future_iter_type, "throw", m_fi_throw);
    add_method(future_iter_type, "close", m_fi_close);

    task_type = new_builtin_type("Task", future_type, kTypeBase);
    task_type->module = "_asyncio";
    task_type->tp_new = task_tp_new;
    task_type->tp_init = task_tp_init;
    task_type->repr = task_repr;
    add_method(task_type, "get_coro", m_task_get_coro);
    add_method(task_type, "get_name", m_task_get_name);
    add_method(task_type, "set_name", m_task_set_name);
    add_method(task_type, "cancelling", m_task_cancelling);
    add_method(task_type, "uncancel", m_task_uncancel);
    add_method(task_type, "get_context", m_task_get_context);
    add_method(task_type, "get_stack", m_task_get_stack);
    add_method(task_type, "print_stack", m_task_print_stack);
    add_getter(task_type, "_coro", get_coro_attr);
    add_getter(task_type, "_fut_waiter", get_fut_waiter);
    add_getter(task_type, "_must_cancel", get_must_cancel);
    add_getset(task_type, "_log_destroy_pending", get_log_destroy_pending, set_log_destroy_pending);
    add_slot_wrappers(task_type);

    task_step_wrapper_type = new_builtin_type("TaskStepMethWrapper", object_type, 0);
    task_step_wrapper_type->tp_new = nullptr;
    task_step_wrapper_type->call = step_call;
    task_step_wrapper_type->getattr = step_getattr;

    task_wakeup_type = new_builtin_type("builtin_function_or_method", object_type, 0);
    task_wakeup_type->tp_new = nullptr;
    task_wakeup_type->call = wakeup_call;
    task_wakeup_type->getattr = wakeup_getattr;
    task_wakeup_type->repr = wakeup_repr;
    task_wakeup_type->richcmp = wakeup_richcmp;

    // __init__, __repr__, __iter__... in the types' dicts, for super().__init__() in subclasses
    // (_GatheringFuture) and for introspection.
    for (Type* t : {future_type, task_type, future_iter_type}) add_slot_wrappers(t);
}

void task_type_destructor_hook(Object* o) {
    task_destroyed(o);
}

} // namespace loopstep::aio
