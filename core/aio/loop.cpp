// Handle, TimerHandle and the event loop core; see loop.h. _run_once follows CPython 3.11's
// BaseEventLoop._run_once line by line: purge cancelled timers, compute the select timeout,
// "select" (in virtual time: the clock moves to the next timer unless a thread wakes the loop
// through its self-pipe first), move due timers to the ready deque in heap order, then run
// exactly the callbacks that were ready at that point.
#include "core/aio/loop.h"

#include "core/aio/future.h"
#include "core/aio/threads.h"
#include "core/py/dict.h"
#include "core/py/container_util.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/generator.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>

namespace loopstep::aio {

using namespace py;

Type *handle_type, *timer_handle_type, *loop_core_type;

Value task_of_callback(const Value& cb); // future.cpp
uint64_t task_id(const Value& v);        // future.cpp

namespace {

constexpr double kClockResolution = 1e-09;
constexpr double kMaximumSelectTimeout = 24 * 3600;
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;

thread_local uint64_t tl_next_handle_id = 1;
thread_local AioObserver* tl_observer = nullptr;

HandleObject* handle_of(const Value& v) { return v.as<HandleObject>(); }
LoopObject* loop_of(const Value& v) { return v.as<LoopObject>(); }

Value import_attr(const char* module, const char* name) {
    return getattr(interp().import_module(module), name);
}

Value extract_stack_here() {
    std::vector<Value> frames;
    for (Frame* f = interp().thread().frame; f; f = f->back) {
        int line = f->code->line_at(f->lasti);
        int shown = f->code->source ? f->code->source->report(line) : line;
        std::string text = f->code->source ? std::string(f->code->source->line(line)) : "";
        size_t b = text.find_first_not_of(" \t");
        text = b == std::string::npos ? "" : text.substr(b);
        frames.push_back(new_tuple({new_str(f->code->filename()), new_int(shown), new_str(f->code->name),
                                    new_str(text)}));
    }
    return new_list(std::vector<Value>(frames.rbegin(), frames.rend()));
}

// ---- heapq, exactly -------------------------------------------------------------------------

bool timer_lt(const Value& a, const Value& b) { return handle_of(a)->when < handle_of(b)->when; }

void siftdown(std::vector<Value>& heap, size_t startpos, size_t pos) {
    Value newitem = std::move(heap[pos]);
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        if (timer_lt(newitem, heap[parentpos])) {
            heap[pos] = std::move(heap[parentpos]);
            pos = parentpos;
            continue;
        }
        break;
    }
    heap[pos] = std::move(newitem);
}

void siftup(std::vector<Value>& heap, size_t pos) {
    size_t endpos = heap.size();
    size_t startpos = pos;
    Value newitem = std::move(heap[pos]);
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        size_t rightpos = childpos + 1;
        if (rightpos < endpos && !timer_lt(heap[childpos], heap[rightpos])) childpos = rightpos;
        heap[pos] = std::move(heap[childpos]);
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap[pos] = std::move(newitem);
    siftdown(heap, startpos, pos);
}

void heappush(std::vector<Value>& heap, Value item) {
    heap.push_back(std::move(item));
    siftdown(heap, 0, heap.size() - 1);
}

Value heappop(std::vector<Value>& heap) {
    Value last = std::move(heap.back());
    heap.pop_back();
    if (heap.empty()) return last;
    Value ret = std::move(heap[0]);
    heap[0] = std::move(last);
    siftup(heap, 0);
    return ret;
}

void heapify(std::vector<Value>& heap) {
    for (size_t i = heap.size() / 2; i-- > 0;) siftup(heap, i);
}

// ---- Handle ---------------------------------------------------------------------------------

bool loop_is_debug(const Value& loop) {
    if (loop.type()->is_subtype(loop_core_type)) return loop_of(loop)->debug;
    return truthy(call_method(loop, intern("get_debug"), {}));
}

void handle_init(HandleObject* h, const Value& callback, const Value& args, const Value& loop,
                 const Value& context) {
    h->callback = callback;
    h->args = args.is_null() ? empty_tuple() : args;
    h->loop = loop;
    h->context = context.is_null() ? none() : context;
    h->id = tl_next_handle_id++;
    if (loop_is_debug(loop)) h->source_traceback = extract_stack_here();
}

Value handle_tp_new(Type* t, CallArgs&) { return make<HandleObject>(t); }
void handle_tp_init(const Value& self, CallArgs& a) {
    Value out[4];
    parse_args(a, "Handle", {"callback", "args", "loop", "context"}, 3, out);
    handle_init(handle_of(self), out[0], out[1], out[2], out[3]);
}
void timer_tp_init(const Value& self, CallArgs& a) {
    Value out[5];
    parse_args(a, "TimerHandle", {"when", "callback", "args", "loop", "context"}, 4, out);
    HandleObject* h = handle_of(self);
    handle_init(h, out[1], out[2], out[3], out[4]);
    h->is_timer = true;
    h->when = to_double(out[0]);
}

Value handle_repr(const Value& v) {
    HandleObject* h = handle_of(v);
    if (!h->repr_cache.is_null()) return h->repr_cache;
    Value info = call(import_attr("asyncio.events", "_handle_repr_info"), {v});
    return new_str("<" + as_str(call_method(new_str(" "), intern("join"), {info}))->s + ">");
}

void handle_cancel(HandleObject* h) {
    if (h->cancelled) return;
    if (h->is_timer && h->scheduled && h->loop.type()->is_subtype(loop_core_type))
        loop_of(h->loop)->timer_cancelled_count += 1;
    else if (h->is_timer && !h->loop.type()->is_subtype(loop_core_type))
        call_method(h->loop, intern("_timer_handle_cancelled"), {Value::borrow(h)});
    h->cancelled = true;
    if (loop_is_debug(h->loop)) h->repr_cache = handle_repr(Value::borrow(h));
    h->callback = Value();
    h->args = Value();
    if (AioObserver* o = observer()) o->on_handle_cancelled(h->id);
}

Value m_handle_cancel(CallArgs& a) {
    handle_cancel(handle_of(a.args[0]));
    return none();
}
Value m_handle_cancelled(CallArgs& a) { return py_bool(handle_of(a.args[0])->cancelled); }
Value m_handle_when(CallArgs& a) { return new_float(handle_of(a.args[0])->when); }

// Handle._run: exceptions other than SystemExit and KeyboardInterrupt go to the loop's
// exception handler, as "Exception in callback ...".
void handle_run(HandleObject* h) {
    Value cb = h->callback;
    Value args = h->args;
    try {
        TupleObject* t = as_tuple(args);
        CallArgs a;
        a.args = t->items();
        a.nargs = t->n;
        call(cb, a);
    } catch (PyError& e) {
        if (exc_matches(e.exc, SystemExit_type) || exc_matches(e.exc, KeyboardInterrupt_type)) throw;
        Value src = call(import_attr("asyncio.format_helpers", "_format_callback_source"), {cb, args});
        Value ctx = new_dict();
        as_dict(ctx)->set_str(intern("message"), new_str("Exception in callback " + as_str(src)->s));
        as_dict(ctx)->set_str(intern("exception"), e.exc);
        as_dict(ctx)->set_str(intern("handle"), Value::borrow(h));
        if (!h->source_traceback.is_null() && truthy(h->source_traceback))
            as_dict(ctx)->set_str(intern("source_traceback"), h->source_traceback);
        call_method(h->loop, intern("call_exception_handler"), {ctx});
    }
}

Value m_handle_run(CallArgs& a) {
    handle_run(handle_of(a.args[0]));
    return none();
}

Value h_get_callback(const Value& v) { return handle_of(v)->callback.is_null() ? none() : handle_of(v)->callback; }
Value h_get_args(const Value& v) { return handle_of(v)->args.is_null() ? none() : handle_of(v)->args; }
Value h_get_cancelled(const Value& v) { return py_bool(handle_of(v)->cancelled); }
Value h_get_loop(const Value& v) { return handle_of(v)->loop; }
Value h_get_context(const Value& v) { return handle_of(v)->context; }
Value h_get_source_tb(const Value& v) {
    return handle_of(v)->source_traceback.is_null() ? none() : handle_of(v)->source_traceback;
}
void h_set_source_tb(const Value& v, const Value& s) { handle_of(v)->source_traceback = is_none(s) ? Value() : s; }
Value h_get_repr(const Value& v) { return handle_of(v)->repr_cache.is_null() ? none() : handle_of(v)->repr_cache; }
Value h_get_when(const Value& v) { return new_float(handle_of(v)->when); }
Value h_get_scheduled(const Value& v) { return py_bool(handle_of(v)->scheduled); }
void h_set_scheduled(const Value& v, const Value& s) { handle_of(v)->scheduled = truthy(s); }

int64_t timer_hash(const Value& v) { return hash(new_float(handle_of(v)->when)); }
Value timer_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!b.type()->is_subtype(timer_handle_type)) return not_implemented();
    HandleObject* x = handle_of(a);
    HandleObject* y = handle_of(b);
    auto eq = [&] {
        return x->when == y->when && equals(x->callback.is_null() ? none() : x->callback,
                                            y->callback.is_null() ? none() : y->callback) &&
               equals(x->args.is_null() ? none() : x->args, y->args.is_null() ? none() : y->args) &&
               x->cancelled == y->cancelled;
    };
    switch (op) {
    case CmpOp::Lt: return py_bool(x->when < y->when);
    case CmpOp::Le: return py_bool(x->when < y->when || eq());
    case CmpOp::Gt: return py_bool(x->when > y->when);
    case CmpOp::Ge: return py_bool(x->when > y->when || eq());
    case CmpOp::Eq: return py_bool(eq());
    case CmpOp::Ne: return py_bool(!eq());
    }
    return not_implemented();
}

