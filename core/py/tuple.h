// tuple and list. A tuple keeps its items inline after the header (one allocation); a list
// keeps a std::vector it can grow.
#pragma once

#include "core/py/object.h"

#include <vector>

namespace loopstep::py {

struct TupleObject : Object {
    explicit TupleObject(Type* t, size_t n);
    ~TupleObject() override;
    size_t n;
    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
    Value& operator[](size_t i) { return items()[i]; }
    const Value& operator[](size_t i) const { return items()[i]; }
    int64_t hash_ = -1;
};
static_assert(sizeof(TupleObject) % alignof(Value) == 0);

Value new_tuple(size_t n); // items are null until filled
Value new_tuple(std::initializer_list<Value> items);
Value new_tuple(const Value* items, size_t n);
Value new_tuple(std::vector<Value>&& items);
Value empty_tuple();
inline bool is_tuple(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == tuple_type;
}
bool is_tuple_like(const Value& v);
inline TupleObject* as_tuple(const Value& v) {
    return v.as<TupleObject>();
}

struct ListObject : Object {
    explicit ListObject(Type* t) : Object(t) {}
    std::vector<Value> items;
};

Value new_list();
Value new_list(std::vector<Value>&& items);
inline bool is_list(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == list_type;
}
bool is_list_like(const Value& v);
inline ListObject* as_list(const Value& v) {
    return v.as<ListObject>();
}
void list_append(const Value& list, Value item);
// Materialises any iterable (fast paths for list and tuple).
std::vector<Value> to_vector(const Value& iterable);
// Sorts in place with Python's semantics: stable, `key` optional, reverse keeps stability.
void list_sort(ListObject* l, const Value& key, bool reverse);

void init_tuple_type();
void init_list_type();

} // namespace loopstep::py
