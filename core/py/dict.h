// dict: insertion-ordered hash table (entries in order plus an index table), as CPython's
// compact dict, so iteration order is insertion order. Also the namespace of modules, classes
// and instances: str keys compare by identity first, which makes attribute lookups cheap.
#pragma once

#include "core/py/object.h"

#include <vector>

namespace loopstep::py {

struct DictEntry {
    int64_t hash;
    Value key; // null for a deleted entry
    Value value;
};

struct DictObject : Object {
    explicit DictObject(Type* t) : Object(t) {}
    std::vector<DictEntry> entries;
    std::vector<int32_t> index; // -1 empty, -2 deleted, else position in entries
    size_t used = 0;
    uint64_t version = 0; // bumped on every change

    // Returns the value or null. May call __hash__/__eq__ of the key.
    Value get(const Value& key) const;
    Value get(const Value& key, int64_t hash) const;
    Value* find_str(StrObject* key) const; // fast path for str keys; null if missing
    void set(const Value& key, Value value);
    void set(const Value& key, int64_t hash, Value value);
    void set_str(StrObject* key, Value value);
    bool del(const Value& key); // false when missing
    void clear();
    size_t size() const { return used; }
    int64_t lookup(const Value& key, int64_t hash) const; // entry position or -1
    void compact_if_sparse();
    // Appends an entry for a key known to be absent (copies of a dict), without comparisons.
    void insert_new(const Value& key, int64_t hash, Value value);
    // Removes the entry at a position `lookup` returned.
    void delete_at(int64_t pos);

  private:
    void rebuild_index(size_t min_size);
    int64_t insert_index(int64_t hash, int32_t pos);
    // Changes whenever the index is rebuilt, so a lookup whose __eq__ rebuilt it starts over.
    uint64_t layout_ = 0;
};

Value new_dict();
inline bool is_dict(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == dict_type;
}
bool is_dict_like(const Value& v);
inline DictObject* as_dict(const Value& v) {
    return v.as<DictObject>();
}

// Iteration that survives mutation checks: visits entries by position.
template <class F>
void dict_for_each(DictObject* d, F&& f) {
    for (size_t i = 0; i < d->entries.size(); ++i) {
        DictEntry& e = d->entries[i];
        if (!e.key.is_null()) f(e.key, e.value);
    }
}

// dict(mapping_or_pairs) / dict.update(arg): a mapping is merged through keys() and
// __getitem__, anything else must iterate over pairs.
void dict_update_arg(const Value& dict, const Value& arg);
// A new plain dict with the same items (dict.copy()).
Value dict_copy(const Value& dict);

extern Type *dict_keys_type, *dict_values_type, *dict_items_type;

// Creates the dict type only: it is called before str exists. init_dict_methods() adds the
// methods once names can be interned.
void init_dict_type();
void init_dict_methods();
void init_dict_views(); // dictview.cpp; part of init_dict_methods()

} // namespace loopstep::py
