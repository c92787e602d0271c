// Callables and descriptors: Python functions (code + globals + defaults + closure), cells for
// closures, bound methods, native functions and methods, and property / staticmethod /
// classmethod, which implement Python's descriptor protocol for class attributes.
#pragma once

#include "core/py/code.h"
#include "core/py/object.h"

namespace loopstep::py {

struct FunctionObject : Object {
    explicit FunctionObject(Type* t) : Object(t) {}
    Value code;       // CodeObject
    Value globals;    // DictObject
    Value builtins;   // DictObject
    Value defaults;   // tuple or null
    Value kwdefaults; // dict or null
    Value closure;    // tuple of cells or null
    Value name;       // str
    Value qualname;   // str
    Value module;     // str or None
    Value doc;
    Value dict; // __dict__ (functools.wraps sets attributes), created on demand
    Value annotations;
    CodeObject* co() const { return code.as<CodeObject>(); }
};

struct CellObject : Object {
    explicit CellObject(Type* t, Value v = Value()) : Object(t), value(std::move(v)) {}
    Value value; // null when empty
};

struct BoundMethodObject : Object {
    BoundMethodObject(Type* t, Value f, Value s)
        : Object(t), func(std::move(f)), self(std::move(s)) {}
    Value func;
    Value self;
};

// A function written in C++. `self` is set for a native method bound to an object; `is_method`
// marks a method descriptor living in a type's dict (bound on attribute access).
struct NativeFunctionObject : Object {
    NativeFunctionObject(Type* t, const char* n, NativeFn f) : Object(t), name(n), fn(f) {}
    const char* name;
    NativeFn fn;
    Value self;
    Type* owner = nullptr; // for methods: the type they belong to (repr, checks)
    bool is_method = false;
    bool is_classmethod = false;  // bound to the type on access (dict.fromkeys)
    bool is_slot_wrapper = false; // a dunder derived from a type slot (repr as "slot wrapper")
    Value data; // optional payload for closures made in C++ (functools.partial-like helpers)
};

struct PropertyObject : Object {
    explicit PropertyObject(Type* t) : Object(t) {}
    Value fget, fset, fdel, doc;
    Value name; // from __set_name__, for the "has no getter/setter/deleter" messages
};

struct StaticMethodObject : Object {
    explicit StaticMethodObject(Type* t, Value f) : Object(t), func(std::move(f)) {}
    Value func;
    Value dict;
};
struct ClassMethodObject : Object {
    explicit ClassMethodObject(Type* t, Value f) : Object(t), func(std::move(f)) {}
    Value func;
    Value dict;
};

Value new_native(const char* name, NativeFn fn, Value self = Value());
// Adds a native method to a built-in type's dict.
void add_method(Type* t, const char* name, NativeFn fn);
void add_classmethod(Type* t, const char* name, NativeFn fn);
void add_staticmethod(Type* t, const char* name, NativeFn fn);
// A read-only attribute computed by a native getter (e.g. Future._state, frame.f_lineno).
void add_getter(Type* t, const char* name, Value (*getter)(const Value& self));
void add_getset(Type* t, const char* name, Value (*getter)(const Value& self),
                void (*setter)(const Value& self, const Value& v));

Value new_bound_method(Value func, Value self);

// Argument checking helpers for natives, with CPython's messages.
void check_no_kwargs(CallArgs& a, const char* fname);
void check_nargs(CallArgs& a, const char* fname, size_t min, size_t max);
// Finds a keyword argument by name; null if absent.
Value kwarg(CallArgs& a, std::string_view name);
// Parses positional-or-keyword arguments by name into out[0..names.size()); unknown keywords and
// duplicates raise TypeError as CPython does. `required` counts leading mandatory names.
void parse_args(CallArgs& a, const char* fname, std::initializer_list<const char*> names,
                size_t required, Value* out);

void init_function_types();

} // namespace loopstep::py
