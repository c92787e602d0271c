// The iterator types the builtins return: enumerate, zip, map, filter, reversed, the two-argument
// iter(callable, sentinel), and anext(it, default)'s awaitable.
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

extern Type *enumerate_type, *zip_type, *map_type, *filter_type, *reversed_type,
    *callable_iterator_type, *anext_awaitable_type;

Value new_callable_iterator(const Value& callable, const Value& sentinel);
Value new_anext_awaitable(const Value& awaitable, const Value& dflt);
void init_builtin_iter_types();

} // namespace loopstep::py
