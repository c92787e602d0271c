// set and frozenset (Objects/setobject.c of CPython 3.11). Every function that places keys in
// the table follows CPython's step for step -- set_add_entry, set_insert_clean, the resize
// points, set_merge's copy of a same-sized table, the dict fast path of update, and which
// operand union, intersection and difference walk -- since the table layout is the iteration
// order and so the printed order. Slots hold a null key and hash 0 when unused, and a null key
// with hash -1 when deleted (CPython's dummy), which no real hash can equal.
#include "core/py/set.h"

#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/generic_alias.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *set_type, *frozenset_type;
Type* set_iter_type;

SetObject::SetObject(Type* t) : Object(t), table(8) {}

namespace {

constexpr int64_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// A set or frozenset whose type is a subclass, with room for the instance __dict__.
struct SetSubObject : SetObject {
    explicit SetSubObject(Type* t) : SetObject(t) {}
    Value dict;
};

bool is_unused(const SetEntry& e) {
    return e.key.is_null() && e.hash == 0;
}

// ---- probing the table ----------------------------------------------------------------------

// set_lookkey: the slot holding key, or the unused slot that ends the search.
size_t lookkey(SetObject* so, const Value& key, int64_t hash) {
restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        size_t j = i;
        do {
            SetEntry& e = so->table[j];
            if (is_unused(e)) return j;
            if (e.hash == hash) {
                Value startkey = e.key;
                if (startkey.is(key)) return j;
                if (is_str(startkey) && is_str(key) && str_equal(as_str(startkey), as_str(key)))
                    return j;
                uint64_t layout = so->layout;
                bool eq = equals(startkey, key);
                if (layout != so->layout || !so->table[j].key.is(startkey)) goto restart;
                if (eq) return j;
                mask = static_cast<size_t>(so->mask);
            }
            ++j;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void table_resize(SetObject* so, int64_t minused);

// set_add_entry.
void add_entry(SetObject* so, const Value& key, int64_t hash) {
restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    int64_t freeslot = -1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t j;
    for (;;) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        j = i;
        do {
            SetEntry& e = so->table[j];
            if (is_unused(e)) goto found_unused_or_dummy;
            if (e.hash == hash) {
                Value startkey = e.key;
                if (startkey.is(key)) return;
                if (is_str(startkey) && is_str(key) && str_equal(as_str(startkey), as_str(key)))
                    return;
                uint64_t layout = so->layout;
                bool eq = equals(startkey, key);
                if (eq) return;
                if (layout != so->layout || !so->table[j].key.is(startkey)) goto restart;
                mask = static_cast<size_t>(so->mask);
            } else if (e.hash == -1) {
                freeslot = static_cast<int64_t>(j);
            }
            ++j;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        ++so->used;
        so->table[static_cast<size_t>(freeslot)] = SetEntry{key, hash};
        return;
    }
    ++so->fill;
    ++so->used;
    so->table[j] = SetEntry{key, hash};
    if (static_cast<size_t>(so->fill) * 5 < mask * 3) return;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// set_insert_clean: for a key known to be absent from a table without dummies.
void insert_clean(std::vector<SetEntry>& table, size_t mask, const Value& key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        if (table[i].key.is_null()) {
            table[i] = SetEntry{key, hash};
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 1; j <= kLinearProbes; ++j) {
                if (table[i + j].key.is_null()) {
                    table[i + j] = SetEntry{key, hash};
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_table_resize: a table of the smallest size above minused, keys reinserted in slot order.
void table_resize(SetObject* so, int64_t minused) {
    int64_t newsize = kMinSize;
    while (newsize <= minused) newsize <<= 1;
    // The small table is kept when it has no dummies to purge.
    if (newsize == kMinSize && so->mask == kMinSize - 1 && so->fill == so->used) return;
    std::vector<SetEntry> old(static_cast<size_t>(newsize));
    old.swap(so->table);
    so->mask = newsize - 1;
    so->fill = so->used;
    ++so->layout;
    size_t newmask = static_cast<size_t>(so->mask);
    for (SetEntry& e : old)
        if (!e.key.is_null()) insert_clean(so->table, newmask, e.key, e.hash);
}

bool contains_entry(SetObject* so, const Value& key, int64_t hash) {
    return !so->table[lookkey(so, key, hash)].key.is_null();
}

bool discard_entry(SetObject* so, const Value& key, int64_t hash) {
    SetEntry& e = so->table[lookkey(so, key, hash)];
    if (e.key.is_null()) return false;
    Value old = std::move(e.key);
    e.hash = -1;
    --so->used;
    return true;
}

void add_key(SetObject* so, const Value& key) {
    add_entry(so, key, hash_key(key));
}

void clear_internal(SetObject* so) {
    std::vector<SetEntry> old(kMinSize);
    old.swap(so->table);
    so->fill = 0;
    so->used = 0;
    so->mask = kMinSize - 1;
    so->hash_ = -1;
    ++so->layout;
}

// set_next: the next active slot at or after *pos.
bool next_entry(SetObject* so, size_t* pos, SetEntry** entry) {
    size_t i = *pos;
    size_t mask = static_cast<size_t>(so->mask);
    while (i <= mask && so->table[i].key.is_null()) ++i;
    *pos = i + 1;
    if (i > mask) return false;
    *entry = &so->table[i];
    return true;
}

// ---- building sets -----------------------------------------------------------------------------

Value alloc_set(Type* t) {
    if (t == set_type || t == frozenset_type) return make<SetObject>(t);
    return make<SetSubObject>(t);
}

// set_merge: adds the keys of another set.
void merge(SetObject* so, SetObject* other) {
    if (other == so || other->used == 0) return;
    // One resize up front rather than several while inserting.
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        table_resize(so, (so->used + other->used) * 2);
    // An empty table of the same size without dummies to drop: copy slot by slot.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= static_cast<size_t>(other->mask); ++i)
            if (!other->table[i].key.is_null()) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        size_t newmask = static_cast<size_t>(so->mask);
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= static_cast<size_t>(other->mask); ++i) {
            SetEntry& e = other->table[i];
            if (!e.key.is_null()) insert_clean(so->table, newmask, e.key, e.hash);
        }
        return;
    }
    for (size_t i = 0; i <= static_cast<size_t>(other->mask) && i < other->table.size(); ++i) {
        SetEntry e = other->table[i];
        if (!e.key.is_null()) add_entry(so, e.key, e.hash);
    }
}

// set_update_internal.
void update_internal(SetObject* so, const Value& other) {
    if (is_anyset(other)) {
        merge(so, as_set(other));
        return;
    }
    if (is_dict(other)) {
        DictObject* d = as_dict(other);
        int64_t dictsize = static_cast<int64_t>(d->size());
        if ((so->fill + dictsize) * 5 >= so->mask * 3) table_resize(so, (so->used + dictsize) * 2);
        for (size_t i = 0; i < d->entries.size(); ++i) {
            if (d->entries[i].key.is_null()) continue;
            Value key = d->entries[i].key;
            add_entry(so, key, d->entries[i].hash);
        }
        return;
    }
    Value it = get_iter(other);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) return;
        add_key(so, key);
    }
}

Value make_new_set(Type* t, const Value& iterable) {
    Value s = alloc_set(t);
    if (!iterable.is_null()) update_internal(as_set(s), iterable);
    return s;
}

// Results of operations on subclass instances are plain sets or frozensets.
Value make_new_set_basetype(Type* t, const Value& iterable) {
    if (t != set_type && t != frozenset_type)
        t = t->is_subtype(set_type) ? set_type : frozenset_type;
    return make_new_set(t, iterable);
}

Value set_copy(const Value& so) {
    return make_new_set_basetype(so.type(), so);
}

// set_swap_bodies: `a` takes b's table (intersection_update).
void swap_bodies(SetObject* a, SetObject* b) {
    std::swap(a->table, b->table);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    ++a->layout;
    ++b->layout;
    if (a->type->is_subtype(frozenset_type) && b->type->is_subtype(frozenset_type)) {
        std::swap(a->hash_, b->hash_);
    } else {
        a->hash_ = -1;
        b->hash_ = -1;
    }
}

// A set used as a key is looked up as the frozenset with the same items.
template <class F>
auto with_set_key(const Value& key, F&& f) {
    try {
        return f(key);
    } catch (PyError& e) {
        if (!is_instance(key, set_type) || !exc_matches(e.exc, TypeError_type)) throw;
    }
    Value frozen = make_new_set(frozenset_type, key);
    return f(frozen);
}

// ---- the algorithms behind the operators and methods -------------------------------------------

void difference_update_internal(SetObject* so, const Value& other) {
    if (other.is(so)) {
        clear_internal(so);
        return;
    }
    if (is_anyset(other)) {
        Value o = other;
        // When the other set is much larger, walk the intersection instead.
        if ((as_set(other)->used >> 3) > so->used) o = set_intersection(Value::borrow(so), other);
        SetObject* os = as_set(o);
        size_t pos = 0;
        SetEntry* e;
        while (next_entry(os, &pos, &e)) {
            Value key = e->key;
            discard_entry(so, key, e->hash);
        }
    } else {
        Value it = get_iter(other);
        while (true) {
            Value key = iter_next(it);
            if (key.is_null()) break;
            discard_entry(so, key, hash_key(key));
        }
    }
    // More than a quarter dummies: rebuild without them.
    if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Value copy_and_difference(const Value& so, const Value& other) {
    Value r = set_copy(so);
    difference_update_internal(as_set(r), other);
    return r;
}

Value set_difference(const Value& sov, const Value& other) {
    SetObject* so = as_set(sov);
    int64_t other_size;
    if (is_anyset(other))
        other_size = as_set(other)->used;
    else if (is_dict(other))
        other_size = static_cast<int64_t>(as_dict(other)->size());
    else
        return copy_and_difference(sov, other);
    // Much larger than other: copy, then remove what other has.
    if ((so->used >> 2) > other_size) return copy_and_difference(sov, other);
    Value result = make_new_set_basetype(sov.type(), Value());
    SetObject* rs = as_set(result);
    size_t pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        bool in_other = is_dict(other) ? as_dict(other)->lookup(key, hash) >= 0
                                       : contains_entry(as_set(other), key, hash);
        if (!in_other) add_entry(rs, key, hash);
    }
    return result;
}

bool issubset(const Value& sov, const Value& other) {
    if (!is_anyset(other)) {
        Value tmp = make_new_set(set_type, other);
        return issubset(sov, tmp);
    }
    SetObject* so = as_set(sov);
    SetObject* os = as_set(other);
    if (so->used > os->used) return false;
    size_t pos = 0;
    SetEntry* e;
    while (next_entry(so, &pos, &e)) {
        Value key = e->key;
        if (!contains_entry(os, key, e->hash)) return false;
    }
    return true;
}

bool issuperset(const Value& sov, const Value& other) {
    if (is_anyset(other)) return issubset(other, sov);
    Value it = get_iter(other);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) return true;
        if (!contains_entry(as_set(sov), key, hash_key(key))) return false;
    }
}

bool isdisjoint(const Value& sov, const Value& otherv) {
    SetObject* so = as_set(sov);
    if (otherv.is(sov)) return so->used == 0;
    if (is_set(otherv) || is_frozenset(otherv)) {
        SetObject* other = as_set(otherv);
        if (other->used > so->used) std::swap(so, other);
        size_t pos = 0;
        SetEntry* e;
        while (next_entry(other, &pos, &e)) {
            Value key = e->key;
            if (contains_entry(so, key, e->hash)) return false;
        }
        return true;
    }
    Value it = get_iter(otherv);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) return true;
        if (contains_entry(so, key, hash_key(key))) return false;
    }
}

