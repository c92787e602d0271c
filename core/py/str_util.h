// Helpers shared by the files that implement the text types (str.cpp, str_methods.cpp,
// str_format.cpp, percent_format.cpp, bytes.cpp): building strings whose shape is already known,
// slicing by code point, and checking the arguments of native methods with the exact wording
// CPython 3.11 uses for each calling convention (the wording differs between METH_NOARGS,
// METH_O, Argument Clinic and the older PyArg_ParseTuple methods, and programs print it).
#pragma once

#include "core/py/container_util.h" // has_index, ssize_arg, index_or_raise
#include "core/py/num_result.h"
#include "core/py/slice.h"
#include "core/py/str.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace loopstep::py {

// A str from UTF-8 whose length, kind and ASCII-ness the caller has computed.
Value make_str(std::string&& utf8, int64_t length, uint8_t kind, bool ascii);
// Length in code points, kind (1, 2, 4) and ASCII-ness of well-formed UTF-8.
void scan_utf8(std::string_view utf8, int64_t& length, uint8_t& kind, bool& ascii);
// The code points [start, stop) of s (0 <= start <= stop <= length).
Value str_substr(const StrObject* s, int64_t start, int64_t stop);
// A new exact str with the text of s (for a str subclass instance), or s itself.
Value str_exact(const Value& s);

// How a native method checks its arguments; each reproduces one CPython convention.
enum class ArgStyle {
    NoArgs,   // METH_NOARGS: "str.upper() takes no arguments (1 given)"
    One,      // METH_O: "str.join() takes exactly one argument (0 given)"
    Clinic,   // positional-only Argument Clinic: "center expected at least 1 argument, got 0"
    Old,      // PyArg_ParseTuple: "find() takes at least 1 argument (0 given)"
    Keywords, // Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)"
    Slot,     // slot wrappers (__len__, __getitem__): "expected 1 argument, got 0"
};

// Checks that a.args[0] is an instance of `t` (the unbound-call messages), then the remaining
// arguments against [min, max] in the given style. out[i] receives argument i after self
// (by position or, for ArgStyle::Keywords, by the names in `kw`, where "" marks a
// positional-only parameter); absent ones stay null.
void method_args(CallArgs& a, Type* t, const char* name, ArgStyle style, size_t min, size_t max,
                 Value* out, std::initializer_list<const char*> kw = {});

// The same checks for a function or constructor without self (messages name `name`; `t` names
// the type in the METH_NOARGS / METH_O wordings).
void function_args(CallArgs& a, Type* t, const char* name, ArgStyle style, size_t min, size_t max,
                   Value* out, std::initializer_list<const char*> kw = {});

// A start/end argument of find/count/startswith...: None or absent keeps `dflt`; otherwise an
// int or __index__ ("slice indices must be integers or None or have an __index__ method"),
// clamped to the int64 range as CPython's _PyEval_SliceIndex does.
int64_t search_bound(const Value& v, int64_t dflt);
// Argument Clinic's C int converter (expandtabs' tabsize, splitlines' keepends): like ssize_arg,
// but "Python int too large to convert to C int" beyond 32 bits.
int int_arg(const Value& v);
// The argument of the sq_repeat slot wrappers (str.__mul__(n)): exactly one, converted as
// PyNumber_AsSsize_t(n, OverflowError); CPython's message for a wrong count starts with a space.
int64_t repeat_wrapper_arg(CallArgs& a, Type* t, const char* name);
// Normalises start/end against a length as CPython's ADJUST_INDICES.
void adjust_indices(int64_t& start, int64_t& end, int64_t length);

// Adds str's dunder methods (__new__, __add__, __eq__, ...) to its dict; str.cpp defines it and
// init_str_methods() calls it once native functions can be made.
void init_str_dunders();

// How Argument Clinic names a wrong argument's type: "None" for None, else the type's name
// ("replace() argument 1 must be str, not None").
inline std::string arg_type_name(const Value& v) {
    return is_none(v) ? std::string("None") : type_name(v);
}

// Raises the exception a numeric helper reported.
[[noreturn]] void raise_num_error(const NumError& e);

} // namespace loopstep::py
