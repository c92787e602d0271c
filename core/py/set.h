// set and frozenset. The table is CPython 3.11's (Objects/setobject.c) slot for slot -- same
// sizes, probe sequence (linear runs of 9, then perturbation), dummy entries and resize points
// -- because iterating a set walks its table, so this is what makes `print({...})` list the
// items in the order CPython prints them.
#pragma once

#include "core/py/object.h"

#include <vector>

namespace loopstep::py {

// An unused slot has a null key and hash 0; a dummy (deleted) slot a null key and hash -1.
struct SetEntry {
    Value key;
    int64_t hash = 0;
};

struct SetObject : Object {
    explicit SetObject(Type* t);
    std::vector<SetEntry> table; // mask + 1 slots, a power of two >= 8
    int64_t fill = 0;            // active + dummy slots
    int64_t used = 0;            // active slots
    int64_t mask = 7;
    int64_t hash_ = -1;  // a frozenset's hash once computed
    int64_t finger = 0;  // where pop() looks next
    uint64_t layout = 0; // changes when the table is replaced (lookups restart)
};

inline bool is_set(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == set_type;
}
inline bool is_frozenset(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == frozenset_type;
}
// isinstance(v, (set, frozenset))
bool is_anyset(const Value& v);
inline SetObject* as_set(const Value& v) {
    return v.as<SetObject>();
}

Value new_set();
Value new_set(const Value& iterable);       // set(iterable)
Value new_frozenset(const Value& iterable); // frozenset(iterable); null: empty
void set_add(const Value& set, const Value& key);
// set.update(iterable) for one argument: sets, dicts and other iterables.
void set_update(const Value& set, const Value& iterable);
bool set_contains(const Value& set, const Value& key); // `key in set` (a set key as frozenset)
bool set_discard(const Value& set, const Value& key);  // false when absent

// The algorithms behind the methods, for the dict views' set operations.
Value set_intersection(const Value& so, const Value& other);
void set_difference_update(const Value& so, const Value& other);
void set_symmetric_difference_update(const Value& so, const Value& other);

// Visits the keys in table (iteration) order.
template <class F>
void set_for_each(SetObject* s, F&& f) {
    for (size_t i = 0; i < s->table.size(); ++i)
        if (!s->table[i].key.is_null()) f(s->table[i].key);
}

void init_set_types();

} // namespace loopstep::py
