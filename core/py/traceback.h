// Formatting exceptions as CPython 3.11 prints them (see traceback.cpp).
#pragma once

#include "core/py/object.h"
#include "core/py/syntax_error.h"

#include <string>

namespace loopstep::py {

// The whole report, chained exceptions and groups included. `suggestions` adds "Did you mean"
// hints as the interpreter's own printer does (the traceback module of 3.11 does not).
std::string format_exception(const Value& exc, bool suggestions = true);
std::string format_exception_only(const Value& exc, bool suggestions = true);
std::string format_traceback_entries(const Value& tb);
std::string format_syntax_error(const SyntaxError& e);
void print_syntax_error(const SyntaxError& e);
std::string safe_repr_or(const Value& v, const char* fallback);

} // namespace loopstep::py