// ---- the loop core -------------------------------------------------------------------------

void check_closed(LoopObject* l) {
    if (l->closed) raise_runtime_error("Event loop is closed");
}

void check_callback(const Value& callback, const char* method) {
    Value iscoro = call(import_attr("asyncio.coroutines", "iscoroutine"), {callback});
    Value iscorofn = call(import_attr("asyncio.coroutines", "iscoroutinefunction"), {callback});
    if (truthy(iscoro) || truthy(iscorofn))
        raise_type_error(std::string("coroutines cannot be used with ") + method + "()");
    Type* t = callback.type();
    if (!t->call && t != function_type && t != native_function_type)
        raise_type_error(std::string("a callable object was expected by ") + method + "(), got " +
                         repr_utf8(callback));
}

void check_thread(LoopObject* l) {
    if (l->thread_id.is_null() || is_none(l->thread_id)) return;
    if (!equals(l->thread_id, new_int(current_thread_ident())))
        raise_runtime_error("Non-thread-safe operation invoked on an event loop other than the current one");
}

Value context_kwarg(CallArgs& a, size_t& nargs) {
    Value ctx;
    nargs = a.nargs;
    if (a.kwnames) {
        for (size_t i = 0; i < a.kwnames->n; ++i) {
            const std::string& k = as_str((*a.kwnames)[i])->s;
            if (k != "context") raise_type_error(fmt("call_soon() got an unexpected keyword argument '%s'", k.c_str()));
            ctx = a.args[a.nargs + i];
        }
    }
    return ctx;
}

