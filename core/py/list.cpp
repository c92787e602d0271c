// The list type (Objects/listobject.c): indexing and slicing with CPython's slice-assignment
// rules, comparison, concatenation and repetition, the methods, repr with the "[...]" guard for
// lists that contain themselves, and the forward and reverse list iterators the eval loop's
// FOR_ITER uses. Sorting is in list_sort.cpp. Items are read back through the list after every
// call into Python code, since that code may have changed the list.
#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/generic_alias.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <algorithm>

namespace loopstep::py {

Type* list_type;
Type* list_iter_type;
Type* list_reverse_iter_type;

namespace {

// A list whose type is a subclass, with room for the instance __dict__.
struct ListSubObject : ListObject {
    explicit ListSubObject(Type* t) : ListObject(t) {}
    Value dict;
};

using Items = std::vector<Value>;

Items& items_of(const Value& v) {
    return as_list(v)->items;
}

int64_t size_of(const Value& v) {
    return static_cast<int64_t>(items_of(v).size());
}

// PySequence_Fast: the items of a list or tuple as they are, anything else iterated.
Items sequence_items(const Value& v, const char* not_iterable_msg) {
    if (is_list(v)) return items_of(v);
    if (is_tuple(v)) {
        TupleObject* t = as_tuple(v);
        return Items(t->items(), t->items() + t->n);
    }
    if (!v.type()->iter && !v.type()->getitem) raise_type_error(not_iterable_msg);
    return to_vector(v);
}

void extend(const Value& v, const Value& iterable);

Value list_tp_new(Type* t, CallArgs&) {
    if (t == list_type) return new_list();
    return make<ListSubObject>(t);
}

void list_tp_init(const Value& self, CallArgs& a) {
    Type* t = self.type();
    if (t == list_type || t->tp_init == list_type->tp_init) check_no_kwargs(a, "list");
    check_nargs(a, "list", 0, 1);
    Items& items = items_of(self);
    if (!items.empty()) {
        Items old;
        old.swap(items);
    }
    if (a.nargs == 1) extend(self, a.args[0]);
}

Value list_repr(const Value& v) {
    if (items_of(v).empty()) return new_str_ascii("[]");
    ReprGuard guard(v.obj());
    if (guard.busy()) return new_str_ascii("[...]");
    std::string out = "[";
    for (size_t i = 0; i < items_of(v).size(); ++i) {
        if (i) out += ", ";
        Value item = items_of(v)[i];
        out += repr_utf8(item);
    }
    out += "]";
    return new_str(std::move(out));
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

Value list_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_list_like(a) || !is_list_like(b)) return not_implemented();
    if (items_of(a).size() != items_of(b).size() && (op == CmpOp::Eq || op == CmpOp::Ne))
        return py_bool(op == CmpOp::Ne);
    size_t i = 0;
    for (; i < items_of(a).size() && i < items_of(b).size(); ++i) {
        Value x = items_of(a)[i], y = items_of(b)[i];
        if (x.is(y)) continue;
        if (!equals(x, y)) break;
    }
    if (i >= items_of(a).size() || i >= items_of(b).size())
        return compare_sizes(items_of(a).size(), items_of(b).size(), op);
    if (op == CmpOp::Eq) return py_bool(false);
    if (op == CmpOp::Ne) return py_bool(true);
    Value x = items_of(a)[i], y = items_of(b)[i];
    return richcompare(x, y, op);
}

int64_t list_len(const Value& v) {
    return size_of(v);
}

Value list_slice(const Value& v, const SliceBounds& b) {
    Items out;
    out.reserve(static_cast<size_t>(std::max<int64_t>(b.count, 0)));
    const Items& items = items_of(v);
    int64_t cur = b.start;
    for (int64_t i = 0; i < b.count; ++i, cur += b.step)
        out.push_back(items[static_cast<size_t>(cur)]);
    return new_list(std::move(out));
}

Value list_getitem(const Value& v, const Value& key) {
    if (key.is_small() || has_index(key)) {
        int64_t i = key.is_small() ? key.small() : index_or_raise(key, IndexError_type);
        int64_t n = size_of(v);
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise_index_error("list index out of range");
        return items_of(v)[static_cast<size_t>(i)];
    }
    if (is_slice(key)) return list_slice(v, slice_bounds(key, size_of(v)));
    raise_type_error(
        fmt("list indices must be integers or slices, not %s", type_name(key).c_str()));
}

// list_ass_slice: a[low:high] = value (null value: delete).
void assign_slice(const Value& v, int64_t low, int64_t high, const Value& value) {
    Items repl;
    if (!value.is_null()) {
        repl = value.is(v) ? items_of(v) : sequence_items(value, "can only assign an iterable");
    }
    Items& items = items_of(v);
    int64_t n = static_cast<int64_t>(items.size());
    low = std::clamp<int64_t>(low, 0, n);
    high = std::clamp<int64_t>(high, low, n);
    // The replaced items are dropped only after the list is consistent again: their __del__
    // may look at it.
    Items removed(std::make_move_iterator(items.begin() + low),
                  std::make_move_iterator(items.begin() + high));
    items.erase(items.begin() + low, items.begin() + high);
    items.insert(items.begin() + low, std::make_move_iterator(repl.begin()),
                 std::make_move_iterator(repl.end()));
}

void assign_extended(const Value& v, const Value& key, const Value& value) {
    int64_t start, stop, step;
    slice_unpack(key.as<SliceObject>(), &start, &stop, &step);
    int64_t count = slice_adjust(size_of(v), &start, &stop, step);
    if (step == 1) {
        assign_slice(v, start, stop, value);
        return;
    }
    // s[5:2] = ... inserts before 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (value.is_null()) {
        if (count <= 0) return;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (count - 1) - 1;
            step = -step;
        }
        Items& items = items_of(v);
        Items removed;
        removed.reserve(static_cast<size_t>(count));
        Items kept;
        kept.reserve(items.size() - static_cast<size_t>(count));
        int64_t next = start;
        for (int64_t i = 0; i < static_cast<int64_t>(items.size()); ++i) {
            if (i == next && static_cast<int64_t>(removed.size()) < count) {
                removed.push_back(std::move(items[static_cast<size_t>(i)]));
                next += step;
            } else {
                kept.push_back(std::move(items[static_cast<size_t>(i)]));
            }
        }
        items.swap(kept);
        return;
    }
    Items seq =
        value.is(v) ? items_of(v) : sequence_items(value, "must assign iterable to extended slice");
    if (static_cast<int64_t>(seq.size()) != count)
        raise_value_error(fmt("attempt to assign sequence of size %zu to extended slice of size "
                              "%lld",
                              seq.size(), static_cast<long long>(count)));
    Items& items = items_of(v);
    Items removed;
    removed.reserve(seq.size());
    int64_t cur = start;
    int64_t n = static_cast<int64_t>(items.size());
    for (size_t i = 0; i < seq.size() && cur >= 0 && cur < n; ++i, cur += step) {
        removed.push_back(std::move(items[static_cast<size_t>(cur)]));
        items[static_cast<size_t>(cur)] = std::move(seq[i]);
    }
}