// ---- slots -------------------------------------------------------------------------------------

Value set_tp_new(Type* t, CallArgs&) {
    return alloc_set(t);
}

void set_tp_init(const Value& self, CallArgs& a) {
    check_no_kwargs(a, "set");
    check_nargs(a, self.type()->name.c_str(), 0, 1);
    SetObject* so = as_set(self);
    if (so->fill) clear_internal(so);
    so->hash_ = -1;
    if (a.nargs == 1) update_internal(so, a.args[0]);
}

Value frozenset_tp_new(Type* t, CallArgs& a) {
    if (t == frozenset_type || t->tp_init == frozenset_type->tp_init)
        check_no_kwargs(a, "frozenset");
    check_nargs(a, t->name.c_str(), 0, 1);
    Value iterable = a.nargs ? a.args[0] : Value();
    if (t != frozenset_type) return make_new_set(t, iterable);
    if (is_frozenset(iterable)) return iterable;
    return make_new_set(t, iterable);
}

Value set_repr(const Value& v) {
    SetObject* so = as_set(v);
    const std::string& name = v.type()->name;
    ReprGuard guard(v.obj());
    if (guard.busy()) return new_str(name + "(...)");
    if (so->used == 0) return new_str(name + "()");
    std::vector<Value> keys;
    set_for_each(so, [&](const Value& k) { keys.push_back(k); });
    std::string items = repr_utf8(new_list(std::move(keys)));
    items = items.substr(1, items.size() - 2);
    if (is_set(v)) return new_str("{" + items + "}");
    return new_str(name + "({" + items + "})");
}

uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

int64_t frozenset_hash(const Value& v) {
    SetObject* so = as_set(v);
    if (so->hash_ != -1) return so->hash_;
    // Xor of every slot's shuffled hash, unused and dummy slots included and their effect
    // removed afterwards, as CPython computes it.
    uint64_t hash = 0;
    for (const SetEntry& e : so->table) hash ^= shuffle_bits(static_cast<uint64_t>(e.hash));
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
    hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
    so->hash_ = static_cast<int64_t>(hash);
    return so->hash_;
}

int64_t set_len(const Value& v) {
    return as_set(v)->used;
}

int set_contains_slot(const Value& v, const Value& key) {
    return set_contains(v, key) ? 1 : 0;
}

Value set_richcmp(const Value& v, const Value& w, CmpOp op) {
    if (!is_anyset(w)) return not_implemented();
    SetObject* a = as_set(v);
    SetObject* b = as_set(w);
    switch (op) {
    case CmpOp::Eq:
        if (a->used != b->used) return py_bool(false);
        if (a->hash_ != -1 && b->hash_ != -1 && a->hash_ != b->hash_) return py_bool(false);
        return py_bool(issubset(v, w));
    case CmpOp::Ne: return py_bool(!truthy(set_richcmp(v, w, CmpOp::Eq)));
    case CmpOp::Le: return py_bool(issubset(v, w));
    case CmpOp::Ge: return py_bool(issuperset(v, w));
    case CmpOp::Lt:
        if (a->used >= b->used) return py_bool(false);
        return py_bool(issubset(v, w));
    case CmpOp::Gt:
        if (a->used <= b->used) return py_bool(false);
        return py_bool(issuperset(v, w));
    }
    return not_implemented();
}