void notify_scheduled(HandleObject* h) {
    if (AioObserver* o = observer())
        o->on_handle_scheduled(h->id, callback_label(h->callback), h->when, h->is_timer,
                               task_id(task_of_callback(h->callback)));
}

Value m_call_soon(CallArgs& a) {
    size_t n;
    Value ctx = context_kwarg(a, n);
    if (n < 2) raise_type_error("call_soon() missing 1 required positional argument: 'callback'");
    LoopObject* l = loop_of(a.args[0]);
    check_closed(l);
    if (l->debug) {
        check_thread(l);
        check_callback(a.args[1], "call_soon");
    }
    return loop_call_soon(l, a.args[1], new_tuple(a.args + 2, n - 2), ctx);
}

Value call_at_impl(LoopObject* l, double when, const Value& callback, const Value& args, const Value& ctx) {
    check_closed(l);
    if (l->debug) {
        check_thread(l);
        check_callback(callback, "call_at");
    }
    Value tv = make<HandleObject>(timer_handle_type);
    HandleObject* h = handle_of(tv);
    handle_init(h, callback, args, Value::borrow(l), ctx);
    h->is_timer = true;
    h->when = when;
    heappush(l->scheduled, tv);
    h->scheduled = true;
    notify_scheduled(h);
    return tv;
}

Value m_call_at(CallArgs& a) {
    size_t n;
    Value ctx = context_kwarg(a, n);
    if (n < 3) raise_type_error("call_at() missing required arguments: 'when' and 'callback'");
    if (is_none(a.args[1])) raise_type_error("when cannot be None");
    return call_at_impl(loop_of(a.args[0]), to_double(a.args[1]), a.args[2], new_tuple(a.args + 3, n - 3), ctx);
}

