// SipHash-1-3 (one compression round, three finalisation rounds), following the reference
// algorithm and CPython's Python/pyhash.c use of it: little-endian 8-byte words, the length in
// the top byte of the last word, and the four-lane xor as the result.
#include "core/py/lib/siphash.h"

#include "core/py/lib/utf8.h"

#include <algorithm>
#include <vector>

namespace loopstep::py {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int b) {
    return (x << b) | (x >> (64 - b));
}

struct SipState {
    std::uint64_t v0, v1, v2, v3;

    void round() {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
};

std::uint64_t load_le64(const std::uint8_t* p, std::size_t n) {
    std::uint64_t v = 0;
    for (std::size_t i = n; i-- > 0;) v = (v << 8) | p[i];
    return v;
}

} // namespace

std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* data, std::size_t size) {
    const auto* in = static_cast<const std::uint8_t*>(data);
    SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
               k1 ^ 0x7465646279746573ULL};
    std::uint64_t last = static_cast<std::uint64_t>(size) << 56;
    std::size_t remaining = size;
    for (; remaining >= 8; remaining -= 8, in += 8) {
        std::uint64_t m = load_le64(in, 8);
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    last |= load_le64(in, remaining);
    s.v3 ^= last;
    s.round();
    s.v0 ^= last;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return (s.v0 ^ s.v1) ^ (s.v2 ^ s.v3);
}

std::int64_t hash_bytes(const void* data, std::size_t size) {
    if (size == 0) return 0;
    auto h = static_cast<std::int64_t>(siphash13(0, 0, data, size));
    return h == -1 ? -2 : h;
}

std::int64_t hash_str_utf8(std::string_view utf8) {
    std::u32string cps = decode_utf8_lenient(utf8);
    char32_t max_cp = 0;
    for (char32_t cp : cps) max_cp = std::max(max_cp, cp);
    std::size_t kind = max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4;
    std::vector<std::uint8_t> bytes;
    bytes.reserve(cps.size() * kind);
    for (char32_t cp : cps) {
        for (std::size_t k = 0; k < kind; ++k)
            bytes.push_back(static_cast<std::uint8_t>(cp >> (8 * k)));
    }
    return hash_bytes(bytes.data(), bytes.size());
}

} // namespace loopstep::py
