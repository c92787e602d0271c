// dict.keys(), dict.values() and dict.items() views and the six dict iterators (forward and
// reversed, over keys, values or items), as Objects/dictobject.c has them: views follow the dict
// as it changes; keys and items views are set-like (&, |, -, ^, comparisons, isdisjoint) and
// answer with plain sets; iterators raise "dictionary changed size during iteration" and
// "dictionary keys changed during iteration" when the dict is changed under them.
#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/set.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *dict_keys_type, *dict_values_type, *dict_items_type;

namespace {

Type *key_iter_type, *value_iter_type, *item_iter_type, *rev_key_iter_type, *rev_value_iter_type,
    *rev_item_iter_type;

enum class Kind { Keys, Values, Items };

// ---- iterators -------------------------------------------------------------------------------

struct DictIterObject : Object {
    DictIterObject(Type* t, Value d, int64_t used, int64_t pos)
        : Object(t), dict(std::move(d)), used(used), pos(pos), len(used) {}
    Value dict;   // null once exhausted
    int64_t used; // the dict's size when iteration began; -1 after a size change
    int64_t pos;
    int64_t len; // items still expected
};

Kind kind_of(Type* t) {
    if (t == key_iter_type || t == rev_key_iter_type) return Kind::Keys;
    if (t == value_iter_type || t == rev_value_iter_type) return Kind::Values;
    return Kind::Items;
}

Value make_iter(Type* t, const Value& dict, bool reverse) {
    DictObject* d = as_dict(dict);
    int64_t used = static_cast<int64_t>(d->size());
    int64_t pos = reverse ? static_cast<int64_t>(d->entries.size()) - 1 : 0;
    Value it = make<DictIterObject>(t, dict, used, pos);
    if (reverse && used == 0) it.as<DictIterObject>()->dict = Value();
    return it;
}

Value result_of(Kind k, const DictEntry& e) {
    switch (k) {
    case Kind::Keys: return e.key;
    case Kind::Values: return e.value;
    case Kind::Items: return new_tuple({e.key, e.value});
    }
    return Value();
}

void check_size(DictIterObject* it, DictObject* d) {
    if (it->used != static_cast<int64_t>(d->size())) {
        it->used = -1; // stays broken, as in CPython
        raise_runtime_error("dictionary changed size during iteration");
    }
}

Value dict_iter_next(const Value& v) {
    auto* it = v.as<DictIterObject>();
    if (it->dict.is_null()) return Value();
    DictObject* d = as_dict(it->dict);
    check_size(it, d);
    size_t i = static_cast<size_t>(it->pos);
    while (i < d->entries.size() && d->entries[i].key.is_null()) ++i;
    if (i >= d->entries.size()) {
        it->dict = Value();
        return Value();
    }
    if (it->len == 0) {
        it->dict = Value();
        raise_runtime_error("dictionary keys changed during iteration");
    }
    it->pos = static_cast<int64_t>(i) + 1;
    --it->len;
    return result_of(kind_of(v.type()), d->entries[i]);
}

Value dict_rev_iter_next(const Value& v) {
    auto* it = v.as<DictIterObject>();
    if (it->dict.is_null()) return Value();
    DictObject* d = as_dict(it->dict);
    check_size(it, d);
    int64_t i = std::min(it->pos, static_cast<int64_t>(d->entries.size()) - 1);
    while (i >= 0 && d->entries[static_cast<size_t>(i)].key.is_null()) --i;
    if (i < 0) {
        it->dict = Value();
        return Value();
    }
    it->pos = i - 1;
    --it->len;
    return result_of(kind_of(v.type()), d->entries[static_cast<size_t>(i)]);
}

Value m_iter_length_hint(CallArgs& a) {
    auto* it = owner_self(a, "__length_hint__").as<DictIterObject>();
    check_noargs(a, "__length_hint__");
    if (it->dict.is_null() || it->used != static_cast<int64_t>(as_dict(it->dict)->size()))
        return new_int(0);
    return new_int(it->len);
}

Value dict_iter(const Value& d) {
    return make_iter(key_iter_type, d, false);
}

Value m_dict_reversed(CallArgs& a) {
    const Value& self = method_self(a, dict_type, "__reversed__");
    check_noargs(a, "dict.__reversed__");
    return make_iter(rev_key_iter_type, self, true);
}

// ---- views -----------------------------------------------------------------------------------

struct DictViewObject : Object {
    DictViewObject(Type* t, Value d) : Object(t), dict(std::move(d)) {}
    Value dict;
};

DictViewObject* as_view(const Value& v) {
    return v.as<DictViewObject>();
}

bool is_set_view(const Value& v) {
    return !v.is_null() && v.is_obj() &&
           (v.type() == dict_keys_type || v.type() == dict_items_type);
}

int64_t view_len(const Value& v) {
    return static_cast<int64_t>(as_dict(as_view(v)->dict)->size());
}

Value view_iter(const Value& v) {
    Type* t = v.type() == dict_keys_type     ? key_iter_type
              : v.type() == dict_values_type ? value_iter_type
                                             : item_iter_type;
    return make_iter(t, as_view(v)->dict, false);
}

Value view_repr(const Value& v) {
    ReprGuard guard(v.obj());
    if (guard.busy()) return new_str_ascii("...");
    Value items = new_list(to_vector(v));
    return new_str(v.type()->name + "(" + repr_utf8(items) + ")");
}

int keys_contains(const Value& v, const Value& key) {
    DictObject* d = as_dict(as_view(v)->dict);
    return d->lookup(key, hash_key(key)) >= 0;
}

int items_contains(const Value& v, const Value& item) {
    if (!is_tuple_like(item) || as_tuple(item)->n != 2) return 0;
    Value key = (*as_tuple(item))[0];
    Value value = (*as_tuple(item))[1];
    Value found = as_dict(as_view(v)->dict)->get(key);
    if (found.is_null()) return 0;
    return equals(found, value);
}

// all_contained_in: every item of `a` is in `b`.
bool all_contained_in(const Value& a, const Value& b) {
    Value it = get_iter(a);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return true;
        if (!contains(b, x)) return false;
    }
}

