// "Did you mean: 'x'?" for NameError and AttributeError, computed as CPython 3.11 does when it
// prints the exception (Levenshtein distance with its costs and cut-offs).
#pragma once

#include "core/py/object.h"

#include <string>
#include <vector>

namespace loopstep::py {

// The suggestion for an exception, or "" when there is none.
std::string compute_suggestion(const Value& exc);
// The closest of `candidates` to `name` by CPython's rules, or "".
std::string best_suggestion(const std::string& name, const std::vector<std::string>& candidates);

} // namespace loopstep::py
