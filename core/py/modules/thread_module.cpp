// _thread on loopstep's simulated threads (core/py/threads.h): start_new_thread, lock and RLock
// whose waits block the calling thread in virtual time, get_ident, the sentinel lock behind
// Thread.join. Interface, reprs and error messages are CPython 3.11's. threading, queue and
// concurrent.futures are Python modules on top of it, as in CPython.
#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/str.h"
#include "core/py/threads.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>
#include <deque>
#include <optional>

namespace loopstep::py {

namespace {

constexpr double kTimeoutMax = 9223372036.0; // PY_TIMEOUT_MAX in seconds, as on Linux

Type* lock_type;
Type* rlock_type;

// The waiting and waking shared by lock and RLock: the oracle's lock, as CPython's GIL-bound
// locks behave. A release wakes the first waiter but hands nothing over: the releasing thread
// runs on and may take the lock again; the woken waiter then waits again, at the front.
struct LockCore {
    bool locked = false;
    std::deque<std::pair<SimThread*, uint64_t>> waiters;

    // timeout: < 0 forever, 0 do not wait.
    bool acquire(double timeout) {
        if (!locked) {
            locked = true;
            return true;
        }
        if (timeout == 0) return false;
        Interp& I = interp();
        Scheduler& s = I.scheduler();
        std::optional<double> deadline;
        if (timeout > 0) deadline = I.clock + timeout;
        bool first = true;
        for (;;) {
            uint64_t seq = s.prepare_wait(deadline);
            if (first)
                waiters.emplace_back(s.current(), seq);
            else
                waiters.emplace_front(s.current(), seq);
            first = false;
            bool timed_out = s.block();
            if (!locked) {
                locked = true;
                return true;
            }
            if (timed_out) return false;
        }
    }

