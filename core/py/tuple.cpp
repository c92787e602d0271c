// The tuple type (Objects/tupleobject.c): one allocation with the items inline, the single
// empty tuple, CPython 3.11's xxHash-based tuple hash bit for bit (dict and set order depend on
// it), lexicographic comparison, slicing, concatenation and repetition, and the tuple iterator.
// Instances of tuple subclasses (namedtuple) are tuples whose type is the subclass; when the
// subclass has a __dict__, it lives in one extra slot after the items.
#include "core/py/tuple.h"

#include <cstdlib>
#include <new>
#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/generic_alias.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/type.h"

#include <new>

namespace loopstep::py {

Type* tuple_type;
Type* tuple_iter_type;

namespace {

// Tuples of a subclass carry one more slot, after the items, for the instance __dict__.
bool has_dict_slot(const TupleObject* t) {
    return t->type != nullptr && t->type != tuple_type;
}

Value alloc_tuple(Type* t, size_t n) {
    size_t extra = n + (t != tuple_type ? 1 : 0);
    TupleObject* o = alloc_var<TupleObject>(extra * sizeof(Value), t, n);
    if (t != tuple_type) new (o->items() + n) Value();
    return Value::steal(o);
}

// Objects whose hash can never run Python code, so a tuple made of them may cache its hash
// (CPython recomputes it every time; caching is only invisible when no __hash__ could observe it).
bool hash_is_pure(const Value& v) {
    if (v.is_small()) return true;
    Type* t = v.type();
    if (t->flags & kTypeHeap) return false;
    if (t == tuple_type) return as_tuple(v)->hash_ != -1;
    return true;
}

Value tuple_from_iterable(Type* t, const Value& iterable) {
    if (t == tuple_type && is_tuple(iterable)) return iterable;
    std::vector<Value> items = to_vector(iterable);
    if (t == tuple_type) return new_tuple(std::move(items));
    Value r = alloc_tuple(t, items.size());
    TupleObject* o = as_tuple(r);
    for (size_t i = 0; i < items.size(); ++i) (*o)[i] = std::move(items[i]);
    return r;
}

Value tuple_tp_new(Type* t, CallArgs& a) {
    if (t == tuple_type || t->tp_init == tuple_type->tp_init) check_no_kwargs(a, "tuple");
    check_nargs(a, "tuple", 0, 1);
    if (a.nargs == 0) {
        if (t == tuple_type) return empty_tuple();
        return alloc_tuple(t, 0);
    }
    return tuple_from_iterable(t, a.args[0]);
}

Value tuple_repr(const Value& v) {
    TupleObject* t = as_tuple(v);
    if (t->n == 0) return new_str_ascii("()");
    ReprGuard guard(v.obj());
    if (guard.busy()) return new_str_ascii("(...)");
    std::string out = "(";
    for (size_t i = 0; i < t->n; ++i) {
        if (i) out += ", ";
        out += repr_utf8((*t)[i]);
    }
    out += t->n == 1 ? ",)" : ")";
    return new_str(std::move(out));
}

int64_t tuple_hash(const Value& v) {
    TupleObject* t = as_tuple(v);
    if (t->hash_ != -1) return t->hash_;
    constexpr uint64_t kPrime1 = 11400714785074694791ull;
    constexpr uint64_t kPrime2 = 14029467366897019727ull;
    constexpr uint64_t kPrime5 = 2870177450012600261ull;
    uint64_t acc = kPrime5;
    bool pure = true;
    for (size_t i = 0; i < t->n; ++i) {
        const Value& item = (*t)[i];
        uint64_t lane = static_cast<uint64_t>(hash_key(item));
        pure = pure && hash_is_pure(item);
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc += static_cast<uint64_t>(t->n) ^ (kPrime5 ^ 3527539ull);
    int64_t h = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
    if (pure) t->hash_ = h;
    return h;
}

Value compare_sizes(size_t x, size_t y, CmpOp op) {
    switch (op) {
    case CmpOp::Lt: return py_bool(x < y);
    case CmpOp::Le: return py_bool(x <= y);
    case CmpOp::Eq: return py_bool(x == y);
    case CmpOp::Ne: return py_bool(x != y);
    case CmpOp::Gt: return py_bool(x > y);
    case CmpOp::Ge: return py_bool(x >= y);
    }
    return not_implemented();
}

Value tuple_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_tuple_like(a) || !is_tuple_like(b)) return not_implemented();
    // Items are read through the objects each time: a comparison may not resize a tuple, but it
    // may drop the last other reference to one, which `a` and `b` keep alive.
    TupleObject* x = as_tuple(a);
    TupleObject* y = as_tuple(b);
    size_t i = 0;
    for (; i < x->n && i < y->n; ++i)
        if (!equals((*x)[i], (*y)[i])) break;
    if (i >= x->n || i >= y->n) return compare_sizes(x->n, y->n, op);
    if (op == CmpOp::Eq) return py_bool(false);
    if (op == CmpOp::Ne) return py_bool(true);
    Value vi = (*x)[i], wi = (*y)[i];
    return richcompare(vi, wi, op);
}

int64_t tuple_len(const Value& v) {
    return static_cast<int64_t>(as_tuple(v)->n);
}

Value tuple_getitem(const Value& v, const Value& key) {
    TupleObject* t = as_tuple(v);
    int64_t n = static_cast<int64_t>(t->n);
    if (key.is_small() || has_index(key)) {
        int64_t i = key.is_small() ? key.small() : index_or_raise(key, IndexError_type);
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise_index_error("tuple index out of range");
        return (*t)[static_cast<size_t>(i)];
    }
    if (is_slice(key)) {
        SliceBounds b = slice_bounds(key, n);
        if (b.count <= 0) return empty_tuple();
        if (b.start == 0 && b.step == 1 && b.count == n && is_tuple(v)) return v;
        Value r = new_tuple(static_cast<size_t>(b.count));
        TupleObject* o = as_tuple(r);
        int64_t cur = b.start;
        for (int64_t i = 0; i < b.count; ++i, cur += b.step)
            (*o)[static_cast<size_t>(i)] = (*t)[static_cast<size_t>(cur)];
        return r;
    }
    raise_type_error(
        fmt("tuple indices must be integers or slices, not %s", type_name(key).c_str()));
}

int tuple_contains(const Value& v, const Value& x) {
    TupleObject* t = as_tuple(v);
    for (size_t i = 0; i < t->n; ++i)
        if (equals((*t)[i], x)) return 1;
    return 0;
}

Value tuple_add(const Value& a, const Value& b) {
    if (!is_tuple_like(a) || !is_tuple_like(b)) return not_implemented();
    TupleObject* x = as_tuple(a);
    TupleObject* y = as_tuple(b);
    if (y->n == 0 && is_tuple(a)) return a;
    if (x->n == 0 && is_tuple(b)) return b;
    Value r = new_tuple(x->n + y->n);
    TupleObject* o = as_tuple(r);
    for (size_t i = 0; i < x->n; ++i) (*o)[i] = (*x)[i];
    for (size_t i = 0; i < y->n; ++i) (*o)[x->n + i] = (*y)[i];
    return r;
}

Value tuple_mul(const Value& a, const Value& b) {
    const Value& seq = is_tuple_like(a) ? a : b;
    const Value& count = is_tuple_like(a) ? b : a;
    if (!has_index(count)) return not_implemented();
    int64_t n = index_or_raise(count, OverflowError_type);
    TupleObject* t = as_tuple(seq);
    if (n < 0) n = 0;
    if (n == 1 && is_tuple(seq)) return seq;
    if (t->n == 0 || n == 0) return empty_tuple();
    if (static_cast<uint64_t>(n) > kMaxContainerItems / t->n) raise_memory_error();
    size_t total = t->n * static_cast<size_t>(n);
    Value r = new_tuple(total);
    TupleObject* o = as_tuple(r);
    for (size_t i = 0; i < total; ++i) (*o)[i] = (*t)[i % t->n];
    return r;
}

Value* tuple_dict_slot(const Value& v) {
    TupleObject* t = as_tuple(v);
    if (!has_dict_slot(t) || !(t->type->flags & kTypeHasDict)) return nullptr;
    return t->items() + t->n;
}

// ---- methods ---------------------------------------------------------------------------------

Value m_count(CallArgs& a) {
    const Value& self = method_self(a, tuple_type, "count");
    check_onearg(a, "tuple.count");
    TupleObject* t = as_tuple(self);
    int64_t c = 0;
    for (size_t i = 0; i < t->n; ++i)
        if (equals((*t)[i], a.args[1])) ++c;
    return new_int(c);
}

Value m_index(CallArgs& a) {
    const Value& self = method_self(a, tuple_type, "index");
    check_positional(a, "tuple.index", "index", 1, 3);
    TupleObject* t = as_tuple(self);
    int64_t n = static_cast<int64_t>(t->n);
    int64_t start = a.nargs > 2 ? slice_index_arg(a.args[2]) : 0;
    int64_t stop = a.nargs > 3 ? slice_index_arg(a.args[3]) : n;
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < stop && i < n; ++i)
        if (equals((*t)[static_cast<size_t>(i)], a.args[1])) return new_int(i);
    raise_value_error("tuple.index(x): x not in tuple");
}

