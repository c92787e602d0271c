// hash() of str and bytes exactly as CPython 3.11 computes it: SipHash-1-3 (Py_HASH_ALGORITHM
// siphash13, the 3.11 default) keyed with the all-zero key that CPython uses when
// PYTHONHASHSEED=0. Set iteration order depends on these hashes, so a deterministic interpreter
// that prints sets like CPython must hash like CPython run with PYTHONHASHSEED=0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace loopstep::py {

// SipHash-1-3 with key (k0, k1), with CPython's finalisation (v0 ^ v1 ^ v2 ^ v3).
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* data, std::size_t size);

// CPython's _Py_HashBytes with the zero key: 0 for empty input, and -1 (the C-level error
// marker) becomes -2. This is hash(b) for a bytes object b.
std::int64_t hash_bytes(const void* data, std::size_t size);

// hash(s) for a str given as UTF-8. CPython hashes a str's internal representation: one byte
// per character when every code point is below 256 (Latin-1), two bytes little-endian (UCS-2)
// when every code point is below 65536, else four bytes little-endian (UCS-4). Surrogate code
// points (which a Python str may hold) are accepted in their generalized UTF-8 form
// (ED A0 80 for U+D800); a malformed byte counts as the code point of its value.
std::int64_t hash_str_utf8(std::string_view utf8);

} // namespace loopstep::py
