// The dict (Objects/dictobject.c): a compact table -- entries in insertion order plus an index
// of positions probed like CPython's -- and the dict type with its methods, merging
// (dict(mapping), update, {**a}, f(**a)), __missing__ for subclasses, and repr with the "{...}"
// guard. Deleted entries stay in place until the table is rebuilt, as in CPython, so iterators
// see the same positions and report "dictionary changed size during iteration" at the same
// moment. The views and iterators are in dictview.cpp.
#include "core/py/dict.h"

#include "core/py/container_util.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/generic_alias.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <bit>

// After function.h: generator.h, which eval.h includes, uses FunctionObject undeclared.
#include "core/py/eval.h"

namespace loopstep::py {

Type* dict_type;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = 8;
constexpr int kPerturbShift = 5;

// How many entries an index of `size` slots takes before it is rebuilt (two thirds full).
size_t usable(size_t size) {
    return (size << 1) / 3;
}

// CPython's calculate_log2_keysize: the index size for a table that must hold `minsize`.
size_t index_size_for(size_t minsize) {
    size_t m = ((minsize | kMinSize) - 1) | (kMinSize - 1);
    return size_t(1) << std::bit_width(m);
}

} // namespace

// ---- the table -------------------------------------------------------------------------------

int64_t DictObject::lookup(const Value& key, int64_t hash) const {
    for (;;) {
        if (index.empty()) return -1;
        size_t mask = index.size() - 1;
        size_t i = static_cast<size_t>(hash) & mask;
        uint64_t perturb = static_cast<uint64_t>(hash);
        bool restart = false;
        for (;;) {
            int32_t ix = index[i];
            if (ix == kEmpty) return -1;
            if (ix >= 0) {
                const DictEntry& e = entries[static_cast<size_t>(ix)];
                if (e.key.is(key)) return ix;
                if (e.hash == hash) {
                    if (is_str(e.key) && is_str(key)) {
                        if (str_equal(as_str(e.key), as_str(key))) return ix;
                    } else {
                        // __eq__ may change the dict; then the probe starts over.
                        Value start = e.key;
                        uint64_t layout = layout_;
                        bool eq = equals(start, key);
                        if (layout != layout_ || static_cast<size_t>(ix) >= entries.size() ||
                            !entries[static_cast<size_t>(ix)].key.is(start)) {
                            restart = true;
                            break;
                        }
                        if (eq) return ix;
                    }
                }
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        if (!restart) return -1;
    }
}

Value DictObject::get(const Value& key) const {
    return get(key, hash_key(key));
}

Value DictObject::get(const Value& key, int64_t hash) const {
    int64_t ix = lookup(key, hash);
    if (ix < 0) return Value();
    return entries[static_cast<size_t>(ix)].value;
}

Value* DictObject::find_str(StrObject* key) const {
    if (index.empty()) return nullptr;
    int64_t hash = str_hash(key);
    size_t mask = index.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        int32_t ix = index[i];
        if (ix == kEmpty) return nullptr;
        if (ix >= 0) {
            const DictEntry& e = entries[static_cast<size_t>(ix)];
            if (e.key.is(key)) return const_cast<Value*>(&e.value);
            if (e.hash == hash) {
                if (!is_str(e.key)) {
                    int64_t pos = lookup(Value::borrow(key), hash);
                    return pos < 0 ? nullptr
                                   : const_cast<Value*>(&entries[static_cast<size_t>(pos)].value);
                }
                if (str_equal(as_str(e.key), key)) return const_cast<Value*>(&e.value);
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int64_t DictObject::insert_index(int64_t hash, int32_t pos) {
    size_t mask = index.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    while (index[i] >= 0) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = pos;
    return static_cast<int64_t>(i);
}

void DictObject::rebuild_index(size_t min_size) {
    size_t size = kMinSize;
    while (size < min_size) size <<= 1;
    if (entries.size() != used) {
        std::vector<DictEntry> live;
        live.reserve(used);
        for (DictEntry& e : entries)
            if (!e.key.is_null()) live.push_back(std::move(e));
        entries.swap(live);
    }
    index.assign(size, kEmpty);
    for (size_t p = 0; p < entries.size(); ++p)
        insert_index(entries[p].hash, static_cast<int32_t>(p));
    ++layout_;
}

void DictObject::set(const Value& key, Value value) {
    set(key, hash_key(key), std::move(value));
}

void DictObject::set(const Value& key, int64_t hash, Value value) {
    int64_t ix = lookup(key, hash);
    if (ix >= 0) {
        // The old value goes only once the dict holds the new one: its __del__ may look.
        Value old = std::move(entries[static_cast<size_t>(ix)].value);
        entries[static_cast<size_t>(ix)].value = std::move(value);
        ++version;
        return;
    }
    insert_new(key, hash, std::move(value));
}

void DictObject::set_str(StrObject* key, Value value) {
    if (Value* slot = find_str(key)) {
        Value old = std::move(*slot);
        *slot = std::move(value);
        ++version;
        return;
    }
    set(Value::borrow(key), str_hash(key), std::move(value));
}

bool DictObject::del(const Value& key) {
    int64_t ix = lookup(key, hash_key(key));
    if (ix < 0) return false;
    delete_at(ix);
    return true;
}

void DictObject::delete_at(int64_t pos) {
    DictEntry& e = entries[static_cast<size_t>(pos)];
    size_t mask = index.size() - 1;
    size_t i = static_cast<size_t>(e.hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    while (index[i] != pos) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = kDummy;
    // Key and value go only once the dict is consistent: their __del__ may look at it.
    Value old_key = std::move(e.key);
    Value old_value = std::move(e.value);
    --used;
    ++version;
}

void DictObject::insert_new(const Value& key, int64_t hash, Value value) {
    if (index.empty())
        rebuild_index(kMinSize);
    else if (entries.size() >= usable(index.size()))
        rebuild_index(index_size_for(used * 3));
    int32_t pos = static_cast<int32_t>(entries.size());
    entries.push_back(DictEntry{hash, key, std::move(value)});
    insert_index(hash, pos);
    ++used;
    ++version;
}

void DictObject::clear() {
    std::vector<DictEntry> old;
    old.swap(entries);
    index.clear();
    used = 0;
    ++version;
    ++layout_;
}

void DictObject::compact_if_sparse() {
    if (entries.size() > 2 * used + kMinSize) rebuild_index(index_size_for(used * 3));
}

// ---- the dict type ---------------------------------------------------------------------------

namespace {

// A dict whose type is a subclass, with room for the instance __dict__.
struct DictSubObject : DictObject {
    explicit DictSubObject(Type* t) : DictObject(t) {}
    Value dict;
};

// The KeyError of a duplicate keyword in f(**a, **b), told apart from one the mapping raises.
struct DuplicateKey {
    Value key;
};

// The position after `pos` holding a live entry, or entries.size().
size_t next_live(DictObject* d, size_t pos) {
    while (pos < d->entries.size() && d->entries[pos].key.is_null()) ++pos;
    return pos;
}

// dict_merge(a, b, override): override 1 replaces, 0 keeps existing keys, 2 raises on them.
void merge(const Value& a, const Value& b, int override) {
    DictObject* d = as_dict(a);
    if (is_dict_like(b) && b.type()->iter == dict_type->iter) {
        DictObject* other = as_dict(b);
        if (other == d || other->size() == 0) return;
        size_t n = other->entries.size();
        for (size_t i = 0; i < other->entries.size(); ++i) {
            DictEntry& e = other->entries[i];
            if (e.key.is_null()) continue;
            Value key = e.key;
            Value value = e.value;
            int64_t hash = e.hash;
            if (override == 1) {
                d->set(key, hash, value);
            } else if (d->lookup(key, hash) < 0) {
                d->set(key, hash, value);
            } else if (override == 2) {
                throw DuplicateKey{key};
            }
            if (other->entries.size() != n) raise_runtime_error("dict mutated during update");
        }
        return;
    }
    // The generic way, through keys() and __getitem__.
    Value keys;
    if (is_dict(b)) {
        std::vector<Value> ks;
        dict_for_each(as_dict(b), [&](const Value& k, const Value&) { ks.push_back(k); });
        keys = new_list(std::move(ks));
    } else {
        Value out = call_method(b, intern("keys"), {});
        if (!out.type()->iter && !out.type()->getitem)
            raise_type_error(fmt("%s.keys() returned a non-iterable (type %s)",
                                 type_name(b).c_str(), type_name(out).c_str()));
        keys = new_list(to_vector(out));
    }
    Value it = get_iter(keys);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) break;
        if (override != 1 && d->lookup(key, hash_key(key)) >= 0) {
            if (override == 0) continue;
            throw DuplicateKey{key};
        }
        Value value = getitem(b, key);
        d->set(key, std::move(value));
    }
}

// PyDict_MergeFromSeq2: an iterable of key/value pairs.
void merge_pairs(const Value& a, const Value& seq) {
    DictObject* d = as_dict(a);
    Value it = get_iter(seq);
    for (size_t i = 0;; ++i) {
        Value item = iter_next(it);
        if (item.is_null()) return;
        std::vector<Value> pair;
        if (is_list(item) || is_tuple(item)) {
            pair = to_vector(item);
        } else {
            if (!item.type()->iter && !item.type()->getitem)
                raise_type_error(
                    fmt("cannot convert dictionary update sequence element #%zu to a sequence", i));
            pair = to_vector(item);
        }
        if (pair.size() != 2)
            raise_value_error(
                fmt("dictionary update sequence element #%zu has length %zu; 2 is required", i,
                    pair.size()));
        d->set(pair[0], pair[1]);
    }
}

Value dict_tp_new(Type* t, CallArgs&) {
    if (t == dict_type) return new_dict();
    return make<DictSubObject>(t);
}

// dict_update_common: at most one positional argument, then the keyword arguments.
void update_common(const Value& self, CallArgs& a, const char* name, size_t first) {
    size_t npos = a.nargs - first;
    if (npos > 1) raise_type_error(fmt("%s expected at most 1 argument, got %zu", name, npos));
    if (npos == 1) dict_update_arg(self, a.args[first]);
    for (size_t i = 0; i < a.nkw(); ++i) as_dict(self)->set((*a.kwnames)[i], a.args[a.nargs + i]);
}

void dict_tp_init(const Value& self, CallArgs& a) {
    update_common(self, a, "dict", 0);
}

Value dict_repr(const Value& v) {
    ReprGuard guard(v.obj());
    if (guard.busy()) return new_str_ascii("{...}");
    DictObject* d = as_dict(v);
    if (d->size() == 0) return new_str_ascii("{}");
    std::string out = "{";
    bool first = true;
    for (size_t i = next_live(d, 0); i < d->entries.size(); i = next_live(d, i + 1)) {
        Value key = d->entries[i].key;
        Value value = d->entries[i].value;
        if (!first) out += ", ";
        first = false;
        out += repr_utf8(key);
        out += ": ";
        out += repr_utf8(value);
    }
    out += "}";
    return new_str(std::move(out));
}

bool dict_equal(DictObject* a, DictObject* b) {
    if (a->size() != b->size()) return false;
    for (size_t i = 0; i < a->entries.size(); ++i) {
        if (a->entries[i].key.is_null()) continue;
        Value key = a->entries[i].key;
        Value aval = a->entries[i].value;
        int64_t ix = b->lookup(key, a->entries[i].hash);
        if (ix < 0) return false;
        Value bval = b->entries[static_cast<size_t>(ix)].value;
        if (!equals(aval, bval)) return false;
    }
    return true;
}

Value dict_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_dict_like(a) || !is_dict_like(b) || (op != CmpOp::Eq && op != CmpOp::Ne))
        return not_implemented();
    bool eq = dict_equal(as_dict(a), as_dict(b));
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t dict_len(const Value& v) {
    return static_cast<int64_t>(as_dict(v)->size());
}

Value dict_getitem(const Value& v, const Value& key) {
    DictObject* d = as_dict(v);
    Value r = d->get(key);
    if (!r.is_null()) return r;
    if (v.type() != dict_type) {
        Value missing = v.type()->lookup_value(intern("__missing__"));
        if (!missing.is_null()) {
            Type* mt = missing.type();
            Value bound =
                mt->descr_get ? mt->descr_get(missing, v, Value::borrow(v.type())) : missing;
            return call(bound, {key});
        }
    }
    raise_key_error(key);
}

void dict_setitem(const Value& v, const Value& key, const Value& value) {
    DictObject* d = as_dict(v);
    if (value.is_null()) {
        if (!d->del(key)) raise_key_error(key);
        return;
    }
    d->set(key, value);
}

int dict_contains(const Value& v, const Value& key) {
    return as_dict(v)->lookup(key, hash_key(key)) >= 0;
}

Value dict_or(const Value& a, const Value& b) {
    if (!is_dict_like(a) || !is_dict_like(b)) return not_implemented();
    Value r = dict_copy(a);
    dict_update_arg(r, b);
    return r;
}

Value dict_ior(const Value& a, const Value& b) {
    dict_update_arg(a, b);
    return a;
}

Value* dict_dict_slot(const Value& v) {
    if (v.type() == dict_type || !(v.type()->flags & kTypeHasDict)) return nullptr;
    return &static_cast<DictSubObject*>(as_dict(v))->dict;
}

// ---- methods ---------------------------------------------------------------------------------

const Value& self_of(CallArgs& a, const char* name) {
    return method_self(a, dict_type, name);
}

Value m_get(CallArgs& a) {
    const Value& self = self_of(a, "get");
    check_positional(a, "dict.get", "get", 1, 2);
    Value r = as_dict(self)->get(a.args[1]);
    if (!r.is_null()) return r;
    return a.nargs > 2 ? a.args[2] : none();
}

Value m_setdefault(CallArgs& a) {
    const Value& self = self_of(a, "setdefault");
    check_positional(a, "dict.setdefault", "setdefault", 1, 2);
    DictObject* d = as_dict(self);
    int64_t hash = hash_key(a.args[1]);
    int64_t ix = d->lookup(a.args[1], hash);
    if (ix >= 0) return d->entries[static_cast<size_t>(ix)].value;
    Value dflt = a.nargs > 2 ? a.args[2] : none();
    d->set(a.args[1], hash, dflt);
    return dflt;
}

Value m_pop(CallArgs& a) {
    const Value& self = self_of(a, "pop");
    check_positional(a, "dict.pop", "pop", 1, 2);
    DictObject* d = as_dict(self);
    int64_t ix = d->size() ? d->lookup(a.args[1], hash_key(a.args[1])) : -1;
    if (ix < 0) {
        if (a.nargs > 2) return a.args[2];
        raise_key_error(a.args[1]);
    }
    Value r = d->entries[static_cast<size_t>(ix)].value;
    d->delete_at(ix);
    return r;
}

Value m_popitem(CallArgs& a) {
    const Value& self = self_of(a, "popitem");
    check_noargs(a, "dict.popitem");
    DictObject* d = as_dict(self);
    if (d->size() == 0) raise(new_exception(KeyError_type, "popitem(): dictionary is empty"));
    size_t i = d->entries.size();
    while (d->entries[i - 1].key.is_null()) --i;
    Value key = d->entries[i - 1].key;
    Value value = d->entries[i - 1].value;
    d->delete_at(static_cast<int64_t>(i - 1));
    // CPython forgets the entries from the popped one on; later insertions reuse their places.
    while (!d->entries.empty() && d->entries.back().key.is_null()) d->entries.pop_back();
    return new_tuple({key, value});
}

Value m_update(CallArgs& a) {
    const Value& self = self_of(a, "update");
    update_common(self, a, "update", 1);
    return none();
}

Value m_clear(CallArgs& a) {
    const Value& self = self_of(a, "clear");
    check_noargs(a, "dict.clear");
    as_dict(self)->clear();
    return none();
}

Value m_copy(CallArgs& a) {
    const Value& self = self_of(a, "copy");
    check_noargs(a, "dict.copy");
    return dict_copy(self);
}

Value m_fromkeys(CallArgs& a) {
    if (a.nargs == 0) raise_type_error("fromkeys expected at least 1 argument, got 0");
    check_positional(a, "dict.fromkeys", "fromkeys", 1, 2);
    Value value = a.nargs > 2 ? a.args[2] : none();
    Value d = call(a.args[0], {});
    Value it = get_iter(a.args[1]);
    bool exact = is_dict(d);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) return d;
        if (exact)
            as_dict(d)->set(key, value);
        else
            setitem(d, key, value);
    }
}

Value m_new(CallArgs& a) {
    if (a.nargs == 0) raise_type_error("dict.__new__(): not enough arguments");
    const Value& cls = a.args[0];
    if (!is_instance(cls, type_type))
        raise_type_error(
            fmt("dict.__new__(X): X is not a type object (%s)", type_name(cls).c_str()));
    Type* t = cls.as<Type>();
    if (!t->is_subtype(dict_type))
        raise_type_error(
            fmt("dict.__new__(%s): %s is not a subtype of dict", t->name.c_str(), t->name.c_str()));
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    return dict_tp_new(t, rest);
}

} // namespace

// ---- public helpers ----------------------------------------------------------------------------

Value new_dict() {
    return make<DictObject>(dict_type);
}

bool is_dict_like(const Value& v) {
    return !v.is_null() && v.is_obj() && is_instance(v, dict_type);
}

Value dict_copy(const Value& dict) {
    Value r = new_dict();
    DictObject* src = as_dict(dict);
    DictObject* dst = as_dict(r);
    if (src->size() == 0) return r;
    dst->entries.reserve(src->size());
    for (size_t i = next_live(src, 0); i < src->entries.size(); i = next_live(src, i + 1)) {
        const DictEntry& e = src->entries[i];
        dst->insert_new(e.key, e.hash, e.value);
    }
    return r;
}

void dict_update_arg(const Value& dict, const Value& arg) {
    if (is_dict(arg)) {
        merge(dict, arg, 1);
        return;
    }
    if (!getattr_opt(arg, intern("keys")).is_null()) {
        merge(dict, arg, 1);
        return;
    }
    merge_pairs(dict, arg);
}

void dict_update_from(const Value& dict, const Value& other, bool merge_kwargs,
                      const Value& callable) {
    try {
        merge(dict, other, merge_kwargs ? 2 : 1);
    } catch (DuplicateKey& dup) {
        raise_type_error(fmt("%s got multiple values for keyword argument '%s'",
                             callable_desc(callable).c_str(), str_utf8(dup.key).c_str()));
    } catch (PyError& e) {
        if (!exc_matches(e.exc, AttributeError_type)) throw;
        if (merge_kwargs)
            raise_type_error(fmt("%s argument after ** must be a mapping, not %s",
                                 callable_desc(callable).c_str(), type_name(other).c_str()));
        raise_type_error(fmt("'%s' object is not a mapping", type_name(other).c_str()));
    }
}

Value dict_from_mapping(const Value& m, const Value& callable) {
    Value d = new_dict();
    dict_update_from(d, m, true, callable);
    return d;
}

void init_dict_type() {
    dict_type = new_builtin_type("dict", object_type, kTypeBase);
    dict_type->solid = dict_type;
    // The dicts made before the dict type existed: the namespaces of object, type and dict.
    for (Type* t : {object_type, type_type, dict_type}) {
        Object* d = t->dict.obj();
        if (!d->type) {
            d->type = dict_type;
            incref(dict_type);
        }
    }
    dict_type->tp_new = dict_tp_new;
    dict_type->tp_init = dict_tp_init;
    dict_type->repr = dict_repr;
    dict_type->hash = nullptr;
    dict_type->richcmp = dict_richcmp;
    dict_type->len = dict_len;
    dict_type->getitem = dict_getitem;
    dict_type->setitem = dict_setitem;
    dict_type->contains = dict_contains;
    dict_type->binop[static_cast<int>(BinOp::Or)] = dict_or;
    dict_type->inplace[static_cast<int>(BinOp::Or)] = dict_ior;
    dict_type->dict_offset_fn = dict_dict_slot;
}

void init_dict_methods() {
    add_method(dict_type, "get", m_get);
    add_method(dict_type, "setdefault", m_setdefault);
    add_method(dict_type, "pop", m_pop);
    add_method(dict_type, "popitem", m_popitem);
    add_method(dict_type, "update", m_update);
    add_method(dict_type, "clear", m_clear);
    add_method(dict_type, "copy", m_copy);
    add_classmethod(dict_type, "fromkeys", m_fromkeys);
    add_staticmethod(dict_type, "__new__", m_new);
    init_dict_views();
    add_class_getitem(dict_type);
    add_slot_wrappers(dict_type);
}

} // namespace loopstep::py