Value m_call_later(CallArgs& a) {
    size_t n;
    Value ctx = context_kwarg(a, n);
    if (n < 3) raise_type_error("call_later() missing required arguments: 'delay' and 'callback'");
    if (is_none(a.args[1])) raise_type_error("delay must not be None");
    LoopObject* l = loop_of(a.args[0]);
    double when = interp().clock + to_double(a.args[1]);
    return call_at_impl(l, when, a.args[2], new_tuple(a.args + 3, n - 3), ctx);
}

Value m_call_soon_threadsafe(CallArgs& a) {
    size_t n;
    Value ctx = context_kwarg(a, n);
    if (n < 2) raise_type_error("call_soon_threadsafe() missing 1 required positional argument: 'callback'");
    LoopObject* l = loop_of(a.args[0]);
    check_closed(l);
    if (l->debug) check_callback(a.args[1], "call_soon_threadsafe");
    Value h = loop_call_soon(l, a.args[1], new_tuple(a.args + 2, n - 2), ctx);
    call_method(a.args[0], intern("_write_to_self"), {});
    return h;
}

Value m_write_to_self(CallArgs& a) {
    LoopObject* l = loop_of(a.args[0]);
    l->self_pipe_pending += 1;
    wake_loop_waiter(l);
    return none();
}

Value m_read_from_self(CallArgs& a) {
    LoopObject* l = loop_of(a.args[0]);
    l->self_pipe_pending = 0;
    return none();
}

Value m_time(CallArgs&) { return new_float(interp().clock); }
Value m_stop(CallArgs& a) {
    loop_of(a.args[0])->stopping = true;
    return none();
}
Value m_is_running(CallArgs& a) {
    LoopObject* l = loop_of(a.args[0]);
    return py_bool(!l->thread_id.is_null() && !is_none(l->thread_id));
}
Value m_is_closed(CallArgs& a) { return py_bool(loop_of(a.args[0])->closed); }
Value m_get_debug(CallArgs& a) { return py_bool(loop_of(a.args[0])->debug); }
Value m_set_debug_core(CallArgs& a) {
    check_nargs(a, "set_debug", 2, 2);
    loop_of(a.args[0])->debug = truthy(a.args[1]);
    return none();
}
Value m_timer_handle_cancelled(CallArgs& a) {
    check_nargs(a, "_timer_handle_cancelled", 2, 2);
    if (handle_of(a.args[1])->scheduled) loop_of(a.args[0])->timer_cancelled_count += 1;
    return none();
}
Value m_run_once(CallArgs& a) {
    loop_run_once(loop_of(a.args[0]));
    return none();
}
Value m_check_closed(CallArgs& a) {
    check_closed(loop_of(a.args[0]));
    return none();
}
Value m_check_thread(CallArgs& a) {
    check_thread(loop_of(a.args[0]));
    return none();
}
Value m_check_callback(CallArgs& a) {
    check_nargs(a, "_check_callback", 3, 3);
    check_callback(a.args[1], as_str(a.args[2])->s.c_str());
    return none();
}
Value m_add_callback(CallArgs& a) {
    check_nargs(a, "_add_callback", 2, 2);
    LoopObject* l = loop_of(a.args[0]);
    if (!handle_of(a.args[1])->cancelled) l->ready.push_back(a.args[1]);
    return none();
}

// loop._ready and loop._scheduled: live views of the deque and the heap, so that library code
// (close() clears them) and curious programs see what CPython's attributes show.
Type* queue_view_type;

struct QueueView : Object {
    QueueView(Type* t, Value loop, bool timers) : Object(t), loop(std::move(loop)), timers(timers) {}
    Value loop;
    bool timers;
    std::vector<Value> items() const {
        LoopObject* l = loop_of(loop);
        if (timers) return l->scheduled;
        return std::vector<Value>(l->ready.begin(), l->ready.end());
    }
};

