// The builtins module's namespace (builtins.cpp) and the text streams behind sys.stdout and
// sys.stderr (sys_module.cpp), through which every byte of program output passes so that the
// recorder sees it.
#pragma once

#include "core/py/bigint.h"
#include "core/py/object.h"

#include <string>

namespace loopstep::py {

Value make_builtins_dict();

extern Type* textio_type;
void textio_write(const Value& stream, const std::string& text);

// A ModuleNotFoundError for a module CPython has (os, socket, ...) but loopstep withholds.
bool is_sandboxed_module(const std::string& name);

// pow(base, exp, mod) on ints.
BigInt int_pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
// operator.index() as a big int.
BigInt index_value_big(const Value& v);

} // namespace loopstep::py