Value view_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_anyset(b) && !is_set_view(b)) return not_implemented();
    int64_t la = length(a);
    int64_t lb = length(b);
    bool ok = false;
    switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CmpOp::Ne) ok = !ok;
        break;
    case CmpOp::Lt:
        if (la < lb) ok = all_contained_in(a, b);
        break;
    case CmpOp::Le:
        if (la <= lb) ok = all_contained_in(a, b);
        break;
    case CmpOp::Gt:
        if (la > lb) ok = all_contained_in(b, a);
        break;
    case CmpOp::Ge:
        if (la >= lb) ok = all_contained_in(b, a);
        break;
    }
    return py_bool(ok);
}

// dictviews_to_set: a keys view of an exact dict is read straight from the dict.
Value to_set(const Value& v) {
    if (v.type() == dict_keys_type && is_dict(as_view(v)->dict)) return new_set(as_view(v)->dict);
    return new_set(v);
}

Value view_sub(const Value& a, const Value& b) {
    Value r = to_set(a);
    set_difference_update(r, b);
    return r;
}

Value view_or(const Value& a, const Value& b) {
    Value r = to_set(a);
    set_update(r, b);
    return r;
}

// _PyDictView_Intersect.
Value view_and(const Value& a, const Value& b) {
    Value self = a, other = b;
    // The interpreter swaps the operands when the view is on the right of &.
    if (!is_set_view(self)) std::swap(self, other);
    int64_t len_self = view_len(self);
    if (is_set(other) && len_self <= length(other)) return set_intersection(other, self);
    if (is_set_view(other) && view_len(other) > len_self) std::swap(self, other);
    Value result = new_set();
    Value it = get_iter(other);
    bool keys = self.type() == dict_keys_type;
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return result;
        if (keys ? keys_contains(self, x) : items_contains(self, x)) set_add(result, x);
    }
}

// dictitems_xor: two items views, without hashing the values.
Value items_xor(const Value& a, const Value& b) {
    Value temp = dict_copy(as_view(a)->dict);
    DictObject* t = as_dict(temp);
    Value result = new_set();
    DictObject* d2 = as_dict(as_view(b)->dict);
    for (size_t i = 0; i < d2->entries.size(); ++i) {
        if (d2->entries[i].key.is_null()) continue;
        Value key = d2->entries[i].key;
        Value val2 = d2->entries[i].value;
        int64_t hash = d2->entries[i].hash;
        int64_t ix = t->lookup(key, hash);
        bool to_delete = false;
        if (ix >= 0) {
            Value val1 = t->entries[static_cast<size_t>(ix)].value;
            to_delete = equals(val1, val2);
        }
        if (to_delete) {
            ix = t->lookup(key, hash);
            if (ix >= 0) t->delete_at(ix);
        } else {
            set_add(result, new_tuple({key, val2}));
        }
    }
    Value remaining = make<DictViewObject>(dict_items_type, temp);
    set_update(result, remaining);
    return result;
}