Value set_or(const Value& a, const Value& b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    Value r = set_copy(a);
    if (a.is(b)) return r;
    update_internal(as_set(r), b);
    return r;
}

Value set_ior(const Value& a, const Value& b) {
    if (!is_anyset(b)) return not_implemented();
    update_internal(as_set(a), b);
    return a;
}

Value set_and(const Value& a, const Value& b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_intersection(a, b);
}

Value set_iand(const Value& a, const Value& b) {
    if (!is_anyset(b)) return not_implemented();
    Value tmp = set_intersection(a, b);
    swap_bodies(as_set(a), as_set(tmp));
    return a;
}

Value set_sub(const Value& a, const Value& b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_difference(a, b);
}

Value set_isub(const Value& a, const Value& b) {
    if (!is_anyset(b)) return not_implemented();
    difference_update_internal(as_set(a), b);
    return a;
}

Value set_symmetric_difference(const Value& so, const Value& other) {
    Value otherset = make_new_set_basetype(so.type(), other);
    set_symmetric_difference_update(otherset, so);
    return otherset;
}

Value set_xor(const Value& a, const Value& b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_symmetric_difference(a, b);
}

Value set_ixor(const Value& a, const Value& b) {
    if (!is_anyset(b)) return not_implemented();
    set_symmetric_difference_update(a, b);
    return a;
}

Value* set_dict_slot(const Value& v) {
    Type* t = v.type();
    if (t == set_type || t == frozenset_type || !(t->flags & kTypeHasDict)) return nullptr;
    return &static_cast<SetSubObject*>(as_set(v))->dict;
}

// ---- iterator ----------------------------------------------------------------------------------

struct SetIterObject : Object {
    SetIterObject(Type* t, Value s, int64_t used)
        : Object(t), set(std::move(s)), used(used), len(used) {}
    Value set; // null once exhausted
    int64_t used;
    size_t pos = 0;
    int64_t len;
};

Value set_iter(const Value& v) {
    return make<SetIterObject>(set_iter_type, v, as_set(v)->used);
}