Value m_new(CallArgs& a) {
    if (a.nargs == 0) raise_type_error("tuple.__new__(): not enough arguments");
    const Value& cls = a.args[0];
    if (!is_instance(cls, type_type))
        raise_type_error(
            fmt("tuple.__new__(X): X is not a type object (%s)", type_name(cls).c_str()));
    Type* t = cls.as<Type>();
    if (!t->is_subtype(tuple_type))
        raise_type_error(fmt("tuple.__new__(%s): %s is not a subtype of tuple", t->name.c_str(),
                             t->name.c_str()));
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    return tuple_tp_new(t, rest);
}

Value m_getnewargs(CallArgs& a) {
    const Value& self = method_self(a, tuple_type, "__getnewargs__");
    check_noargs(a, "tuple.__getnewargs__");
    TupleObject* t = as_tuple(self);
    return new_tuple({new_tuple(t->items(), t->n)});
}

// ---- iterator --------------------------------------------------------------------------------

struct TupleIterObject : Object {
    TupleIterObject(Type* t, Value seq) : Object(t), seq(std::move(seq)) {}
    Value seq; // null once exhausted
    size_t index = 0;
};

Value tuple_iter(const Value& v) {
    return make<TupleIterObject>(tuple_iter_type, v);
}

Value tuple_iter_next(const Value& it) {
    auto* i = it.as<TupleIterObject>();
    if (i->seq.is_null()) return Value();
    TupleObject* t = as_tuple(i->seq);
    if (i->index < t->n) return (*t)[i->index++];
    i->seq = Value();
    return Value();
}

