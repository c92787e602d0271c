// Index conversions and method argument checks shared by the containers, each worded as the
// CPython function it stands for (PyNumber_Index, PyNumber_AsSsize_t, the method descriptors'
// self checks, Argument Clinic's positional checks).
#include "core/py/container_util.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/tuple.h"

#include <limits>

namespace loopstep::py {

namespace {

Value index_method(const Value& v) {
    return v.type()->lookup_value(intern("__index__"));
}

// The int64 value of an int, or the clamp that its sign asks for.
int64_t int_clamped(const Value& i, bool* overflowed) {
    int64_t out;
    *overflowed = false;
    if (int_to_i64(i, out)) return out;
    *overflowed = true;
    return int_to_big(i).is_negative() ? std::numeric_limits<int64_t>::min()
                                       : std::numeric_limits<int64_t>::max();
}

// An exact int for an int subclass (bool included), as PyNumber_Index returns.
Value exact_int(const Value& v) {
    if (v.is_small() || v.type() == int_type) return v;
    int64_t i;
    if (int_to_i64(v, i)) return new_int(i);
    return new_int(int_to_big(v));
}

} // namespace

bool has_index(const Value& v) {
    return v.is_small() || is_int(v) || !index_method(v).is_null();
}

Value number_index(const Value& v) {
    if (v.is_small() || is_int(v)) return exact_int(v);
    Value m = index_method(v);
    if (m.is_null())
        raise_type_error(
            fmt("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
    Value bound = m.type()->descr_get ? m.type()->descr_get(m, v, Value::borrow(v.type())) : m;
    Value r = call(bound, {});
    if (!is_int(r))
        raise_type_error(fmt("__index__ returned non-int (type %s)", type_name(r).c_str()));
    return exact_int(r);
}

int64_t index_or_raise(const Value& v, Type* exc_type) {
    if (v.is_small()) return v.small();
    bool over;
    int64_t r = int_clamped(number_index(v), &over);
    if (over)
        raise(exc_type, fmt("cannot fit '%s' into an index-sized integer", type_name(v).c_str()));
    return r;
}

int64_t index_clamped(const Value& v) {
    if (v.is_small()) return v.small();
    bool over;
    return int_clamped(number_index(v), &over);
}

int64_t ssize_arg(const Value& v) {
    if (v.is_small()) return v.small();
    bool over;
    int64_t r = int_clamped(number_index(v), &over);
    if (over) raise_overflow_error("Python int too large to convert to C ssize_t");
    return r;
}

int64_t slice_index_arg(const Value& v) {
    if (v.is_small()) return v.small();
    if (!has_index(v))
        raise_type_error("slice indices must be integers or have an __index__ method");
    return index_clamped(v);
}

const Value& method_self(CallArgs& a, Type* owner, const char* name) {
    if (a.nargs == 0)
        raise_type_error(
            fmt("unbound method %s.%s() needs an argument", owner->name.c_str(), name));
    const Value& self = a.args[0];
    if (!is_instance(self, owner))
        raise_type_error(fmt("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             name, owner->name.c_str(), type_name(self).c_str()));
    return self;
}

const Value& owner_self(CallArgs& a, const char* name) {
    if (!a.callee) raise(SystemError_type, "method called without its descriptor");
    return method_self(a, static_cast<NativeFunctionObject*>(a.callee)->owner, name);
}

const Value& wrapper_self(CallArgs& a, Type* owner, const char* name) {
    if (a.nargs == 0)
        raise_type_error(
            fmt("descriptor '%s' of '%s' object needs an argument", name, owner->name.c_str()));
    const Value& self = a.args[0];
    if (!is_instance(self, owner))
        raise_type_error(fmt("descriptor '%s' requires a '%s' object but received a '%s'", name,
                             owner->name.c_str(), type_name(self).c_str()));
    return self;
}

void check_no_kw(CallArgs& a, const char* qualname) {
    if (a.nkw()) raise_type_error(fmt("%s() takes no keyword arguments", qualname));
}

void check_noargs(CallArgs& a, const char* qualname) {
    check_no_kw(a, qualname);
    if (a.nargs != 1)
        raise_type_error(fmt("%s() takes no arguments (%zu given)", qualname, a.nargs - 1));
}

void check_onearg(CallArgs& a, const char* qualname) {
    check_no_kw(a, qualname);
    if (a.nargs != 2)
        raise_type_error(fmt("%s() takes exactly one argument (%zu given)", qualname, a.nargs - 1));
}

void check_positional(CallArgs& a, const char* qualname, const char* name, size_t min, size_t max) {
    check_no_kw(a, qualname);
    size_t n = a.nargs - 1;
    if (n >= min && n <= max) return;
    if (min == max)
        raise_type_error(
            fmt("%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n));
    if (n < min)
        raise_type_error(
            fmt("%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n));
    raise_type_error(
        fmt("%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", n));
}

void check_wrapper_args(CallArgs& a, size_t n) {
    if (a.nkw()) raise_type_error("wrapper takes no keyword arguments");
    if (a.nargs - 1 != n)
        raise_type_error(
            fmt("expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", a.nargs - 1));
}

// ---- slot wrappers -----------------------------------------------------------------------------

namespace {

// The built-in type a wrapper belongs to: its slots are the behaviour the wrapper exposes, even
// when self's type is a subclass that overrides them.
Type* owner_of(CallArgs& a) {
    if (!a.callee) raise(SystemError_type, "slot wrapper called without its descriptor");
    return static_cast<NativeFunctionObject*>(a.callee)->owner;
}

Value w_repr(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__repr__");
    check_wrapper_args(a, 0);
    return t->repr(self);
}

Value w_str(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__str__");
    check_wrapper_args(a, 0);
    return t->str(self);
}

Value w_hash(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__hash__");
    check_wrapper_args(a, 0);
    return new_int(t->hash(self));
}

template <int OP>
Value w_richcmp(CallArgs& a) {
    Type* t = owner_of(a);
    CmpOp op = static_cast<CmpOp>(OP);
    const Value& self = wrapper_self(a, t, cmpop_dunder(op));
    check_wrapper_args(a, 1);
    return t->richcmp(self, a.args[1], op);
}

Value w_len(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__len__");
    check_wrapper_args(a, 0);
    return new_int(t->len(self));
}

Value w_bool(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__bool__");
    check_wrapper_args(a, 0);
    return py_bool(t->truth(self) != 0);
}

Value w_getitem(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__getitem__");
    check_wrapper_args(a, 1);
    return t->getitem(self, a.args[1]);
}

Value w_setitem(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__setitem__");
    check_wrapper_args(a, 2);
    t->setitem(self, a.args[1], a.args[2]);
    return none();
}

Value w_delitem(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__delitem__");
    check_wrapper_args(a, 1);
    t->setitem(self, a.args[1], Value());
    return none();
}

Value w_contains(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__contains__");
    check_wrapper_args(a, 1);
    return py_bool(t->contains(self, a.args[1]) != 0);
}

Value w_iter(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__iter__");
    check_wrapper_args(a, 0);
    return t->iter(self);
}

Value w_next(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__next__");
    check_wrapper_args(a, 0);
    Value r = t->next(self);
    if (r.is_null()) raise(new_exception(StopIteration_type, {}));
    return r;
}

Value w_init(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__init__");
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    t->tp_init(self, rest);
    return none();
}

template <int OP>
Value w_binop(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, binop_dunder(static_cast<BinOp>(OP)));
    check_wrapper_args(a, 1);
    return t->binop[OP](self, a.args[1]);
}

template <int OP>
Value w_rbinop(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, binop_rdunder(static_cast<BinOp>(OP)));
    check_wrapper_args(a, 1);
    return t->binop[OP](a.args[1], self);
}

template <int OP>
Value w_inplace(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, binop_idunder(static_cast<BinOp>(OP)));
    check_wrapper_args(a, 1);
    return t->inplace[OP](self, a.args[1]);
}

template <int OP>
Value w_unop(CallArgs& a) {
    static const char* names[] = {"__neg__", "__pos__", "__invert__"};
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, names[OP]);
    check_wrapper_args(a, 0);
    return t->unop[OP](self);
}

Value w_call(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__call__");
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, nullptr};
    return t->call(self, rest);
}

// __get__(obj, type=None): None for obj means access through the class, as in CPython's
// wrap_descr_get.
Value w_get(CallArgs& a) {
    Type* t = owner_of(a);
    const Value& self = wrapper_self(a, t, "__get__");
    if (a.nkw()) raise_type_error("wrapper takes no keyword arguments");
    if (a.nargs < 2 || a.nargs > 3)
        raise_type_error(fmt("expected 1 or 2 arguments, got %zu", a.nargs - 1));
    Value obj = is_none(a.args[1]) ? Value() : a.args[1];
    Value owner = a.nargs == 3 && !is_none(a.args[2]) ? a.args[2] : Value();
    if (obj.is_null() && owner.is_null()) raise_type_error("__get__(None, None) is invalid");
    return t->descr_get(self, obj, owner);
}

template <int... I>
struct WrapperTable {
    static constexpr NativeFn binop[] = {&w_binop<I>...};
    static constexpr NativeFn rbinop[] = {&w_rbinop<I>...};
    static constexpr NativeFn inplace[] = {&w_inplace<I>...};
};
using Wrappers = WrapperTable<0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>;
static_assert(kBinOps == 13);

constexpr NativeFn kRichcmp[] = {&w_richcmp<0>, &w_richcmp<1>, &w_richcmp<2>,
                                 &w_richcmp<3>, &w_richcmp<4>, &w_richcmp<5>};

} // namespace

void add_slot_wrappers(Type* t) {
    DictObject* d = t->dict.as<DictObject>();
    auto add = [&](const char* name, NativeFn fn) {
        if (d->find_str(intern(name))) return;
        add_method(t, name, fn);
        d->find_str(intern(name))->as<NativeFunctionObject>()->is_slot_wrapper = true;
    };
    // A slot inherited unchanged from the base gets no wrapper here: the base's wrapper is found
    // along the MRO, and CPython's type dicts hold only what each type defines itself.
    Type* b = t->base;
    auto own = [&](auto slot, auto base_slot) { return slot && (!b || slot != base_slot); };
    Type* o = object_type;
    if (t->repr && t->repr != o->repr && own(t->repr, b ? b->repr : nullptr))
        add("__repr__", w_repr);
    if (t->str && t->str != o->str && own(t->str, b ? b->str : nullptr)) add("__str__", w_str);
    if (!t->hash) {
        if (!d->find_str(intern("__hash__")) && (!b || b->hash))
            d->set_str(intern("__hash__"), none());
    } else if (t->hash != o->hash && own(t->hash, b ? b->hash : nullptr)) {
        add("__hash__", w_hash);
    }
    if (t->richcmp && t->richcmp != o->richcmp && own(t->richcmp, b ? b->richcmp : nullptr))
        for (int i = 0; i < 6; ++i) add(cmpop_dunder(static_cast<CmpOp>(i)), kRichcmp[i]);
    if (own(t->len, b ? b->len : nullptr)) add("__len__", w_len);
    if (own(t->truth, b ? b->truth : nullptr)) add("__bool__", w_bool);
    if (own(t->getitem, b ? b->getitem : nullptr)) add("__getitem__", w_getitem);
    if (own(t->setitem, b ? b->setitem : nullptr)) {
        add("__setitem__", w_setitem);
        add("__delitem__", w_delitem);
    }
    if (own(t->contains, b ? b->contains : nullptr)) add("__contains__", w_contains);
    if (own(t->iter, b ? b->iter : nullptr)) add("__iter__", w_iter);
    if (own(t->next, b ? b->next : nullptr)) add("__next__", w_next);
    if (own(t->call, b ? b->call : nullptr)) add("__call__", w_call);
    if (own(t->descr_get, b ? b->descr_get : nullptr)) add("__get__", w_get);
    if (t->tp_init && t->tp_init != o->tp_init && own(t->tp_init, b ? b->tp_init : nullptr))
        add("__init__", w_init);
    for (int i = 0; i < kBinOps; ++i) {
        BinOp op = static_cast<BinOp>(i);
        if (own(t->binop[i], b ? b->binop[i] : nullptr)) {
            add(binop_dunder(op), Wrappers::binop[i]);
            // Sequence concatenation has no reflected form in CPython ([].__radd__ is missing).
            if (op != BinOp::Add || !t->getitem) add(binop_rdunder(op), Wrappers::rbinop[i]);
        }
        if (own(t->inplace[i], b ? b->inplace[i] : nullptr))
            add(binop_idunder(op), Wrappers::inplace[i]);
    }
    static constexpr NativeFn kUnops[] = {&w_unop<0>, &w_unop<1>, &w_unop<2>};
    static const char* kUnopNames[] = {"__neg__", "__pos__", "__invert__"};
    for (int i = 0; i < 3; ++i)
        if (own(t->unop[i], b ? b->unop[i] : nullptr)) add(kUnopNames[i], kUnops[i]);
}

} // namespace loopstep::py
