// The time module on loopstep's virtual clock: time() starts at 1700000000.0 (2023-11-14
// 22:13:20 UTC), monotonic() and perf_counter() at 0.0, and sleep(s) blocks the calling
// simulated thread for s seconds of virtual time. No real clock is read.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/lib/lib_error.h"
#include "core/py/lib/virtual_time.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>

namespace loopstep::py {

namespace {

Type* struct_time_type;

struct StructTimeObject : Object {
    explicit StructTimeObject(Type* t) : Object(t) {}
    StructTime tm;
};

[[noreturn]] void raise_lib(const LibError& e) {
    switch (e.type()) {
    case PyErrorType::ValueError: raise_value_error(e.what());
    case PyErrorType::TypeError: raise_type_error(e.what());
    case PyErrorType::IndexError: raise_index_error(e.what());
    case PyErrorType::OverflowError: raise_overflow_error(e.what());
    case PyErrorType::ZeroDivisionError: raise_zero_division(e.what());
    case PyErrorType::OSError: raise(OSError_type, fmt("[Errno %d] %s", e.os_errno(), e.what()));
    }
    raise_value_error(e.what());
}

double now_wall() { return kTimeStart + interp().clock; }

Value make_struct_time(const StructTime& tm) {
    Value v = make<StructTimeObject>(struct_time_type);
    v.as<StructTimeObject>()->tm = tm;
    return v;
}

StructTime to_struct(const Value& v) {
    if (v.type() == struct_time_type) return v.as<StructTimeObject>()->tm;
    std::vector<Value> items = to_vector(v);
    if (items.size() != 9)
        raise_type_error(fmt("time.struct_time() takes a 9-sequence (%zu-sequence given)", items.size()));
    StructTime t;
    int64_t* fields[] = {&t.tm_year, &t.tm_mon, &t.tm_mday, &t.tm_hour, &t.tm_min,
                         &t.tm_sec,  &t.tm_wday, &t.tm_yday, &t.tm_isdst};
    for (int i = 0; i < 9; ++i) *fields[i] = index_value(items[static_cast<size_t>(i)]);
    return t;
}

double time_arg(CallArgs& a, size_t i) {
    if (a.nargs <= i || is_none(a.args[i])) return now_wall();
    return to_double(a.args[i]);
}

Value t_time(CallArgs&) { return new_float(now_wall()); }
// Python's round() of the clock in nanoseconds (half to even, as nearbyint in the default
// rounding mode); time_ns adds the epoch as an exact int, so its low digits stay exact too.
int64_t clock_ns() {
    return static_cast<int64_t>(std::nearbyint(interp().clock * 1e9));
}
Value t_time_ns(CallArgs&) {
    return new_int(static_cast<int64_t>(kTimeStart) * 1'000'000'000 + clock_ns());
}
Value t_monotonic(CallArgs&) { return new_float(interp().clock); }
Value t_monotonic_ns(CallArgs&) {
    return new_int(clock_ns());
}
Value t_sleep(CallArgs& a) {
    check_nargs(a, "sleep", 1, 1);
    double s = to_double(a.args[0]);
    if (std::isnan(s)) raise_value_error("Invalid value NaN (not a number)");
    if (s < 0) raise_value_error("sleep length must be non-negative");
    interp().sleep(s);
    return none();
}
Value t_gmtime(CallArgs& a) {
    check_nargs(a, "gmtime", 0, 1);
    try {
        return make_struct_time(gmtime(time_arg(a, 0)));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value t_localtime(CallArgs& a) {
    check_nargs(a, "localtime", 0, 1);
    try {
        return make_struct_time(localtime(time_arg(a, 0)));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value t_mktime(CallArgs& a) {
    check_nargs(a, "mktime", 1, 1);
    try {
        return new_float(mktime(to_struct(a.args[0])));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value t_strftime(CallArgs& a) {
    check_nargs(a, "strftime", 1, 2);
    if (!is_str(a.args[0]))
        raise_type_error(fmt("strftime() argument 1 must be str, not %s", type_name(a.args[0]).c_str()));
    try {
        StructTime t = a.nargs > 1 ? to_struct(a.args[1]) : localtime(now_wall());
        return new_str(strftime(as_str(a.args[0])->s, t));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value t_ctime(CallArgs& a) {
    check_nargs(a, "ctime", 0, 1);
    try {
        return new_str(ctime(time_arg(a, 0)));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value t_asctime(CallArgs& a) {
    check_nargs(a, "asctime", 0, 1);
    try {
        StructTime t = a.nargs ? to_struct(a.args[0]) : localtime(now_wall());
        return new_str(asctime(t));
    } catch (LibError& e) {
        raise_lib(e);
    }
}

Value st_repr(const Value& v) { return new_str(struct_time_repr(v.as<StructTimeObject>()->tm)); }
Value st_getattr(const Value& v, StrObject* name) {
    const StructTime& t = v.as<StructTimeObject>()->tm;
    const std::string& n = name->s;
    if (n == "tm_year") return new_int(t.tm_year);
    if (n == "tm_mon") return new_int(t.tm_mon);
    if (n == "tm_mday") return new_int(t.tm_mday);
    if (n == "tm_hour") return new_int(t.tm_hour);
    if (n == "tm_min") return new_int(t.tm_min);
    if (n == "tm_sec") return new_int(t.tm_sec);
    if (n == "tm_wday") return new_int(t.tm_wday);
    if (n == "tm_yday") return new_int(t.tm_yday);
    if (n == "tm_isdst") return new_int(t.tm_isdst);
    if (n == "tm_zone") return t.tm_zone ? new_str(*t.tm_zone) : none();
    if (n == "tm_gmtoff") return t.tm_gmtoff ? new_int(*t.tm_gmtoff) : none();
    return generic_getattr(v, name);
}
Value st_tuple(const Value& v) {
    const StructTime& t = v.as<StructTimeObject>()->tm;
    return new_tuple({new_int(t.tm_year), new_int(t.tm_mon), new_int(t.tm_mday), new_int(t.tm_hour),
                      new_int(t.tm_min), new_int(t.tm_sec), new_int(t.tm_wday), new_int(t.tm_yday),
                      new_int(t.tm_isdst)});
}
int64_t st_len(const Value&) { return 9; }
Value st_getitem(const Value& v, const Value& k) { return getitem(st_tuple(v), k); }
Value st_iter(const Value& v) { return get_iter(st_tuple(v)); }
Value st_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (b.type() != struct_time_type && !is_tuple(b)) return not_implemented();
    return richcompare(st_tuple(a), b.type() == struct_time_type ? st_tuple(b) : b, op);
}
Value st_new(Type*, CallArgs& a) {
    check_nargs(a, "struct_time", 1, 1);
    return make_struct_time(to_struct(a.args[0]));
}

} // namespace

Value init_time_module(Interp&) {
    if (!struct_time_type) {
        struct_time_type = new_builtin_type("struct_time", object_type, 0);
        struct_time_type->module = "time";
        struct_time_type->qualname = "struct_time";
        struct_time_type->tp_new = st_new;
        struct_time_type->repr = st_repr;
        struct_time_type->getattr = st_getattr;
        struct_time_type->len = st_len;
        struct_time_type->getitem = st_getitem;
        struct_time_type->iter = st_iter;
        struct_time_type->richcmp = st_richcmp;
    }
    Value m = new_module("time");
    module_add_function(m, "time", t_time);
    module_add_function(m, "time_ns", t_time_ns);
    module_add_function(m, "monotonic", t_monotonic);
    module_add_function(m, "monotonic_ns", t_monotonic_ns);
    module_add_function(m, "perf_counter", t_monotonic);
    module_add_function(m, "perf_counter_ns", t_monotonic_ns);
    module_add_function(m, "process_time", t_monotonic);
    module_add_function(m, "sleep", t_sleep);
    module_add_function(m, "gmtime", t_gmtime);
    module_add_function(m, "localtime", t_localtime);
    module_add_function(m, "mktime", t_mktime);
    module_add_function(m, "strftime", t_strftime);
    module_add_function(m, "ctime", t_ctime);
    module_add_function(m, "asctime", t_asctime);
    module_add(m, "struct_time", Value::borrow(struct_time_type));
    module_add(m, "timezone", new_int(0));
    module_add(m, "altzone", new_int(0));
    module_add(m, "daylight", new_int(0));
    module_add(m, "tzname", new_tuple({new_str("UTC"), new_str("UTC")}));
    return m;
}

} // namespace loopstep::py