Value m_iter_length_hint(CallArgs& a) {
    auto* i = method_self(a, tuple_iter_type, "__length_hint__").as<TupleIterObject>();
    if (i->seq.is_null()) return new_int(0);
    return new_int(static_cast<int64_t>(as_tuple(i->seq)->n - i->index));
}

} // namespace

// ---- construction ----------------------------------------------------------------------------

TupleObject::TupleObject(Type* t, size_t n) : Object(t), n(n) {
    for (size_t i = 0; i < n; ++i) new (items() + i) Value();
}

TupleObject::~TupleObject() {
    if (has_dict_slot(this)) items()[n].~Value();
    for (size_t i = n; i-- > 0;) items()[i].~Value();
}

Value empty_tuple() {
    // Immortal and shared by every `()` of every interpreter, so from malloc rather than the
    // per-thread object pool (which goes when its thread ends).
    static TupleObject* empty = [] {
        void* mem = std::malloc(sizeof(TupleObject));
        if (!mem) throw std::bad_alloc();
        auto* o = new (mem) TupleObject(tuple_type, 0);
        o->rc = 1u << 30;
        return o;
    }();
    return Value::borrow(empty);
}

Value new_tuple(size_t n) {
    if (n == 0) return empty_tuple();
    return alloc_tuple(tuple_type, n);
}

Value new_tuple(const Value* items, size_t n) {
    Value r = new_tuple(n);
    TupleObject* t = as_tuple(r);
    for (size_t i = 0; i < n; ++i) (*t)[i] = items[i];
    return r;
}

Value new_tuple(std::initializer_list<Value> items) {
    return new_tuple(items.begin(), items.size());
}

Value new_tuple(std::vector<Value>&& items) {
    Value r = new_tuple(items.size());
    TupleObject* t = as_tuple(r);
    for (size_t i = 0; i < items.size(); ++i) (*t)[i] = std::move(items[i]);
    return r;
}

bool is_tuple_like(const Value& v) {
    return !v.is_null() && v.is_obj() && is_instance(v, tuple_type);
}

void init_tuple_type() {
    tuple_type = new_builtin_type("tuple", object_type, kTypeBase);
    tuple_type->solid = tuple_type;
    // `()` may have been made before its type existed.
    Value e = empty_tuple();
    if (!e.obj()->type) {
        e.obj()->type = tuple_type;
        incref(tuple_type);
    }
    tuple_type->tp_new = tuple_tp_new;
    tuple_type->repr = tuple_repr;
    tuple_type->hash = tuple_hash;
    tuple_type->richcmp = tuple_richcmp;
    tuple_type->len = tuple_len;
    tuple_type->getitem = tuple_getitem;
    tuple_type->contains = tuple_contains;
    tuple_type->iter = tuple_iter;
    tuple_type->binop[static_cast<int>(BinOp::Add)] = tuple_add;
    tuple_type->binop[static_cast<int>(BinOp::Mul)] = tuple_mul;
    tuple_type->dict_offset_fn = tuple_dict_slot;
    add_method(tuple_type, "count", m_count);
    add_method(tuple_type, "index", m_index);
    add_method(tuple_type, "__getnewargs__", m_getnewargs);
    add_staticmethod(tuple_type, "__new__", m_new);
    add_class_getitem(tuple_type);
    add_slot_wrappers(tuple_type);

    tuple_iter_type = new_builtin_type("tuple_iterator", object_type, 0);
    tuple_iter_type->tp_new = nullptr;
    tuple_iter_type->iter = iter_self;
    tuple_iter_type->next = tuple_iter_next;
    add_method(tuple_iter_type, "__length_hint__", m_iter_length_hint);
    add_slot_wrappers(tuple_iter_type);
}

} // namespace loopstep::py