Value view_xor(const Value& a, const Value& b) {
    if (a.type() == dict_items_type && b.type() == dict_items_type) return items_xor(a, b);
    Value r = to_set(a);
    set_symmetric_difference_update(r, b);
    return r;
}

Value m_isdisjoint(CallArgs& a) {
    Value self = owner_self(a, "isdisjoint");
    check_onearg(a, "isdisjoint");
    Value other = a.args[1];
    if (self.is(other)) return py_bool(view_len(self) == 0);
    if (is_anyset(other) || is_set_view(other)) {
        int64_t len_self = view_len(self);
        int64_t len_other = length(other);
        if (len_other > len_self) std::swap(self, other);
    }
    Value it = get_iter(other);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return py_bool(true);
        if (contains(self, x)) return py_bool(false);
    }
}

Value m_view_reversed(CallArgs& a) {
    const Value& self = owner_self(a, "__reversed__");
    check_noargs(a, "__reversed__");
    Type* t = self.type() == dict_keys_type     ? rev_key_iter_type
              : self.type() == dict_values_type ? rev_value_iter_type
                                                : rev_item_iter_type;
    return make_iter(t, as_view(self)->dict, true);
}

Value make_view(Type* t, CallArgs& a, const char* name, const char* qualname) {
    const Value& self = method_self(a, dict_type, name);
    check_noargs(a, qualname);
    return make<DictViewObject>(t, self);
}

Value m_keys(CallArgs& a) {
    return make_view(dict_keys_type, a, "keys", "dict.keys");
}
Value m_values(CallArgs& a) {
    return make_view(dict_values_type, a, "values", "dict.values");
}
Value m_items(CallArgs& a) {
    return make_view(dict_items_type, a, "items", "dict.items");
}

Type* new_view_type(const char* name, bool set_like) {
    Type* t = new_builtin_type(name, object_type, 0);
    t->tp_new = nullptr;
    t->len = view_len;
    t->iter = view_iter;
    t->repr = view_repr;
    if (set_like) {
        t->richcmp = view_richcmp;
        t->hash = nullptr;
        t->binop[static_cast<int>(BinOp::Sub)] = view_sub;
        t->binop[static_cast<int>(BinOp::And)] = view_and;
        t->binop[static_cast<int>(BinOp::Or)] = view_or;
        t->binop[static_cast<int>(BinOp::Xor)] = view_xor;
        add_method(t, "isdisjoint", m_isdisjoint);
    }
    add_method(t, "__reversed__", m_view_reversed);
    return t;
}

Type* new_iter_type(const char* name, Value (*next)(const Value&)) {
    Type* t = new_builtin_type(name, object_type, 0);
    t->tp_new = nullptr;
    t->iter = iter_self;
    t->next = next;
    add_method(t, "__length_hint__", m_iter_length_hint);
    add_slot_wrappers(t);
    return t;
}

} // namespace

void init_dict_views() {
    dict_type->iter = dict_iter;
    key_iter_type = new_iter_type("dict_keyiterator", dict_iter_next);
    value_iter_type = new_iter_type("dict_valueiterator", dict_iter_next);
    item_iter_type = new_iter_type("dict_itemiterator", dict_iter_next);
    rev_key_iter_type = new_iter_type("dict_reversekeyiterator", dict_rev_iter_next);
    rev_value_iter_type = new_iter_type("dict_reversevalueiterator", dict_rev_iter_next);
    rev_item_iter_type = new_iter_type("dict_reverseitemiterator", dict_rev_iter_next);

    dict_keys_type = new_view_type("dict_keys", true);
    dict_keys_type->contains = keys_contains;
    dict_values_type = new_view_type("dict_values", false);
    dict_items_type = new_view_type("dict_items", true);
    dict_items_type->contains = items_contains;
    for (Type* t : {dict_keys_type, dict_values_type, dict_items_type}) add_slot_wrappers(t);

    add_method(dict_type, "keys", m_keys);
    add_method(dict_type, "values", m_values);
    add_method(dict_type, "items", m_items);
    add_method(dict_type, "__reversed__", m_dict_reversed);
}

} // namespace loopstep::py
