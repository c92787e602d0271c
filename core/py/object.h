// The object protocol: allocation, the Type object with its slots, and the generic operations
// (repr, hash, compare, attribute access, call, iteration) every part of the interpreter uses.
// Slots are C++ function pointers filled in for built-in types and, for classes defined in
// Python, by wrappers that call the matching dunder method — CPython's design, so `a + b` on two
// ints never looks anything up by name.
#pragma once

#include "core/py/value.h"

#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopstep::py {

struct StrObject;
struct TupleObject;
struct DictObject;
struct GenResult;

struct AllocStats {
    int64_t live_bytes = 0;
    int64_t live_objects = 0;
};
AllocStats& alloc_stats();
void* object_alloc(size_t size, uint32_t* out_size);
void object_free(void* p, uint32_t size);

// Creates a T with one reference, owned by the returned Value.
template <class T, class... A>
Value make(A&&... args) {
    uint32_t size = 0;
    void* mem = object_alloc(sizeof(T), &size);
    T* o;
    try {
        o = new (mem) T(std::forward<A>(args)...);
    } catch (...) {
        object_free(mem, size);
        throw;
    }
    o->alloc_size = size;
    return Value::steal(o);
}

// Like make<T>, with `extra` bytes after the object for inline items (tuples, frames).
template <class T, class... A>
T* alloc_var(size_t extra, A&&... args) {
    uint32_t size = 0;
    void* mem = object_alloc(sizeof(T) + extra, &size);
    T* o;
    try {
        o = new (mem) T(std::forward<A>(args)...);
    } catch (...) {
        object_free(mem, size);
        throw;
    }
    o->alloc_size = size;
    return o;
}

// Vectorcall-style arguments: `nargs` positional values followed by one value per keyword
// name in `kwnames` (a tuple of str), all borrowed from the caller.
struct CallArgs {
    const Value* args = nullptr;
    size_t nargs = 0;
    TupleObject* kwnames = nullptr;
    Object* callee = nullptr; // the native function object being called (for shared natives)
    size_t nkw() const;
    const Value& operator[](size_t i) const { return args[i]; }
};

using NativeFn = Value (*)(CallArgs& a);

enum class BinOp : uint8_t {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    Count
};
constexpr int kBinOps = static_cast<int>(BinOp::Count);
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnOp : uint8_t { Neg, Pos, Invert, Count };

const char* binop_symbol(BinOp op);  // "+", "//", "**", ...
const char* binop_dunder(BinOp op);  // "__add__"
const char* binop_rdunder(BinOp op); // "__radd__"
const char* binop_idunder(BinOp op); // "__iadd__"
const char* cmpop_symbol(CmpOp op);  // "<", "==", ...
const char* cmpop_dunder(CmpOp op);  // "__lt__"
CmpOp cmpop_swapped(CmpOp op);       // Lt <-> Gt

enum TypeFlags : uint32_t {
    kTypeBase = 1u << 0,      // may be subclassed
    kTypeHeap = 1u << 1,      // defined by a class statement
    kTypeHasDict = 1u << 2,   // instances carry a __dict__
    kTypeException = 1u << 3, // a subclass of BaseException
    kTypeAbstractNew = 1u << 4,
};

struct Type : Object {
    explicit Type(Type* metatype);
    ~Type() override;

    std::string name;       // __name__
    std::string qualname;   // __qualname__
    std::string module;     // __module__ ("builtins" for built-in types)
    Type* base = nullptr;   // single inheritance; object has none
    std::vector<Type*> mro; // this type first; borrowed (each base outlives its subclasses)
    Value dict;             // DictObject with the class attributes
    uint32_t flags = 0;
    uint64_t version = 0; // bumped when an attribute of this type (or a base) changes

    // The built-in type whose memory layout instances have (object, int, dict, BaseException...).
    Type* solid = nullptr;
    // The names in __slots__, when the class declares them (instances then have no __dict__).
    std::vector<StrObject*> slot_names;

    // Construction: __new__ then __init__, as type.__call__ does.
    Value (*tp_new)(Type* t, CallArgs& a) = nullptr;
    void (*tp_init)(const Value& self, CallArgs& a) = nullptr;