Value set_iter_next(const Value& v) {
    auto* it = v.as<SetIterObject>();
    if (it->set.is_null()) return Value();
    SetObject* so = as_set(it->set);
    if (it->used != so->used) {
        it->used = -1; // stays broken, as in CPython
        raise_runtime_error("Set changed size during iteration");
    }
    size_t i = it->pos;
    size_t mask = static_cast<size_t>(so->mask);
    while (i <= mask && so->table[i].key.is_null()) ++i;
    it->pos = i + 1;
    if (i > mask) {
        it->set = Value();
        return Value();
    }
    --it->len;
    return so->table[i].key;
}

Value m_iter_length_hint(CallArgs& a) {
    auto* it = method_self(a, set_iter_type, "__length_hint__").as<SetIterObject>();
    check_noargs(a, "set_iterator.__length_hint__");
    if (it->set.is_null() || it->used != as_set(it->set)->used) return new_int(0);
    return new_int(it->len);
}

// ---- methods -----------------------------------------------------------------------------------

// The methods shared by set and frozenset check self against the type that holds them.
const Value& self_of(CallArgs& a, const char* name) {
    return owner_self(a, name);
}

std::string qual(const Value& self, const char* name) {
    return std::string(self.type()->is_subtype(set_type) ? "set." : "frozenset.") + name;
}

Value m_add(CallArgs& a) {
    const Value& self = self_of(a, "add");
    check_onearg(a, "set.add");
    add_key(as_set(self), a.args[1]);
    return none();
}

Value m_clear(CallArgs& a) {
    const Value& self = self_of(a, "clear");
    check_noargs(a, "set.clear");
    clear_internal(as_set(self));
    return none();
}

Value m_copy(CallArgs& a) {
    const Value& self = self_of(a, "copy");
    check_noargs(a, qual(self, "copy").c_str());
    if (is_frozenset(self)) return self;
    return set_copy(self);
}

Value m_discard(CallArgs& a) {
    const Value& self = self_of(a, "discard");
    check_onearg(a, "set.discard");
    set_discard(self, a.args[1]);
    return none();
}

Value m_remove(CallArgs& a) {
    const Value& self = self_of(a, "remove");
    check_onearg(a, "set.remove");
    if (!set_discard(self, a.args[1])) raise_key_error(a.args[1]);
    return none();
}

Value m_pop(CallArgs& a) {
    const Value& self = self_of(a, "pop");
    check_noargs(a, "set.pop");
    SetObject* so = as_set(self);
    if (so->used == 0) raise(new_exception(KeyError_type, "pop from an empty set"));
    size_t i = static_cast<size_t>(so->finger & so->mask);
    while (so->table[i].key.is_null()) {
        ++i;
        if (i > static_cast<size_t>(so->mask)) i = 0;
    }
    Value key = std::move(so->table[i].key);
    so->table[i].hash = -1;
    --so->used;
    so->finger = static_cast<int64_t>(i) + 1;
    return key;
}

Value m_union(CallArgs& a) {
    const Value& self = self_of(a, "union");
    check_no_kw(a, qual(self, "union").c_str());
    Value result = set_copy(self);
    for (size_t i = 1; i < a.nargs; ++i) {
        if (a.args[i].is(self)) continue;
        update_internal(as_set(result), a.args[i]);
    }
    return result;
}

Value m_update(CallArgs& a) {
    const Value& self = self_of(a, "update");
    check_no_kw(a, "set.update");
    for (size_t i = 1; i < a.nargs; ++i) update_internal(as_set(self), a.args[i]);
    return none();
}

Value intersection_multi(CallArgs& a, const Value& self) {
    if (a.nargs == 1) return set_copy(self);
    Value result = self;
    for (size_t i = 1; i < a.nargs; ++i) result = set_intersection(result, a.args[i]);
    return result;
}

Value m_intersection(CallArgs& a) {
    const Value& self = self_of(a, "intersection");
    check_no_kw(a, qual(self, "intersection").c_str());
    return intersection_multi(a, self);
}

Value m_intersection_update(CallArgs& a) {
    const Value& self = self_of(a, "intersection_update");
    check_no_kw(a, "set.intersection_update");
    Value tmp = intersection_multi(a, self);
    if (!tmp.is(self)) swap_bodies(as_set(self), as_set(tmp));
    return none();
}

Value m_difference(CallArgs& a) {
    const Value& self = self_of(a, "difference");
    check_no_kw(a, qual(self, "difference").c_str());
    if (a.nargs == 1) return set_copy(self);
    Value result = set_difference(self, a.args[1]);
    for (size_t i = 2; i < a.nargs; ++i) difference_update_internal(as_set(result), a.args[i]);
    return result;
}