QueueView* view_of(const Value& v) { return v.as<QueueView>(); }
Value qv_clear(CallArgs& a) {
    QueueView* q = view_of(a.args[0]);
    if (q->timers)
        loop_of(q->loop)->scheduled.clear();
    else
        loop_of(q->loop)->ready.clear();
    if (AioObserver* o = observer()) o->on_loop_cleared(q->timers);
    return none();
}
Value qv_append(CallArgs& a) {
    check_nargs(a, "append", 2, 2);
    QueueView* q = view_of(a.args[0]);
    if (q->timers) raise(AttributeError_type, "'list' view of the timer heap cannot be appended to");
    loop_of(q->loop)->ready.push_back(a.args[1]);
    return none();
}
Value qv_popleft(CallArgs& a) {
    QueueView* q = view_of(a.args[0]);
    auto& r = loop_of(q->loop)->ready;
    if (r.empty()) raise_index_error("pop from an empty deque");
    Value v = std::move(r.front());
    r.pop_front();
    return v;
}
int64_t qv_len(const Value& v) {
    QueueView* q = view_of(v);
    return static_cast<int64_t>(q->timers ? loop_of(q->loop)->scheduled.size() : loop_of(q->loop)->ready.size());
}
Value qv_iter(const Value& v) { return get_iter(new_list(view_of(v)->items())); }
Value qv_getitem(const Value& v, const Value& k) { return getitem(new_list(view_of(v)->items()), k); }
Value qv_repr(const Value& v) {
    Value l = new_list(view_of(v)->items());
    if (view_of(v)->timers) return repr(l);
    return new_str("deque(" + repr_utf8(l) + ")");
}

Value l_get_ready(const Value& v) { return make<QueueView>(queue_view_type, v, false); }
Value l_get_scheduled(const Value& v) { return make<QueueView>(queue_view_type, v, true); }
Value l_get_stopping(const Value& v) { return py_bool(loop_of(v)->stopping); }
void l_set_stopping(const Value& v, const Value& b) { loop_of(v)->stopping = truthy(b); }
Value l_get_closed(const Value& v) { return py_bool(loop_of(v)->closed); }
void l_set_closed(const Value& v, const Value& b) { loop_of(v)->closed = truthy(b); }
Value l_get_debug(const Value& v) { return py_bool(loop_of(v)->debug); }
void l_set_debug(const Value& v, const Value& b) { loop_of(v)->debug = truthy(b); }
Value l_get_thread_id(const Value& v) {
    return loop_of(v)->thread_id.is_null() ? none() : loop_of(v)->thread_id;
}
void l_set_thread_id(const Value& v, const Value& t) { loop_of(v)->thread_id = t; }
Value l_get_slow(const Value& v) { return new_float(loop_of(v)->slow_callback_duration); }
void l_set_slow(const Value& v, const Value& s) { loop_of(v)->slow_callback_duration = to_double(s); }
Value l_get_current_handle(const Value& v) {
    return loop_of(v)->current_handle.is_null() ? none() : loop_of(v)->current_handle;
}
Value l_get_clock_resolution(const Value&) { return new_float(kClockResolution); }
Value l_get_timer_cancelled_count(const Value& v) { return new_int(loop_of(v)->timer_cancelled_count); }
Value* loop_dict(const Value& v) { return &loop_of(v)->dict; }

Value loop_tp_new(Type* t, CallArgs&) {
    Value v = make<LoopObject>(t);
    static thread_local uint64_t next_loop_id = 1;
    loop_of(v)->id = next_loop_id++;
    return v;
}

} // namespace

void set_observer(AioObserver* o) { tl_observer = o; }
AioObserver* observer() { return tl_observer; }

Value loop_call_soon(LoopObject* l, const Value& callback, const Value& args, const Value& context) {
    Value hv = make<HandleObject>(handle_type);
    HandleObject* h = handle_of(hv);
    handle_init(h, callback, args, Value::borrow(l), context);
    l->ready.push_back(hv);
    notify_scheduled(h);
    return hv;
}