    Value (*repr)(const Value&) = nullptr;
    Value (*str)(const Value&) = nullptr;
    int64_t (*hash)(const Value&) = nullptr; // null: unhashable
    Value (*richcmp)(const Value&, const Value&, CmpOp) = nullptr;
    Value (*getattr)(const Value&, StrObject* name) = nullptr; // null Value when missing
    void (*setattr)(const Value&, StrObject* name, const Value& v) = nullptr; // null v: delete
    Value (*call)(const Value&, CallArgs&) = nullptr;
    Value (*iter)(const Value&) = nullptr;
    Value (*next)(const Value&) = nullptr; // null Value when exhausted
    int64_t (*len)(const Value&) = nullptr;
    Value (*getitem)(const Value&, const Value&) = nullptr;
    void (*setitem)(const Value&, const Value& key, const Value& v) = nullptr; // null v: delete
    int (*contains)(const Value&, const Value&) = nullptr;
    int (*truth)(const Value&) = nullptr;
    Value (*binop[kBinOps])(const Value&, const Value&) = {};
    Value (*inplace[kBinOps])(const Value&, const Value&) = {};
    Value (*unop[3])(const Value&) = {};
    Value (*descr_get)(const Value& descr, const Value& obj, const Value& owner) = nullptr;
    void (*descr_set)(const Value& descr, const Value& obj, const Value& v) = nullptr;
    // Where an instance keeps its __dict__ (null: instances have none).
    Value* (*dict_offset_fn)(const Value&) = nullptr;
    // Resumes a native awaitable or iterator with a value (yield from / await on it).
    GenResult (*send)(const Value& self, const Value& v) = nullptr;
    // Runs before destruction when the last reference goes; may resurrect the object.
    void (*finalize)(Object* o) = nullptr;

    bool is_subtype(const Type* other) const;
    // The attribute along the MRO, without descriptor binding: a pointer into the defining
    // class's dict (valid until that dict changes), null when missing.
    const Value* lookup(StrObject* name) const;
    Value lookup_value(StrObject* name) const;
};

// The built-in types and singletons. They live for the whole process and are never freed.
extern Type *object_type, *type_type, *int_type, *bool_type, *float_type, *str_type, *bytes_type,
    *tuple_type, *list_type, *dict_type, *set_type, *frozenset_type, *none_type,
    *notimplemented_type, *ellipsis_type, *function_type, *native_function_type, *method_type,
    *code_type, *cell_type, *module_type, *range_type, *slice_type, *property_type,
    *staticmethod_type, *classmethod_type, *super_type, *generator_type, *coroutine_type,
    *async_generator_type, *traceback_type, *frame_type, *bytearray_type;

extern Object *None, *True, *False, *NotImplemented, *Ellipsis;
inline Value none() {
    return Value::borrow(None);
}
inline Value py_bool(bool b) {
    return Value::borrow(b ? True : False);
}
inline Value not_implemented() {
    return Value::borrow(NotImplemented);
}
inline bool is_none(const Value& v) {
    return v.is(None);
}

inline bool is_type(const Value& v, const Type* t) {
    return !v.is_null() && v.type() == t;
}
inline bool is_instance(const Value& v, const Type* t) {
    Type* vt = v.type();
    return vt == t || vt->is_subtype(t);
}

// Generic operations. They raise PyError (see error.h) on failure.
Value repr(const Value& v);
Value str(const Value& v);
std::string repr_utf8(const Value& v);
std::string str_utf8(const Value& v);
std::string type_name(const Value& v); // "int", "MyClass"
int64_t hash(const Value& v);
bool truthy(const Value& v);
bool is_callable(const Value& v); // callable(v)
Value richcompare(const Value& a, const Value& b, CmpOp op);
bool compare_bool(const Value& a, const Value& b, CmpOp op);
bool equals(const Value& a, const Value& b); // identity shortcut, then ==
Value binary_op(const Value& a, const Value& b, BinOp op);
Value inplace_op(const Value& a, const Value& b, BinOp op);
Value unary_op(const Value& v, UnOp op);

Value getattr(const Value& o, StrObject* name);     // raises AttributeError
Value getattr_opt(const Value& o, StrObject* name); // null when missing
Value getattr(const Value& o, std::string_view name);
void setattr(const Value& o, StrObject* name, const Value& v);
void delattr(const Value& o, StrObject* name);
bool hasattr(const Value& o, StrObject* name);

Value call(const Value& f, CallArgs& a);
Value call(const Value& f, std::initializer_list<Value> args);
Value call_method(const Value& o, StrObject* name, std::initializer_list<Value> args);
Value call_method_opt(const Value& o, StrObject* name,
                      std::initializer_list<Value> args); // null if no attr

Value get_iter(const Value& v);
Value iter_next(const Value& it); // null Value when exhausted
int64_t length(const Value& v);
Value getitem(const Value& o, const Value& k);
void setitem(const Value& o, const Value& k, const Value& v);
void delitem(const Value& o, const Value& k);
bool contains(const Value& container, const Value& item);
int64_t index_value(const Value& v); // __index__ to int64, OverflowError/TypeError otherwise

// Default slot implementations shared by many types.
Value generic_getattr(const Value& o, StrObject* name);
void generic_setattr(const Value& o, StrObject* name, const Value& v);
Value object_repr(const Value& v);         // <__main__.Foo object at 0x...>
int64_t object_hash(const Value& v);       // identity-based, as CPython's id() >> 4 rotation
Value* instance_dict_slot(const Value& o); // the __dict__ slot, or null

// Deterministic "addresses" for reprs and id(): objects are numbered in creation order of their
// first id()/repr request, so the same program prints the same addresses every run.
uint64_t object_id(const Object* o);
void forget_object_id(Object* o); // called when an object with an id is destroyed

} // namespace loopstep::py
