// hash() of str and bytes against CPython 3.11 run with PYTHONHASHSEED=0 (stdlib_cases.inc):
// ASCII, Latin-1, Korean and Japanese (UCS-2), emoji (UCS-4), NUL bytes, lone surrogates, the
// empty string, and every length across the 8-byte block boundary.
#include "core/py/lib/siphash.h"

#define STDLIB_CASES_HASH
#include "stdlib_cases.inc"

#include <catch2/catch.hpp>

TEST_CASE("hash of str and bytes matches CPython with PYTHONHASHSEED=0", "[siphash]") {
    for (const auto& c : stdlib_cases::kHashCases) {
        std::string_view data(c.data, c.size);
        INFO((c.is_str ? "str " : "bytes ") << '"' << data << '"');
        if (c.is_str)
            CHECK(loopstep::py::hash_str_utf8(data) == c.hash);
        else
            CHECK(loopstep::py::hash_bytes(data.data(), data.size()) == c.hash);
    }
}

TEST_CASE("the empty str and bytes hash to 0", "[siphash]") {
    CHECK(loopstep::py::hash_str_utf8("") == 0);
    CHECK(loopstep::py::hash_bytes("", 0) == 0);
}

TEST_CASE("an ASCII str hashes like its bytes", "[siphash]") {
    // CPython stores an ASCII str one byte per character, the same bytes as its encoding.
    CHECK(loopstep::py::hash_str_utf8("asyncio") == loopstep::py::hash_bytes("asyncio", 7));
}