void list_setitem(const Value& v, const Value& key, const Value& value) {
    if (key.is_small() || has_index(key)) {
        int64_t i = key.is_small() ? key.small() : index_or_raise(key, IndexError_type);
        int64_t n = size_of(v);
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise_index_error("list assignment index out of range");
        Items& items = items_of(v);
        if (value.is_null()) {
            Value old = std::move(items[static_cast<size_t>(i)]);
            items.erase(items.begin() + i);
        } else {
            Value old = std::move(items[static_cast<size_t>(i)]);
            items[static_cast<size_t>(i)] = value;
        }
        return;
    }
    if (is_slice(key)) {
        assign_extended(v, key, value);
        return;
    }
    raise_type_error(
        fmt("list indices must be integers or slices, not %s", type_name(key).c_str()));
}

int list_contains(const Value& v, const Value& x) {
    for (size_t i = 0; i < items_of(v).size(); ++i) {
        Value item = items_of(v)[i];
        if (equals(item, x)) return 1;
    }
    return 0;
}

// list_extend: items arrive one by one, so an iterator that fails half-way leaves the items it
// produced before failing in the list, as in CPython.
void extend(const Value& v, const Value& iterable) {
    if (is_list(iterable) || is_tuple(iterable) || iterable.is(v)) {
        Items add = sequence_items(iterable, "");
        Items& items = items_of(v);
        items.insert(items.end(), std::make_move_iterator(add.begin()),
                     std::make_move_iterator(add.end()));
        return;
    }
    Value it = get_iter(iterable);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return;
        items_of(v).push_back(std::move(x));
    }
}

