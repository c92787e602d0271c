// Text formatting entry points the VM and the built-ins call: the % operator on str
// (printf-style, CPython's PyUnicode_Format), format(value, spec) (type(value).__format__, used by
// f-strings and str.format) and str.format / str.format_map's template language.
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

// fmt % args for a str (or str subclass) fmt. Raises TypeError/ValueError/KeyError/OverflowError
// with CPython's messages ("not enough arguments for format string", "unsupported format
// character 'y' (0x79) at index 3", ...).
Value percent_format(const Value& fmt, const Value& args);

// format(v, spec): calls type(v).__format__(v, spec) and checks that it returns a str
// ("__format__ must return a str, not int"). Built-in str, int, bool and float are formatted
// directly.
Value format_value(const Value& v, const Value& spec);

// str.format(*args, **kwargs) / str.format_map(mapping) on the template `fmt`. `mapping` is the
// keyword dict (format) or the mapping (format_map); either may be null.
Value str_format(const Value& fmt, const Value* args, size_t nargs, const Value& mapping);

} // namespace loopstep::py
