// str, bytes and bytearray against CPython 3.11: every case in str_cases.inc is a Python
// expression that tools/gen_str_cases.py evaluated under /usr/bin/python3 (PYTHONHASHSEED=0),
// recording repr() of the result or the exception's type and message; here the interpreter
// performs the same operation and must show the same.
#include "core/py/interp.h"
#include "str_case_runner.h"

#include <catch2/catch.hpp>

using namespace loopstep::py;

namespace {

const str_cases::Case kCases[] = {
#include "str_cases.inc"
};

} // namespace

TEST_CASE("str, bytes and bytearray operations answer as CPython 3.11", "[str]") {
    Interp interp;
    for (const str_cases::Case& c : kCases) {
        INFO(str_cases::unhex(c.source));
        CHECK(str_cases::run(c) == str_cases::unhex(c.expected));
    }
}