Value list_add(const Value& a, const Value& b) {
    if (!is_list_like(a) || !is_list_like(b)) return not_implemented();
    Items out;
    out.reserve(items_of(a).size() + items_of(b).size());
    out.insert(out.end(), items_of(a).begin(), items_of(a).end());
    out.insert(out.end(), items_of(b).begin(), items_of(b).end());
    return new_list(std::move(out));
}

Value list_inplace_add(const Value& a, const Value& b) {
    extend(a, b);
    return a;
}

// The repeat count of `seq * n`, or nothing when n is not an index.
bool repeat_count(const Value& n, int64_t* out) {
    if (!has_index(n)) return false;
    *out = std::max<int64_t>(index_or_raise(n, OverflowError_type), 0);
    return true;
}

Value list_mul(const Value& a, const Value& b) {
    bool left = is_list_like(a);
    const Value& seq = left ? a : b;
    int64_t n;
    if (!repeat_count(left ? b : a, &n)) return not_implemented();
    const Items& items = items_of(seq);
    if (n == 0 || items.empty()) return new_list();
    if (static_cast<uint64_t>(n) > kMaxContainerItems / items.size()) raise_memory_error();
    Items out;
    out.reserve(items.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return new_list(std::move(out));
}

Value list_inplace_mul(const Value& a, const Value& b) {
    int64_t n;
    if (!repeat_count(b, &n)) return not_implemented();
    Items& items = items_of(a);
    if (n == 0 || items.empty()) {
        Items old;
        old.swap(items);
        return a;
    }
    if (static_cast<uint64_t>(n) > kMaxContainerItems / items.size()) raise_memory_error();
    size_t size = items.size();
    items.reserve(size * static_cast<size_t>(n));
    for (int64_t i = 1; i < n; ++i)
        for (size_t j = 0; j < size; ++j) items.push_back(items[j]);
    return a;
}

Value* list_dict_slot(const Value& v) {
    if (v.type() == list_type || !(v.type()->flags & kTypeHasDict)) return nullptr;
    return &static_cast<ListSubObject*>(as_list(v))->dict;
}

// ---- methods ---------------------------------------------------------------------------------

const Value& self_of(CallArgs& a, const char* name) {
    return method_self(a, list_type, name);
}

Value m_append(CallArgs& a) {
    const Value& self = self_of(a, "append");
    check_onearg(a, "list.append");
    items_of(self).push_back(a.args[1]);
    return none();
}

Value m_extend(CallArgs& a) {
    const Value& self = self_of(a, "extend");
    check_onearg(a, "list.extend");
    extend(self, a.args[1]);
    return none();
}

Value m_insert(CallArgs& a) {
    const Value& self = self_of(a, "insert");
    check_positional(a, "list.insert", "insert", 2, 2);
    int64_t where = ssize_arg(a.args[1]);
    Items& items = items_of(self);
    int64_t n = static_cast<int64_t>(items.size());
    if (where < 0) where = std::max<int64_t>(where + n, 0);
    if (where > n) where = n;
    items.insert(items.begin() + where, a.args[2]);
    return none();
}

Value m_pop(CallArgs& a) {
    const Value& self = self_of(a, "pop");
    check_positional(a, "list.pop", "pop", 0, 1);
    int64_t i = a.nargs > 1 ? ssize_arg(a.args[1]) : -1;
    Items& items = items_of(self);
    int64_t n = static_cast<int64_t>(items.size());
    if (n == 0) raise_index_error("pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("pop index out of range");
    Value r = std::move(items[static_cast<size_t>(i)]);
    items.erase(items.begin() + i);
    return r;
}

Value m_remove(CallArgs& a) {
    const Value& self = self_of(a, "remove");
    check_onearg(a, "list.remove");
    for (size_t i = 0; i < items_of(self).size(); ++i) {
        Value item = items_of(self)[i];
        if (equals(item, a.args[1])) {
            assign_slice(self, static_cast<int64_t>(i), static_cast<int64_t>(i) + 1, Value());
            return none();
        }
    }
    raise_value_error("list.remove(x): x not in list");
}

Value m_index(CallArgs& a) {
    const Value& self = self_of(a, "index");
    check_positional(a, "list.index", "index", 1, 3);
    int64_t start = a.nargs > 2 ? slice_index_arg(a.args[2]) : 0;
    int64_t stop = a.nargs > 3 ? slice_index_arg(a.args[3]) : INT64_MAX;
    int64_t n = size_of(self);
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    for (int64_t i = start; i < stop && i < size_of(self); ++i) {
        Value item = items_of(self)[static_cast<size_t>(i)];
        if (equals(item, a.args[1])) return new_int(i);
    }
    raise_value_error(repr_utf8(a.args[1]) + " is not in list");
}

Value m_count(CallArgs& a) {
    const Value& self = self_of(a, "count");
    check_onearg(a, "list.count");
    int64_t c = 0;
    for (size_t i = 0; i < items_of(self).size(); ++i) {
        Value item = items_of(self)[i];
        if (equals(item, a.args[1])) ++c;
    }
    return new_int(c);
}

Value m_clear(CallArgs& a) {
    const Value& self = self_of(a, "clear");
    check_noargs(a, "list.clear");
    Items old;
    old.swap(items_of(self));
    return none();
}

Value m_copy(CallArgs& a) {
    const Value& self = self_of(a, "copy");
    check_noargs(a, "list.copy");
    return new_list(Items(items_of(self)));
}

Value m_reverse(CallArgs& a) {
    const Value& self = self_of(a, "reverse");
    check_noargs(a, "list.reverse");
    std::reverse(items_of(self).begin(), items_of(self).end());
    return none();
}

Value m_sort(CallArgs& a) {
    const Value& self = self_of(a, "sort");
    if (a.nargs > 1) raise_type_error("sort() takes no positional arguments");
    Value key, reverse;
    for (size_t i = 0; i < a.nkw(); ++i) {
        const std::string& name = as_str((*a.kwnames)[i])->s;
        if (name == "key")
            key = a.args[a.nargs + i];
        else if (name == "reverse")
            reverse = a.args[a.nargs + i];
        else
            raise_type_error(fmt("'%s' is an invalid keyword argument for sort()", name.c_str()));
    }
    bool rev = false;
    if (!reverse.is_null()) {
        Value r = number_index(reverse);
        rev = truthy(r);
    }
    list_sort(as_list(self), key.is_null() || is_none(key) ? Value() : key, rev);
    return none();
}

Value m_new(CallArgs& a) {
    if (a.nargs == 0) raise_type_error("list.__new__(): not enough arguments");
    const Value& cls = a.args[0];
    if (!is_instance(cls, type_type))
        raise_type_error(
            fmt("list.__new__(X): X is not a type object (%s)", type_name(cls).c_str()));
    Type* t = cls.as<Type>();
    if (!t->is_subtype(list_type))
        raise_type_error(
            fmt("list.__new__(%s): %s is not a subtype of list", t->name.c_str(), t->name.c_str()));
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    return list_tp_new(t, rest);
}

// ---- iterators -------------------------------------------------------------------------------

struct ListIterObject : Object {
    ListIterObject(Type* t, Value seq, int64_t index)
        : Object(t), seq(std::move(seq)), index(index) {}
    Value seq; // null once exhausted
    int64_t index;
};

Value list_iter(const Value& v) {
    return make<ListIterObject>(list_iter_type, v, 0);
}

Value list_reversed(const Value& v) {
    return make<ListIterObject>(list_reverse_iter_type, v, size_of(v) - 1);
}

Value list_reverse_iter_next(const Value& it) {
    auto* i = it.as<ListIterObject>();
    if (i->seq.is_null()) return Value();
    const Items& items = items_of(i->seq);
    if (i->index >= 0 && i->index < static_cast<int64_t>(items.size()))
        return items[static_cast<size_t>(i->index--)];
    i->index = -1;
    i->seq = Value();
    return Value();
}

Value m_reversed(CallArgs& a) {
    const Value& self = self_of(a, "__reversed__");
    check_noargs(a, "list.__reversed__");
    return list_reversed(self);
}

Value m_iter_length_hint(CallArgs& a) {
    auto* i = method_self(a, list_iter_type, "__length_hint__").as<ListIterObject>();
    if (i->seq.is_null()) return new_int(0);
    return new_int(std::max<int64_t>(size_of(i->seq) - i->index, 0));
}

Value m_reverse_iter_length_hint(CallArgs& a) {
    auto* i = method_self(a, list_reverse_iter_type, "__length_hint__").as<ListIterObject>();
    if (i->seq.is_null() || i->index >= size_of(i->seq)) return new_int(0);
    return new_int(i->index + 1);
}

} // namespace

Value list_iter_next_fast(const Value& it) {
    auto* i = it.as<ListIterObject>();
    if (i->seq.is_null()) return Value();
    const Items& items = items_of(i->seq);
    if (i->index < static_cast<int64_t>(items.size()))
        return items[static_cast<size_t>(i->index++)];
    i->seq = Value();
    return Value();
}

Value new_list() {
    return make<ListObject>(list_type);
}

Value new_list(std::vector<Value>&& items) {
    Value l = make<ListObject>(list_type);
    as_list(l)->items = std::move(items);
    return l;
}

bool is_list_like(const Value& v) {
    return !v.is_null() && v.is_obj() && is_instance(v, list_type);
}

void list_append(const Value& list, Value item) {
    as_list(list)->items.push_back(std::move(item));
}

std::vector<Value> to_vector(const Value& iterable) {
    if (is_list(iterable)) return as_list(iterable)->items;
    if (is_tuple(iterable)) {
        TupleObject* t = as_tuple(iterable);
        return std::vector<Value>(t->items(), t->items() + t->n);
    }
    std::vector<Value> out;
    Value it = get_iter(iterable);
    Type* t = it.type();
    if (t == list_iter_type) {
        for (Value x = list_iter_next_fast(it); !x.is_null(); x = list_iter_next_fast(it))
            out.push_back(std::move(x));
        return out;
    }
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return out;
        out.push_back(std::move(x));
    }
}

