// types.GenericAlias: what `list[int]` or `dict[str, list[int]]` evaluates to. Annotations are
// evaluated when a function is defined, so programs with type hints on containers need these
// objects: they print like CPython's ("dict[str, list[int]]"), compare by origin and arguments,
// and calling one calls the origin class.
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

// origin[args]: `args` is a tuple, or any other value taken as the single argument.
Value new_generic_alias(const Value& origin, const Value& args);
// Gives a class `__class_getitem__`, so that Class[...] makes a GenericAlias.
void add_class_getitem(Type* t);

} // namespace loopstep::py