void loop_run_once(LoopObject* l) {
    AioObserver* obs = observer();
    Interp& I = interp();
    ++l->iteration;
    if (obs) obs->on_iteration(l->id, l->iteration, I.clock);
    size_t sched_count = l->scheduled.size();
    if (sched_count > kMinScheduledTimerHandles &&
        static_cast<double>(l->timer_cancelled_count) / static_cast<double>(sched_count) >
            kMinCancelledTimerHandlesFraction) {
        std::vector<Value> fresh;
        for (Value& h : l->scheduled) {
            if (handle_of(h)->cancelled)
                handle_of(h)->scheduled = false;
            else
                fresh.push_back(h);
        }
        heapify(fresh);
        l->scheduled = std::move(fresh);
        l->timer_cancelled_count = 0;
        if (obs) obs->on_timers_purged();
    } else {
        while (!l->scheduled.empty() && handle_of(l->scheduled[0])->cancelled) {
            l->timer_cancelled_count -= 1;
            Value h = heappop(l->scheduled);
            handle_of(h)->scheduled = false;
            if (obs) obs->on_timer_discarded(handle_of(h)->id);
        }
    }
    std::optional<double> timeout;
    if (!l->ready.empty() || l->stopping) {
        timeout = 0.0;
    } else if (!l->scheduled.empty()) {
        double when = handle_of(l->scheduled[0])->when;
        timeout = std::min(std::max(0.0, when - I.clock), kMaximumSelectTimeout);
    }
    // select(timeout): the self-pipe is the only file the loop watches.
    bool readable = loop_select(l, timeout);
    if (readable) {
        if (l->self_reader.is_null()) {
            Value reader = getattr(Value::borrow(l), intern("_read_from_self"));
            Value hv = make<HandleObject>(handle_type);
            handle_init(handle_of(hv), reader, empty_tuple(), Value::borrow(l), Value());
            l->self_reader = hv;
        }
        l->ready.push_back(l->self_reader);
        if (obs) notify_scheduled(handle_of(l->self_reader));
    }
    double end_time = I.clock + kClockResolution;
    while (!l->scheduled.empty()) {
        HandleObject* h = handle_of(l->scheduled[0]);
        if (h->when >= end_time) break;
        Value hv = heappop(l->scheduled);
        h->scheduled = false;
        if (obs) obs->on_timer_due(h->id);
        l->ready.push_back(hv);
    }
    size_t ntodo = l->ready.size();
    for (size_t i = 0; i < ntodo; ++i) {
        Value hv = std::move(l->ready.front());
        l->ready.pop_front();
        HandleObject* h = handle_of(hv);
        if (h->cancelled) {
            if (obs) obs->on_handle_skipped(h->id);
            continue;
        }
        std::string label;
        if (obs || I.trace_callbacks) label = callback_label(h->callback);
        if (I.trace_callbacks) I.write(2, fmt("#TRACE t=%.3f ", I.clock) + label + "\n");
        if (obs) obs->on_handle_run_start(h->id, label);
        if (l->debug) {
            l->current_handle = hv;
            double t0 = I.clock;
            try {
                handle_run(h);
            } catch (...) {
                l->current_handle = Value();
                if (obs) obs->on_handle_run_end(h->id);
                throw;
            }
            double dt = I.clock - t0;
            l->current_handle = Value();
            if (dt >= l->slow_callback_duration)
                call(import_attr("asyncio.base_events", "_log_slow_callback"), {hv, new_float(dt)});
        } else {
            try {
                handle_run(h);
            } catch (...) {
                if (obs) obs->on_handle_run_end(h->id);
                throw;
            }
        }
        if (obs) obs->on_handle_run_end(h->id);
    }
}

std::string callback_label(const Value& cb) {
    if (cb.is_null()) return "None";
    std::string t = task_callback_label(cb);
    if (!t.empty()) return t;
    Type* type = cb.type();
    if (type == method_type) {
        auto* m = cb.as<BoundMethodObject>();
        if (is_task(m->self)) {
            Value n = getattr_opt(m->func, intern("__name__"));
            return task_name(m->self) + "." + (n.is_null() ? std::string("?") : str_utf8(n));
        }
        Value q = getattr_opt(m->func, intern("__qualname__"));
        if (!q.is_null() && is_str(q)) return as_str(q)->s;
    }
    if (type == native_function_type) {
        auto* n = cb.as<NativeFunctionObject>();
        if (!n->self.is_null() && !is_instance(n->self, module_type)) {
            // A bound native method: its type's name and the method, as __qualname__ gives.
            Type* owner = n->owner ? n->owner : n->self.type();
            // _LoopCore holds methods that CPython defines in BaseEventLoop (stop, time, ...)
            // and in BaseSelectorEventLoop (the self-pipe's): name them as CPython does.
            if (owner == loop_core_type)
                return std::string(n->name == std::string_view("_write_to_self")
                                       ? "BaseSelectorEventLoop."
                                       : "BaseEventLoop.") +
                       n->name;
            return owner->qualname + "." + n->name;
        }
        return n->name;
    }
    Value partial_func = getattr_opt(cb, intern("func"));
    if (!partial_func.is_null() && type->name == "partial") return callback_label(partial_func);
    Value q = getattr_opt(cb, intern("__qualname__"));
    if (!q.is_null() && is_str(q)) return as_str(q)->s;
    return type->name;
}