void init_list_type() {
    list_type = new_builtin_type("list", object_type, kTypeBase);
    list_type->solid = list_type;
    list_type->tp_new = list_tp_new;
    list_type->tp_init = list_tp_init;
    list_type->repr = list_repr;
    list_type->hash = nullptr;
    list_type->richcmp = list_richcmp;
    list_type->len = list_len;
    list_type->getitem = list_getitem;
    list_type->setitem = list_setitem;
    list_type->contains = list_contains;
    list_type->iter = list_iter;
    list_type->binop[static_cast<int>(BinOp::Add)] = list_add;
    list_type->binop[static_cast<int>(BinOp::Mul)] = list_mul;
    list_type->inplace[static_cast<int>(BinOp::Add)] = list_inplace_add;
    list_type->inplace[static_cast<int>(BinOp::Mul)] = list_inplace_mul;
    list_type->dict_offset_fn = list_dict_slot;
    add_method(list_type, "append", m_append);
    add_method(list_type, "extend", m_extend);
    add_method(list_type, "insert", m_insert);
    add_method(list_type, "pop", m_pop);
    add_method(list_type, "remove", m_remove);
    add_method(list_type, "index", m_index);
    add_method(list_type, "count", m_count);
    add_method(list_type, "clear", m_clear);
    add_method(list_type, "copy", m_copy);
    add_method(list_type, "reverse", m_reverse);
    add_method(list_type, "sort", m_sort);
    add_method(list_type, "__reversed__", m_reversed);
    add_staticmethod(list_type, "__new__", m_new);
    add_class_getitem(list_type);
    add_slot_wrappers(list_type);

    list_iter_type = new_builtin_type("list_iterator", object_type, 0);
    list_iter_type->tp_new = nullptr;
    list_iter_type->iter = iter_self;
    list_iter_type->next = list_iter_next_fast;
    add_method(list_iter_type, "__length_hint__", m_iter_length_hint);
    add_slot_wrappers(list_iter_type);

    list_reverse_iter_type = new_builtin_type("list_reverseiterator", object_type, 0);
    list_reverse_iter_type->tp_new = nullptr;
    list_reverse_iter_type->iter = iter_self;
    list_reverse_iter_type->next = list_reverse_iter_next;
    add_method(list_reverse_iter_type, "__length_hint__", m_reverse_iter_length_hint);
    add_slot_wrappers(list_reverse_iter_type);
}

} // namespace loopstep::py
