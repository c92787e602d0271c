// The type system's internals shared by the built-in types: creating built-in and
// Python-defined classes, instances of Python classes (a __dict__ or __slots__ storage), super
// objects and slot inheritance.
#pragma once

#include "core/py/object.h"

#include <string>
#include <vector>

namespace loopstep::py {

struct StrObject;

// An instance of a class defined in Python whose layout is plain `object`.
struct InstanceObject : Object {
    explicit InstanceObject(Type* t) : Object(t) {}
    Value dict;               // created on first attribute store
    std::vector<Value> slots; // __slots__ values, in MRO order from the base
};

struct SuperObject : Object {
    explicit SuperObject(Type* t) : Object(t) {}
    Type* type = nullptr;     // the class super() was called in
    Value obj;                // the instance or class bound
    Type* obj_type = nullptr; // whose MRO is searched
};

Type* new_builtin_type(const char* name, Type* base, uint32_t flags);
// Every type made by new_builtin_type, in creation order.
std::vector<Type*>& builtin_types();
void inherit_slots(Type* t, Type* base);
void update_slots(Type* t);
// type(name, (base,), namespace) with keyword arguments for __init_subclass__.
Value new_class(const std::string& name, Type* base, const Value& ns, const Value& kwargs);
Value object_new_instance(Type* t);
Value new_member_descriptor(Type* owner, StrObject* name, size_t index);
Value super_new(Type* t, CallArgs& a);
Value super_getattr(const Value& sv, StrObject* name);
// What a == b gives through the left operand's slot alone (object.__ne__ inverts it).
Value richcompare_slot_eq(const Value& a, const Value& b);
void init_type_methods();

void init_type_system();   // object and type (type_objects.cpp)
void init_builtin_types(); // every other built-in type

} // namespace loopstep::py
