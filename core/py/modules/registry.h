// The built-in modules a scenario can import, by name. Anything else fails as CPython's
// ModuleNotFoundError does: scenario files cannot reach the machine's files, network or
// processes, so modules such as os, socket or subprocess do not exist here.
#pragma once

#include "core/py/interp.h"

#include <string>

namespace loopstep::py {

using ModuleInitFn = Value (*)(Interp&);
ModuleInitFn find_builtin_module(const std::string& name);

Value init_sys_module(Interp& I);
Value init_time_module(Interp& I);
Value init_math_module(Interp& I);
Value init_random_module(Interp& I);
Value init_atexit_module(Interp& I);
Value init_loopstep_module(Interp& I);

} // namespace loopstep::py