void init_loop_types() {
    queue_view_type = new_builtin_type("deque", object_type, 0);
    queue_view_type->module = "collections";
    queue_view_type->tp_new = nullptr;
    queue_view_type->len = qv_len;
    queue_view_type->iter = qv_iter;
    queue_view_type->getitem = qv_getitem;
    queue_view_type->repr = qv_repr;
    add_method(queue_view_type, "clear", qv_clear);
    add_method(queue_view_type, "append", qv_append);
    add_method(queue_view_type, "popleft", qv_popleft);

    handle_type = new_builtin_type("Handle", object_type, kTypeBase);
    handle_type->module = "asyncio.events";
    handle_type->tp_new = handle_tp_new;
    handle_type->tp_init = handle_tp_init;
    handle_type->repr = handle_repr;
    add_method(handle_type, "cancel", m_handle_cancel);
    add_method(handle_type, "cancelled", m_handle_cancelled);
    add_method(handle_type, "_run", m_handle_run);
    add_getter(handle_type, "_callback", h_get_callback);
    add_getter(handle_type, "_args", h_get_args);
    add_getter(handle_type, "_cancelled", h_get_cancelled);
    add_getter(handle_type, "_loop", h_get_loop);
    add_getter(handle_type, "_context", h_get_context);
    add_getset(handle_type, "_source_traceback", h_get_source_tb, h_set_source_tb);
    add_getter(handle_type, "_repr", h_get_repr);

    timer_handle_type = new_builtin_type("TimerHandle", handle_type, kTypeBase);
    timer_handle_type->module = "asyncio.events";
    timer_handle_type->tp_init = timer_tp_init;
    timer_handle_type->hash = timer_hash;
    timer_handle_type->richcmp = timer_richcmp;
    add_method(timer_handle_type, "when", m_handle_when);
    add_getter(timer_handle_type, "_when", h_get_when);
    add_getset(timer_handle_type, "_scheduled", h_get_scheduled, h_set_scheduled);

    loop_core_type = new_builtin_type("_LoopCore", object_type, kTypeBase);
    loop_core_type->module = "_asyncio_loop";
    loop_core_type->tp_new = loop_tp_new;
    loop_core_type->dict_offset_fn = loop_dict;
    add_method(loop_core_type, "call_soon", m_call_soon);
    add_method(loop_core_type, "call_later", m_call_later);
    add_method(loop_core_type, "call_at", m_call_at);
    add_method(loop_core_type, "call_soon_threadsafe", m_call_soon_threadsafe);
    add_method(loop_core_type, "_write_to_self", m_write_to_self);
    add_method(loop_core_type, "_drain_self_pipe", m_read_from_self);
    add_method(loop_core_type, "time", m_time);
    add_method(loop_core_type, "stop", m_stop);
    add_method(loop_core_type, "is_running", m_is_running);
    add_method(loop_core_type, "is_closed", m_is_closed);
    add_method(loop_core_type, "get_debug", m_get_debug);
    add_method(loop_core_type, "_set_debug_core", m_set_debug_core);
    add_method(loop_core_type, "_timer_handle_cancelled", m_timer_handle_cancelled);
    add_method(loop_core_type, "_run_once", m_run_once);
    add_method(loop_core_type, "_check_closed", m_check_closed);
    add_method(loop_core_type, "_check_thread", m_check_thread);
    add_method(loop_core_type, "_check_callback", m_check_callback);
    add_method(loop_core_type, "_add_callback", m_add_callback);
    add_getter(loop_core_type, "_ready", l_get_ready);
    add_getter(loop_core_type, "_scheduled", l_get_scheduled);
    add_getset(loop_core_type, "_stopping", l_get_stopping, l_set_stopping);
    add_getset(loop_core_type, "_closed", l_get_closed, l_set_closed);
    add_getset(loop_core_type, "_debug", l_get_debug, l_set_debug);
    add_getset(loop_core_type, "_thread_id", l_get_thread_id, l_set_thread_id);
    add_getset(loop_core_type, "slow_callback_duration", l_get_slow, l_set_slow);
    add_getter(loop_core_type, "_current_handle", l_get_current_handle);
    add_getter(loop_core_type, "_clock_resolution", l_get_clock_resolution);
    add_getter(loop_core_type, "_timer_cancelled_count", l_get_timer_cancelled_count);

    for (Type* t : {handle_type, timer_handle_type, loop_core_type}) add_slot_wrappers(t);
}

} // namespace loopstep::aio
