// Emitting warnings from native code through the warnings module, so that filters, the
// once-per-location registry and a replaced warnings.showwarning all apply as in CPython.
#pragma once

#include "core/py/object.h"

#include <string_view>

namespace loopstep::py {

// warnings.warn(message, category, stacklevel=stacklevel) from native code.
void warn(Type* category, std::string_view message, int stacklevel = 1);
// "coroutine '...' was never awaited", as CPython's finaliser reports it.
void warn_unawaited_coroutine(const Value& coro);

} // namespace loopstep::py