Value m_difference_update(CallArgs& a) {
    const Value& self = self_of(a, "difference_update");
    check_no_kw(a, "set.difference_update");
    for (size_t i = 1; i < a.nargs; ++i) difference_update_internal(as_set(self), a.args[i]);
    return none();
}

Value m_symmetric_difference(CallArgs& a) {
    const Value& self = self_of(a, "symmetric_difference");
    check_onearg(a, qual(self, "symmetric_difference").c_str());
    return set_symmetric_difference(self, a.args[1]);
}

Value m_symmetric_difference_update(CallArgs& a) {
    const Value& self = self_of(a, "symmetric_difference_update");
    check_onearg(a, "set.symmetric_difference_update");
    set_symmetric_difference_update(self, a.args[1]);
    return none();
}

Value m_issubset(CallArgs& a) {
    const Value& self = self_of(a, "issubset");
    check_onearg(a, qual(self, "issubset").c_str());
    return py_bool(issubset(self, a.args[1]));
}

Value m_issuperset(CallArgs& a) {
    const Value& self = self_of(a, "issuperset");
    check_onearg(a, qual(self, "issuperset").c_str());
    return py_bool(issuperset(self, a.args[1]));
}

Value m_isdisjoint(CallArgs& a) {
    const Value& self = self_of(a, "isdisjoint");
    check_onearg(a, qual(self, "isdisjoint").c_str());
    return py_bool(isdisjoint(self, a.args[1]));
}

Value m_contains(CallArgs& a) {
    const Value& self = self_of(a, "__contains__");
    check_onearg(a, qual(self, "__contains__").c_str());
    return py_bool(set_contains(self, a.args[1]));
}

Value new_method(Type* base, CallArgs& a) {
    const char* name = base == set_type ? "set" : "frozenset";
    if (a.nargs == 0) raise_type_error(fmt("%s.__new__(): not enough arguments", name));
    const Value& cls = a.args[0];
    if (!is_instance(cls, type_type))
        raise_type_error(
            fmt("%s.__new__(X): X is not a type object (%s)", name, type_name(cls).c_str()));
    Type* t = cls.as<Type>();
    if (!t->is_subtype(base))
        raise_type_error(fmt("%s.__new__(%s): %s is not a subtype of %s", name, t->name.c_str(),
                             t->name.c_str(), name));
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    return base->tp_new(t, rest);
}

Value m_set_new(CallArgs& a) {
    return new_method(set_type, a);
}

Value m_frozenset_new(CallArgs& a) {
    return new_method(frozenset_type, a);
}

void add_common_methods(Type* t) {
    add_method(t, "copy", m_copy);
    add_method(t, "difference", m_difference);
    add_method(t, "intersection", m_intersection);
    add_method(t, "isdisjoint", m_isdisjoint);
    add_method(t, "issubset", m_issubset);
    add_method(t, "issuperset", m_issuperset);
    add_method(t, "symmetric_difference", m_symmetric_difference);
    add_method(t, "union", m_union);
    add_method(t, "__contains__", m_contains);
}

void set_slots(Type* t) {
    t->solid = t;
    t->repr = set_repr;
    t->richcmp = set_richcmp;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->binop[static_cast<int>(BinOp::Sub)] = set_sub;
    t->binop[static_cast<int>(BinOp::And)] = set_and;
    t->binop[static_cast<int>(BinOp::Or)] = set_or;
    t->binop[static_cast<int>(BinOp::Xor)] = set_xor;
    t->dict_offset_fn = set_dict_slot;
}

} // namespace

// ---- public API
// ----------------------------------------------------------------------------------

bool is_anyset(const Value& v) {
    if (v.is_null() || !v.is_obj()) return false;
    Type* t = v.type();
    return t == set_type || t == frozenset_type || t->is_subtype(set_type) ||
           t->is_subtype(frozenset_type);
}

Value new_set() {
    return make<SetObject>(set_type);
}

Value new_set(const Value& iterable) {
    return make_new_set(set_type, iterable);
}

Value new_frozenset(const Value& iterable) {
    return make_new_set(frozenset_type, iterable);
}

void set_add(const Value& set, const Value& key) {
    add_key(as_set(set), key);
}

void set_update(const Value& set, const Value& iterable) {
    update_internal(as_set(set), iterable);
}

