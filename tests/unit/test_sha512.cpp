// SHA-512 against hashlib.sha512 digests recorded from CPython (stdlib_cases.inc), one-shot and
// fed in pieces, around the 112- and 128-byte padding boundaries and over several blocks.
#include "core/py/lib/sha512.h"

#define STDLIB_CASES_SHA512
#include "stdlib_cases.inc"

#include <catch2/catch.hpp>

using loopstep::py::Sha512;

namespace {

std::string input_of(const stdlib_cases::Sha512Case& c) {
    std::string pattern(c.pattern, c.pattern_size);
    std::string input;
    input.reserve(pattern.size() * c.repeat);
    for (std::size_t i = 0; i < c.repeat; ++i) input += pattern;
    return input;
}

} // namespace

TEST_CASE("sha512 digests match hashlib", "[sha512]") {
    for (const auto& c : stdlib_cases::kSha512Cases) {
        std::string input = input_of(c);
        INFO("input of " << input.size() << " bytes");
        CHECK(loopstep::py::to_hex(loopstep::py::sha512(input)) == c.hexdigest);
    }
}

TEST_CASE("sha512 fed in pieces gives the one-shot digest", "[sha512]") {
    for (const auto& c : stdlib_cases::kSha512Cases) {
        std::string input = input_of(c);
        if (input.size() > 10000) continue;
        for (std::size_t piece : {1, 7, 111, 128, 129}) {
            Sha512 hasher;
            for (std::size_t at = 0; at < input.size(); at += piece)
                hasher.update(std::string_view(input).substr(at, piece));
            INFO("input of " << input.size() << " bytes in pieces of " << piece);
            CHECK(loopstep::py::to_hex(hasher.finish()) == c.hexdigest);
        }
    }
}
