// The generic object operations of object.h: Python's rules for repr/str, hashing, truth,
// rich comparison with reflection, binary operators with __r*__ fallbacks and subclass
// priority, attribute access, calls and iteration. Each dispatches through type slots.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/iterators.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <cstdarg>
#include <cstdio>
#include <unordered_map>

namespace loopstep::py {

const char* binop_symbol(BinOp op) {
    static const char* s[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
    return s[static_cast<int>(op)];
}
const char* binop_dunder(BinOp op) {
    static const char* s[] = {"__add__",      "__sub__", "__mul__", "__matmul__", "__truediv__",
                              "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__",
                              "__and__",      "__or__",  "__xor__"};
    return s[static_cast<int>(op)];
}
const char* binop_rdunder(BinOp op) {
    static const char* s[] = {"__radd__",     "__rsub__",      "__rmul__", "__rmatmul__",
                              "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
                              "__rlshift__",  "__rrshift__",   "__rand__", "__ror__",
                              "__rxor__"};
    return s[static_cast<int>(op)];
}
const char* binop_idunder(BinOp op) {
    static const char* s[] = {"__iadd__",     "__isub__",      "__imul__", "__imatmul__",
                              "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                              "__ilshift__",  "__irshift__",   "__iand__", "__ior__",
                              "__ixor__"};
    return s[static_cast<int>(op)];
}
const char* cmpop_symbol(CmpOp op) {
    static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
    return s[static_cast<int>(op)];
}
const char* cmpop_dunder(CmpOp op) {
    static const char* s[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    return s[static_cast<int>(op)];
}
CmpOp cmpop_swapped(CmpOp op) {
    switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Eq: return CmpOp::Eq;
    case CmpOp::Ne: return CmpOp::Ne;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    }
    return op;
}

std::string fmt(const char* f, ...) {
    va_list ap;
    va_start(ap, f);
    char buf[512];
    int n = std::vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    if (n < 0) return {};
    if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, static_cast<size_t>(n));
    std::string out(static_cast<size_t>(n) + 1, '\0');
    va_start(ap, f);
    std::vsnprintf(out.data(), out.size(), f, ap);
    va_end(ap);
    out.pop_back();
    return out;
}

size_t CallArgs::nkw() const {
    return kwnames ? kwnames->n : 0;
}

std::string type_name(const Value& v) {
    return v.type()->name;
}

// ---- identity ---------------------------------------------------------------------------------

namespace {
// Objects get a number the first time their identity is observed; the number, not the address,
// is what id() and reprs show, so runs are reproducible.
thread_local std::unordered_map<const Object*, uint64_t> tl_ids;
thread_local uint64_t tl_next_id = 0;
constexpr uint32_t kHasIdBit = 0x80000000u;
} // namespace

uint64_t object_id(const Object* o) {
    // The singletons sit at fixed addresses in the CPython loopstep is measured against
    // (Debian's python3.11, built without PIE), so their ids -- and hash(None), which enters the
    // hash of every tuple or range holding None and so the order of sets of them -- are these.
    if (o == None) return 0x959cc0;
    if (o == True) return 0x95a0a0;
    if (o == False) return 0x9479e0;
    if (o == Ellipsis) return 0x9477a0;
    if (o == NotImplemented) return 0x9477b0;
    auto& size = const_cast<Object*>(o)->alloc_size;
    if (size & kHasIdBit) return tl_ids[o];
    size |= kHasIdBit;
    uint64_t id = 0x7f3a5c000000ull + (++tl_next_id) * 0x40;
    tl_ids[o] = id;
    return id;
}

void forget_object_id(Object* o) {
    if (o->alloc_size & kHasIdBit) {
        tl_ids.erase(o);
        o->alloc_size &= ~kHasIdBit;
    }
}

// ---- repr / str -------------------------------------------------------------------------------

Value repr(const Value& v) {
    Type* t = v.type();
    if (!t->repr) return object_repr(v);
    ThreadState& ts = interp().thread();
    if (++ts.native_depth > 1500) {
        --ts.native_depth;
        raise(RecursionError_type,
              "maximum recursion depth exceeded while getting the repr of an object");
    }
    struct Guard {
        ThreadState& ts;
        ~Guard() { --ts.native_depth; }
    } g{ts};
    Value r = t->repr(v);
    if (!is_str_like(r))
        raise_type_error(fmt("__repr__ returned non-string (type %s)", type_name(r).c_str()));
    return r;
}

Value str(const Value& v) {
    Type* t = v.type();
    if (t == str_type) return v;
    if (!t->str) return repr(v);
    Value r = t->str(v);
    if (!is_str_like(r))
        raise_type_error(fmt("__str__ returned non-string (type %s)", type_name(r).c_str()));
    return r;
}

std::string repr_utf8(const Value& v) {
    return as_str(repr(v))->s;
}
std::string str_utf8(const Value& v) {
    return as_str(str(v))->s;
}

Value object_repr(const Value& v) {
    Type* t = v.type();
    std::string mod = t->module;
    std::string name = (mod.empty() || mod == "builtins") ? t->qualname : mod + "." + t->qualname;
    return new_str(fmt("<%s object at 0x%llx>", name.c_str(),
                       static_cast<unsigned long long>(object_id(v.obj()))));
}

// ---- hash / truth -----------------------------------------------------------------------------

int64_t object_hash(const Value& v) {
    // CPython: the address rotated right by 4 bits.
    uint64_t id = object_id(v.obj());
    uint64_t h = (id >> 4) | (id << 60);
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t hash(const Value& v) {
    Type* t = v.type();
    if (!t->hash) raise_type_error(fmt("unhashable type: '%s'", t->name.c_str()));
    return t->hash(v);
}

bool is_callable(const Value& v) {
    Type* t = v.type();
    return t->call != nullptr || t == function_type || t == native_function_type;
}

bool truthy(const Value& v) {
    if (v.is(True)) return true;
    if (v.is(False) || v.is(None)) return false;
    if (v.is_small()) return v.small() != 0;
    Type* t = v.type();
    if (t->truth) return t->truth(v) != 0;
    if (t->len) return t->len(v) != 0;
    return true;
}

// ---- comparison -------------------------------------------------------------------------------

Value richcompare(const Value& a, const Value& b, CmpOp op) {
    Type* ta = a.type();
    Type* tb = b.type();
    bool checked_reverse = false;
    if (ta != tb && tb->is_subtype(ta) && tb->richcmp) {
        checked_reverse = true;
        Value r = tb->richcmp(b, a, cmpop_swapped(op));
        if (!r.is(NotImplemented)) return r;
    }
    if (ta->richcmp) {
        Value r = ta->richcmp(a, b, op);
        if (!r.is(NotImplemented)) return r;
    }
    if (!checked_reverse && tb->richcmp) {
        Value r = tb->richcmp(b, a, cmpop_swapped(op));
        if (!r.is(NotImplemented)) return r;
    }
    switch (op) {
    case CmpOp::Eq: return py_bool(a.is(b));
    case CmpOp::Ne: return py_bool(!a.is(b));
    default:
        raise_type_error(fmt("'%s' not supported between instances of '%s' and '%s'",
                             cmpop_symbol(op), ta->name.c_str(), tb->name.c_str()));
    }
}

bool compare_bool(const Value& a, const Value& b, CmpOp op) {
    if (op == CmpOp::Eq && a.is(b)) return true;
    if (op == CmpOp::Ne && a.is(b)) return false;
    if (a.is_small() && b.is_small()) {
        int64_t x = a.small(), y = b.small();
        switch (op) {
        case CmpOp::Lt: return x < y;
        case CmpOp::Le: return x <= y;
        case CmpOp::Eq: return x == y;
        case CmpOp::Ne: return x != y;
        case CmpOp::Gt: return x > y;
        case CmpOp::Ge: return x >= y;
        }
    }
    Value r = richcompare(a, b, op);
    if (r.is(True)) return true;
    if (r.is(False)) return false;
    return truthy(r);
}

bool equals(const Value& a, const Value& b) {
    if (a.is(b)) return true;
    if (a.is_small() && b.is_small()) return false;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    return compare_bool(a, b, CmpOp::Eq);
}

// ---- operators --------------------------------------------------------------------------------

namespace {

Value binop1(const Value& a, const Value& b, BinOp op) {
    int i = static_cast<int>(op);
    Type* ta = a.type();
    Type* tb = b.type();
    auto sa = ta->binop[i];
    auto sb = tb != ta ? tb->binop[i] : nullptr;
    if (sb && sa == sb) sb = nullptr;
    if (sa) {
        if (sb && tb->is_subtype(ta)) {
            Value r = sb(a, b);
            if (!r.is(NotImplemented)) return r;
            sb = nullptr;
        }
        Value r = sa(a, b);
        if (!r.is(NotImplemented)) return r;
    }
    if (sb) {
        Value r = sb(a, b);
        if (!r.is(NotImplemented)) return r;
    }
    return not_implemented();
}

[[noreturn]] void binop_type_error(const Value& a, const Value& b, const char* sym) {
    raise_type_error(fmt("unsupported operand type(s) for %s: '%s' and '%s'", sym,
                         type_name(a).c_str(), type_name(b).c_str()));
}

} // namespace

Value binary_op(const Value& a, const Value& b, BinOp op) {
    Value r = binop1(a, b, op);
    if (!r.is(NotImplemented)) return r;
    if (op == BinOp::Pow)
        raise_type_error(fmt("unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                             type_name(a).c_str(), type_name(b).c_str()));
    if (op == BinOp::Add && (b.type() == str_type || a.type() == str_type) && a.type() == str_type)
        raise_type_error(fmt("can only concatenate str (not \"%s\") to str", type_name(b).c_str()));
    if (op == BinOp::Add && a.type() == list_type && !is_list_like(b))
        raise_type_error(
            fmt("can only concatenate list (not \"%s\") to list", type_name(b).c_str()));
    if (op == BinOp::Add && a.type() == tuple_type && !is_tuple_like(b))
        raise_type_error(
            fmt("can only concatenate tuple (not \"%s\") to tuple", type_name(b).c_str()));
    if (op == BinOp::Mul) {
        // PyNumber_Multiply's sequence repeat: the left operand's first, if it is a sequence.
        auto repeats = [](const Value& v) {
            Type* t = v.type();
            return t->is_subtype(str_type) || t->is_subtype(list_type) ||
                   t->is_subtype(tuple_type) || t->is_subtype(bytes_type) ||
                   t->is_subtype(bytearray_type);
        };
        if (repeats(a) || repeats(b))
            raise_type_error(fmt("can't multiply sequence by non-int of type '%s'",
                                 type_name(repeats(a) ? b : a).c_str()));
    }
    binop_type_error(a, b, binop_symbol(op));
}

Value inplace_op(const Value& a, const Value& b, BinOp op) {
    int i = static_cast<int>(op);
    Type* ta = a.type();
    if (ta->inplace[i]) {
        Value r = ta->inplace[i](a, b);
        if (!r.is(NotImplemented)) return r;
    }
    Value r = binop1(a, b, op);
    if (!r.is(NotImplemented)) return r;
    if (op == BinOp::Pow)
        raise_type_error(fmt("unsupported operand type(s) for **=: '%s' and '%s'",
                             type_name(a).c_str(), type_name(b).c_str()));
    if (op == BinOp::Add && a.type() == str_type)
        raise_type_error(fmt("can only concatenate str (not \"%s\") to str", type_name(b).c_str()));
    std::string sym = std::string(binop_symbol(op)) + "=";
    binop_type_error(a, b, sym.c_str());
}

Value unary_op(const Value& v, UnOp op) {
    Type* t = v.type();
    auto f = t->unop[static_cast<int>(op)];
    if (f) {
        Value r = f(v);
        if (!r.is(NotImplemented)) return r;
    }
    static const char* names[] = {"unary -", "unary +", "unary ~"};
    raise_type_error(
        fmt("bad operand type for %s: '%s'", names[static_cast<int>(op)], t->name.c_str()));
}

// ---- attributes -------------------------------------------------------------------------------

Value getattr_opt(const Value& o, StrObject* name) {
    Type* t = o.type();
    if (t->getattr) return t->getattr(o, name);
    return generic_getattr(o, name);
}

Value getattr(const Value& o, StrObject* name) {
    Value r = getattr_opt(o, name);
    if (r.is_null()) raise_attribute_error(o, name);
    return r;
}

Value getattr(const Value& o, std::string_view name) {
    return getattr(o, intern(name));
}

bool hasattr(const Value& o, StrObject* name) {
    try {
        return !getattr_opt(o, name).is_null();
    } catch (PyError& e) {
        if (exc_matches(e.exc, AttributeError_type)) return false;
        throw;
    }
}

void setattr(const Value& o, StrObject* name, const Value& v) {
    Type* t = o.type();
    if (t->setattr)
        t->setattr(o, name, v);
    else
        generic_setattr(o, name, v);
}

void delattr(const Value& o, StrObject* name) {
    setattr(o, name, Value());
}

// ---- calls ------------------------------------------------------------------------------------

Value call(const Value& f, CallArgs& a) {
    return interp().call(f, a);
}

Value call(const Value& f, std::initializer_list<Value> args) {
    CallArgs a;
    a.args = args.begin();
    a.nargs = args.size();
    return interp().call(f, a);
}

Value call_method(const Value& o, StrObject* name, std::initializer_list<Value> args) {
    Value m = getattr(o, name);
    return call(m, args);
}

Value call_method_opt(const Value& o, StrObject* name, std::initializer_list<Value> args) {
    Value m = getattr_opt(o, name);
    if (m.is_null()) return m;
    return call(m, args);
}

// ---- iteration and containers -----------------------------------------------------------------

Value get_iter(const Value& v) {
    Type* t = v.type();
    if (t->iter) return t->iter(v);
    if (t->getitem && t != dict_type) {
                return new_seq_iter(v);
    }
    raise_type_error(fmt("'%s' object is not iterable", t->name.c_str()));
}

Value iter_next(const Value& it) {
    Type* t = it.type();
    if (!t->next) raise_type_error(fmt("'%s' object is not an iterator", t->name.c_str()));
    // PyIter_Next: a StopIteration out of the slot (a generator's return value, a map()
    // function that raised it) is the end of the iteration, not an error.
    try {
        return t->next(it);
    } catch (PyError& e) {
        if (!exc_matches(e.exc, StopIteration_type)) throw;
        return Value();
    }
}

int64_t length(const Value& v) {
    Type* t = v.type();
    if (!t->len) raise_type_error(fmt("object of type '%s' has no len()", t->name.c_str()));
    return t->len(v);
}

Value getitem(const Value& o, const Value& k) {
    Type* t = o.type();
    if (t->getitem) return t->getitem(o, k);
    if (o.type() == type_type || o.type()->is_subtype(type_type)) {
        // Class subscription (list[int], dict[str, int]) via __class_getitem__.
        Value cg = getattr_opt(o, intern("__class_getitem__"));
        if (!cg.is_null()) return call(cg, {k});
        // The built-in containers' aliases (list[int]) are types.GenericAlias, written in Python.
        Type* ct = o.as<Type>();
        for (Type* g : {list_type, dict_type, tuple_type, set_type, frozenset_type, type_type})
            if (ct->is_subtype(g))
                return call(getattr(interp().import_module("types"), intern("GenericAlias")),
                            {o, k});
        raise_type_error(fmt("type '%s' is not subscriptable", o.as<Type>()->name.c_str()));
    }
    raise_type_error(fmt("'%s' object is not subscriptable", t->name.c_str()));
}

void setitem(const Value& o, const Value& k, const Value& v) {
    Type* t = o.type();
    if (!t->setitem)
        raise_type_error(fmt("'%s' object does not support item assignment", t->name.c_str()));
    t->setitem(o, k, v);
}

void delitem(const Value& o, const Value& k) {
    Type* t = o.type();
    if (!t->setitem)
        raise_type_error(fmt("'%s' object doesn't support item deletion", t->name.c_str()));
    t->setitem(o, k, Value());
}

bool contains(const Value& c, const Value& item) {
    Type* t = c.type();
    if (t->contains) return t->contains(c, item) != 0;
    if (!t->iter && !t->getitem)
        raise_type_error(fmt("argument of type '%s' is not iterable", t->name.c_str()));
    Value it = get_iter(c);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return false;
        if (equals(x, item)) return true;
    }
}

int64_t index_value(const Value& v) {
    if (v.is_small()) return v.small();
    int64_t out;
    if (is_int(v)) {
        if (int_to_i64(v, out)) return out;
        raise(IndexError_type,
              fmt("cannot fit '%s' into an index-sized integer", type_name(v).c_str()));
    }
    Value m = getattr_opt(Value::borrow(v.type()), intern("__index__"));
    if (!m.is_null()) {
        Value r = call(m, {v});
        if (int_to_i64(r, out)) return out;
    }
    raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
}

} // namespace loopstep::py
