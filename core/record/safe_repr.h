// Reprs the recorder can take without running any Python code: built-in scalars and containers
// of them as repr() shows them, exceptions as BaseException.__repr__ shows them, anything else as
// "<TypeName object>". A user-defined __repr__ could print, raise or change state, and a
// recorded run must behave exactly as an unrecorded one, so the recorder never calls one.
#pragma once

#include "core/py/object.h"

#include <string>

namespace loopstep::record {

// repr(v) for built-in types, shortened to about `limit` bytes ("..." marks a cut).
std::string safe_repr(const py::Value& v, size_t limit = 120);
// str(exc) as BaseException.__str__ computes it from the arguments.
std::string safe_exception_message(const py::Value& exc, size_t limit = 200);

} // namespace loopstep::record