bool set_contains(const Value& set, const Value& key) {
    return with_set_key(
        key, [&](const Value& k) { return contains_entry(as_set(set), k, hash_key(k)); });
}

bool set_discard(const Value& set, const Value& key) {
    return with_set_key(key,
                        [&](const Value& k) { return discard_entry(as_set(set), k, hash_key(k)); });
}

Value set_intersection(const Value& sov, const Value& other) {
    if (other.is(sov)) return set_copy(sov);
    Value result = make_new_set_basetype(sov.type(), Value());
    SetObject* rs = as_set(result);
    if (is_anyset(other)) {
        SetObject* so = as_set(sov);
        SetObject* os = as_set(other);
        // Walk the smaller set, look up in the larger.
        if (os->used > so->used) std::swap(so, os);
        size_t pos = 0;
        SetEntry* e;
        while (next_entry(os, &pos, &e)) {
            Value key = e->key;
            int64_t hash = e->hash;
            if (contains_entry(so, key, hash)) add_entry(rs, key, hash);
        }
        return result;
    }
    SetObject* so = as_set(sov);
    Value it = get_iter(other);
    while (true) {
        Value key = iter_next(it);
        if (key.is_null()) return result;
        int64_t hash = hash_key(key);
        if (contains_entry(so, key, hash)) {
            add_entry(rs, key, hash);
            if (rs->used >= so->used) return result;
        }
    }
}

void set_difference_update(const Value& so, const Value& other) {
    difference_update_internal(as_set(so), other);
}

void set_symmetric_difference_update(const Value& sov, const Value& other) {
    SetObject* so = as_set(sov);
    if (other.is(sov)) {
        clear_internal(so);
        return;
    }
    if (is_dict(other)) {
        DictObject* d = as_dict(other);
        for (size_t i = 0; i < d->entries.size(); ++i) {
            if (d->entries[i].key.is_null()) continue;
            Value key = d->entries[i].key;
            int64_t hash = d->entries[i].hash;
            if (!discard_entry(so, key, hash)) add_entry(so, key, hash);
        }
        return;
    }
    Value otherset = is_anyset(other) ? other : make_new_set_basetype(sov.type(), other);
    SetObject* os = as_set(otherset);
    size_t pos = 0;
    SetEntry* e;
    while (next_entry(os, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        if (!discard_entry(so, key, hash)) add_entry(so, key, hash);
    }
}

void init_set_types() {
    set_type = new_builtin_type("set", object_type, kTypeBase);
    set_slots(set_type);
    set_type->tp_new = set_tp_new;
    set_type->tp_init = set_tp_init;
    set_type->hash = nullptr;
    set_type->inplace[static_cast<int>(BinOp::Sub)] = set_isub;
    set_type->inplace[static_cast<int>(BinOp::And)] = set_iand;
    set_type->inplace[static_cast<int>(BinOp::Or)] = set_ior;
    set_type->inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
    add_common_methods(set_type);
    add_method(set_type, "add", m_add);
    add_method(set_type, "clear", m_clear);
    add_method(set_type, "discard", m_discard);
    add_method(set_type, "remove", m_remove);
    add_method(set_type, "pop", m_pop);
    add_method(set_type, "update", m_update);
    add_method(set_type, "intersection_update", m_intersection_update);
    add_method(set_type, "difference_update", m_difference_update);
    add_method(set_type, "symmetric_difference_update", m_symmetric_difference_update);
    add_staticmethod(set_type, "__new__", m_set_new);
    add_class_getitem(set_type);
    add_slot_wrappers(set_type);

    frozenset_type = new_builtin_type("frozenset", object_type, kTypeBase);
    set_slots(frozenset_type);
    frozenset_type->tp_new = frozenset_tp_new;
    frozenset_type->hash = frozenset_hash;
    add_common_methods(frozenset_type);
    add_staticmethod(frozenset_type, "__new__", m_frozenset_new);
    add_class_getitem(frozenset_type);
    add_slot_wrappers(frozenset_type);

    set_iter_type = new_builtin_type("set_iterator", object_type, 0);
    set_iter_type->tp_new = nullptr;
    set_iter_type->iter = iter_self;
    set_iter_type->next = set_iter_next;
    add_method(set_iter_type, "__length_hint__", m_iter_length_hint);
    add_slot_wrappers(set_iter_type);
}

} // namespace loopstep::py
