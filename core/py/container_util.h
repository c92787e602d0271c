// Helpers shared by the built-in containers (tuple, list, dict, set, range, slice): CPython's
// guard against infinite repr of self-containing containers, the hash and index conversions the
// containers apply to keys and indexes, and argument checks for their methods that word errors
// exactly as CPython's method descriptors and slot wrappers do.
#pragma once

#include "core/py/bigint.h"
#include "core/py/object.h"
#include "core/py/str.h"

#include <algorithm>
#include <vector>

namespace loopstep::py {

// Py_ReprEnter / Py_ReprLeave: while a container's repr runs, a nested repr of the same object
// prints "[...]" (or "{...}", "(...)") instead of recursing forever.
class ReprGuard {
  public:
    explicit ReprGuard(Object* o) : o_(o) {
        auto& active = stack();
        busy_ = std::find(active.begin(), active.end(), o) != active.end();
        if (!busy_) active.push_back(o);
    }
    ~ReprGuard() {
        if (busy_) return;
        auto& active = stack();
        auto it = std::find(active.rbegin(), active.rend(), o_);
        if (it != active.rend()) active.erase(std::next(it).base());
    }
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    // True when this object's repr is already in progress further up.
    bool busy() const { return busy_; }

  private:
    static std::vector<Object*>& stack() {
        thread_local std::vector<Object*> s;
        return s;
    }
    Object* o_;
    bool busy_;
};

// The most items a container may hold; asking for more (`[0] * 2**62`) raises MemoryError, as
// CPython does when its allocation fails, instead of exhausting the machine.
constexpr uint64_t kMaxContainerItems = uint64_t(1) << 27;

// hash() with the two cases hash tables meet most inlined; the result equals CPython's.
inline int64_t hash_key(const Value& v) {
    if (v.is_small()) return hash_int64(v.small());
    if (is_str(v)) return str_hash(as_str(v));
    return hash(v);
}

// Whether a value can be used as an index: an int or an object with __index__.
bool has_index(const Value& v);
// PyNumber_Index: the int an object stands for (TypeError "'X' object cannot be interpreted as an
// integer", or "__index__ returned non-int (type str)").
Value number_index(const Value& v);
// PyNumber_AsSsize_t(v, IndexError / OverflowError): "cannot fit 'X' into an index-sized integer".
int64_t index_or_raise(const Value& v, Type* exc_type);
// PyNumber_AsSsize_t(v, NULL): clamped to the int64 range instead of raising.
int64_t index_clamped(const Value& v);
// Argument Clinic's Py_ssize_t converter: "Python int too large to convert to C ssize_t".
int64_t ssize_arg(const Value& v);
// _PyEval_SliceIndexNotNone, for the start/stop of index(): clamped; TypeError "slice indices
// must be integers or have an __index__ method".
int64_t slice_index_arg(const Value& v);

// `self` of a native method, checked against the type that defines it, with CPython's errors:
// "unbound method list.append() needs an argument" and "descriptor 'append' for 'list' objects
// doesn't apply to a 'int' object".
const Value& method_self(CallArgs& a, Type* owner, const char* name);
// method_self for natives shared by several types: the owner is the type whose dict holds the
// method being called.
const Value& owner_self(CallArgs& a, const char* name);
// The same for slot wrappers such as list.__len__ ("descriptor '__len__' requires a 'list'
// object but received a 'int'").
const Value& wrapper_self(CallArgs& a, Type* owner, const char* name);

// Argument counts of methods, not counting self. `qualname` is "list.copy", `name` is "copy".
// METH_NOARGS: "list.copy() takes no arguments (1 given)".
void check_noargs(CallArgs& a, const char* qualname);
// METH_O: "list.append() takes exactly one argument (0 given)".
void check_onearg(CallArgs& a, const char* qualname);
// Positional-only methods made by Argument Clinic: "insert expected 2 arguments, got 1".
void check_positional(CallArgs& a, const char* qualname, const char* name, size_t min, size_t max);
// Slot wrappers (__len__, __setitem__, ...): "expected 1 argument, got 0".
void check_wrapper_args(CallArgs& a, size_t n);
// "set.union() takes no keyword arguments".
void check_no_kw(CallArgs& a, const char* qualname);

// Puts the dunder methods that CPython derives from a built-in type's slots (__len__,
// __getitem__, __eq__, __add__/__radd__, __iadd__, __iter__, __next__, __init__, __hash__ ...)
// into its dict, so `super().__getitem__(k)` and `list.__init__(self)` reach the built-in
// behaviour from a subclass. Call it after the slots are set; names already present are kept.
void add_slot_wrappers(Type* t);

} // namespace loopstep::py