    void release() {
        locked = false;
        Scheduler& s = interp().scheduler();
        while (!waiters.empty()) {
            auto [t, seq] = waiters.front();
            waiters.pop_front();
            if (s.is_current_wait(t, seq)) {
                s.wake(t);
                break;
            }
        }
    }
};

struct LockObject : Object {
    explicit LockObject(Type* t) : Object(t) {}
    LockCore core;
};

struct RLockObject : Object {
    explicit RLockObject(Type* t) : Object(t) {}
    LockCore core;
    int64_t owner = 0;
    uint64_t count = 0;
};

LockObject* lock_of(const Value& v) {
    return v.as<LockObject>();
}
RLockObject* rlock_of(const Value& v) {
    return v.as<RLockObject>();
}

int64_t my_ident() {
    Scheduler& s = interp().scheduler();
    return s.ident_of(s.current());
}

// _PyTime_FromSecondsObject(..., _PyTime_ROUND_TIMEOUT), as lock.acquire reads its timeout.
double timeout_seconds(const Value& v) {
    if (is_float(v)) {
        double d = float_value(v);
        if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
        if (!(std::fabs(d) < 9.2233720368e9))
            raise_overflow_error("timestamp too large to convert to C _PyTime_t");
        return d;
    }
    if (!is_int(v))
        raise_type_error(
            fmt("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
    int64_t i;
    if (!int_to_i64(v, i) || i > 9223372036 || i < -9223372036)
        raise_overflow_error("timestamp too large to convert to C _PyTime_t");
    return static_cast<double>(i);
}

// lock_acquire_parse_args: returns the timeout (< 0 forever, 0 non-blocking).
double acquire_timeout(CallArgs& a, const char* fname) {
    Value out[3];
    parse_args(a, fname, {"self", "blocking", "timeout"}, 1, out);
    bool blocking = out[1].is_null() ? true : truthy(out[1]);
    bool unset = out[2].is_null();
    double timeout = unset ? -1 : timeout_seconds(out[2]);
    if (!unset && timeout == -1) unset = true;
    if (!blocking && !unset) raise_value_error("can't specify a timeout for a non-blocking call");
    if (timeout < 0 && !unset) raise_value_error("timeout value must be a non-negative number");
    if (!blocking) return 0;
    if (!unset && timeout * 1e6 > 9.223372036854775e18)
        raise_overflow_error("timeout value is too large");
    return unset ? -1 : timeout;
}

// ---- lock ---------------------------------------------------------------------------------------

Value lock_acquire(CallArgs& a) {
    double timeout = acquire_timeout(a, "acquire");
    return py_bool(lock_of(a.args[0])->core.acquire(timeout));
}

Value lock_release(CallArgs& a) {
    check_nargs(a, "release", 1, 1);
    LockCore& c = lock_of(a.args[0])->core;
    if (!c.locked) raise_runtime_error("release unlocked lock");
    c.release();
    return none();
}

Value lock_exit(CallArgs& a) {
    LockCore& c = lock_of(a.args[0])->core;
    if (!c.locked) raise_runtime_error("release unlocked lock");
    c.release();
    return none();
}

Value lock_locked(CallArgs& a) {
    check_nargs(a, "locked", 1, 1);
    return py_bool(lock_of(a.args[0])->core.locked);
}

Value lock_at_fork_reinit(CallArgs& a) {
    LockCore& c = lock_of(a.args[0])->core;
    c.locked = false;
    c.waiters.clear();
    return none();
}

Value lock_repr(const Value& v) {
    return new_str(fmt("<%s _thread.lock object at 0x%llx>",
                       lock_of(v)->core.locked ? "locked" : "unlocked",
                       static_cast<unsigned long long>(object_id(v.obj()))));
}

Value new_lock() {
    return make<LockObject>(lock_type);
}

// ---- RLock --------------------------------------------------------------------------------------

Value rlock_new(Type* t, CallArgs&) {
    return make<RLockObject>(t);
}

Value rlock_acquire(CallArgs& a) {
    double timeout = acquire_timeout(a, "acquire");
    RLockObject* r = rlock_of(a.args[0]);
    int64_t me = my_ident();
    if (r->count > 0 && r->owner == me) {
        ++r->count;
        return py_bool(true);
    }
    if (!r->core.acquire(timeout)) return py_bool(false);
    r->owner = me;
    r->count = 1;
    return py_bool(true);
}

void rlock_release_impl(RLockObject* r) {
    if (r->count == 0 || r->owner != my_ident())
        raise_runtime_error("cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        r->core.release();
    }
}

Value rlock_release(CallArgs& a) {
    check_nargs(a, "release", 1, 1);
    rlock_release_impl(rlock_of(a.args[0]));
    return none();
}

Value rlock_exit(CallArgs& a) {
    rlock_release_impl(rlock_of(a.args[0]));
    return none();
}

Value rlock_is_owned(CallArgs& a) {
    RLockObject* r = rlock_of(a.args[0]);
    return py_bool(r->count > 0 && r->owner == my_ident());
}

Value rlock_release_save(CallArgs& a) {
    RLockObject* r = rlock_of(a.args[0]);
    if (r->count == 0) raise_runtime_error("cannot release un-acquired lock");
    Value state = new_tuple({new_int(static_cast<int64_t>(r->count)), new_int(r->owner)});
    r->count = 0;
    r->owner = 0;
    r->core.release();
    return state;
}

Value rlock_acquire_restore(CallArgs& a) {
    check_nargs(a, "_acquire_restore", 2, 2);
    RLockObject* r = rlock_of(a.args[0]);
    std::vector<Value> st = to_vector(a.args[1]);
    if (st.size() != 2) raise_type_error("_acquire_restore() argument 1 must be a 2-tuple");
    r->core.acquire(-1);
    r->count = static_cast<uint64_t>(index_value(st[0]));
    r->owner = index_value(st[1]);
    return none();
}

Value rlock_at_fork_reinit(CallArgs& a) {
    RLockObject* r = rlock_of(a.args[0]);
    r->core.locked = false;
    r->core.waiters.clear();
    r->owner = 0;
    r->count = 0;
    return none();
}

Value rlock_repr(const Value& v) {
    RLockObject* r = rlock_of(v);
    Type* t = v.type();
    std::string name = t == rlock_type ? "_thread.RLock" : t->qualname;
    if (t != rlock_type && !t->module.empty() && t->module != "builtins")
        name = t->module + "." + t->qualname;
    return new_str(fmt("<%s %s object owner=%lld count=%llu at 0x%llx>",
                       r->count ? "locked" : "unlocked", name.c_str(),
                       static_cast<long long>(r->owner), static_cast<unsigned long long>(r->count),
                       static_cast<unsigned long long>(object_id(v.obj()))));
}

// ---- module functions ---------------------------------------------------------------------------

Value t_start_new_thread(CallArgs& a) {
    check_no_kwargs(a, "start_new_thread");
    if (a.nargs < 2 || a.nargs > 3)
        raise_type_error(fmt("start_new_thread expected at least 2 arguments, got %zu", a.nargs));
    Type* ft = a.args[0].type();
    if (!ft->call && ft != function_type && ft != native_function_type)
        raise_type_error("first arg must be callable");
    if (!is_tuple(a.args[1])) raise_type_error("2nd arg must be a tuple");
    Value kwargs;
    if (a.nargs == 3) {
        if (!is_dict(a.args[2])) raise_type_error("optional 3rd arg must be a dictionary");
        kwargs = a.args[2];
    }
    Scheduler& s = interp().scheduler();
    SimThread* t = s.start_thread(a.args[0], a.args[1], kwargs);
    return new_int(s.ident_of(t));
}

Value t_allocate_lock(CallArgs& a) {
    check_nargs(a, "allocate_lock", 0, 0);
    return new_lock();
}

Value t_get_ident(CallArgs&) {
    return new_int(my_ident());
}

Value t_get_native_id(CallArgs&) {
    Scheduler& s = interp().scheduler();
    return new_int(s.native_id_of(s.current()));
}

Value t_count(CallArgs&) {
    return new_int(static_cast<int64_t>(interp().scheduler().count_started()));
}

// As CPython's: an unlocked lock that threading acquires at once and the thread's end releases.
Value t_set_sentinel(CallArgs&) {
    Value l = new_lock();
    Scheduler& s = interp().scheduler();
    s.add_exit_callback(s.current(), l);
    return l;
}

Value t_stack_size(CallArgs& a) {
    check_nargs(a, "stack_size", 0, 1);
    static thread_local int64_t size = 0;
    int64_t old = size;
    if (a.nargs == 1) {
        int64_t n = index_value(a.args[0]);
        if (n != 0 && n < 32768) raise_value_error("size not valid: 32768 bytes");
        if (n < 0) raise_value_error("size must be 0 or a positive value");
        size = n;
    }
    return new_int(old);
}

Value t_exit(CallArgs&) {
    raise(new_exception(SystemExit_type, {}));
}

void init_types() {
    if (lock_type) return;
    lock_type = new_builtin_type("lock", object_type, 0);
    lock_type->module = "_thread";
    lock_type->repr = lock_repr;
    add_method(lock_type, "acquire", lock_acquire);
    add_method(lock_type, "acquire_lock", lock_acquire);
    add_method(lock_type, "__enter__", lock_acquire);
    add_method(lock_type, "release", lock_release);
    add_method(lock_type, "release_lock", lock_release);
    add_method(lock_type, "__exit__", lock_exit);
    add_method(lock_type, "locked", lock_locked);
    add_method(lock_type, "locked_lock", lock_locked);
    add_method(lock_type, "_at_fork_reinit", lock_at_fork_reinit);

    rlock_type = new_builtin_type("RLock", object_type, kTypeBase);
    rlock_type->module = "_thread";
    rlock_type->tp_new = rlock_new;
    rlock_type->repr = rlock_repr;
    add_method(rlock_type, "acquire", rlock_acquire);
    add_method(rlock_type, "__enter__", rlock_acquire);
    add_method(rlock_type, "release", rlock_release);
    add_method(rlock_type, "__exit__", rlock_exit);
    add_method(rlock_type, "_is_owned", rlock_is_owned);
    add_method(rlock_type, "_release_save", rlock_release_save);
    add_method(rlock_type, "_acquire_restore", rlock_acquire_restore);
    add_method(rlock_type, "_at_fork_reinit", rlock_at_fork_reinit);
    add_slot_wrappers(lock_type);
    add_slot_wrappers(rlock_type);
}

} // namespace

Value init_thread_module(Interp&) {
    init_types();
    Value m = new_module("_thread");
    module_add_function(m, "start_new_thread", t_start_new_thread);
    module_add_function(m, "start_new", t_start_new_thread);
    module_add_function(m, "allocate_lock", t_allocate_lock);
    module_add_function(m, "allocate", t_allocate_lock);
    module_add_function(m, "get_ident", t_get_ident);
    module_add_function(m, "get_native_id", t_get_native_id);
    module_add_function(m, "_count", t_count);
    module_add_function(m, "_set_sentinel", t_set_sentinel);
    module_add_function(m, "stack_size", t_stack_size);
    module_add_function(m, "exit", t_exit);
    module_add_function(m, "exit_thread", t_exit);
    setattr(m, intern("LockType"), Value::borrow(lock_type));
    setattr(m, intern("RLock"), Value::borrow(rlock_type));
    setattr(m, intern("error"), Value::borrow(RuntimeError_type));
    setattr(m, intern("TIMEOUT_MAX"), new_float(kTimeoutMax));
    return m;
}

} // namespace loopstep::py
