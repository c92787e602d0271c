// BigInt against CPython 3.11: every expected value in bigint_cases.inc was produced by
// tools/gen_numeric_cases.py running the same operation under /usr/bin/python3.
#include "core/py/bigint.h"

#include <catch2/catch.hpp>

#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "bigint_cases.inc"

using loopstep::py::BigInt;
using loopstep::py::NumError;
using loopstep::py::NumErrorKind;
using loopstep::py::NumResult;

namespace {

// A decimal or "0x..." literal from the case tables (they are valid by construction).
BigInt num(std::string_view text) {
    auto r = BigInt::parse(text, 0, 0);
    REQUIRE(r.ok());
    return r.value;
}

std::string show_error(const NumError& e) {
    return std::string("!") + loopstep::py::num_error_kind_name(e.kind) + ": " + e.message;
}

std::string show(const NumResult<BigInt>& r) {
    return r.ok() ? r.value.to_string() : show_error(r.error);
}

std::string show(const NumResult<std::string>& r) {
    return r.ok() ? r.value : show_error(r.error);
}

std::string bits_hex(double d) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016" PRIx64, std::bit_cast<std::uint64_t>(d));
    return buf;
}

std::string show(const NumResult<double>& r) {
    return r.ok() ? bits_hex(r.value) : show_error(r.error);
}

double double_of(std::string_view hex) {
    return std::bit_cast<double>(
        static_cast<std::uint64_t>(std::strtoull(hex.data(), nullptr, 16)));
}

int sign_of(std::strong_ordering c) {
    return c == std::strong_ordering::less ? -1 : c == std::strong_ordering::greater ? 1 : 0;
}

std::string to_hex(const std::string& bytes) {
    std::string out;
    char buf[3];
    for (unsigned char b : bytes) {
        std::snprintf(buf, sizeof buf, "%02x", b);
        out += buf;
    }
    return out;
}

std::string from_hex(std::string_view hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        char pair[3] = {hex[i], hex[i + 1], 0};
        out += static_cast<char>(std::strtoul(pair, nullptr, 16));
    }
    return out;
}

} // namespace

TEST_CASE("int arithmetic, bitwise and comparison match CPython", "[bigint]") {
    for (const auto& c : kIntBinopCases) {
        INFO("a = " << c.a << ", b = " << c.b);
        BigInt a = num(c.a), b = num(c.b);
        CHECK((a + b).to_string() == c.add);
        CHECK((a - b).to_string() == c.sub);
        CHECK((a * b).to_string() == c.mul);
        CHECK(show(BigInt::floordiv(a, b)) == c.floordiv);
        CHECK(show(BigInt::mod(a, b)) == c.mod);
        auto dm = BigInt::divmod(a, b);
        if (dm.ok()) {
            CHECK(dm.value.first.to_string() == c.floordiv);
            CHECK(dm.value.second.to_string() == c.mod);
        }
        CHECK((a & b).to_string() == c.bit_and);
        CHECK((a | b).to_string() == c.bit_or);
        CHECK((a ^ b).to_string() == c.bit_xor);
        CHECK(sign_of(a <=> b) == c.cmp);
        CHECK((a == b) == (c.cmp == 0));
        CHECK(show(BigInt::truediv(a, b)) == c.truediv);
    }
}

TEST_CASE("int unary operations, conversions and hash match CPython", "[bigint]") {
    for (const auto& c : kIntUnaryCases) {
        INFO("a = " << c.a);
        BigInt a = num(c.a);
        CHECK(a.to_string() == c.a);
        CHECK((-a).to_string() == c.neg);
        CHECK((~a).to_string() == c.invert);
        CHECK(a.bit_length() == c.bit_length);
        CHECK(a.bit_count() == c.bit_count);
        CHECK(a.hash() == c.hash);
        CHECK(show(a.to_double()) == c.to_double);
        CHECK(a.to_string(2) == c.bin);
        CHECK(a.to_string(8) == c.oct);
        CHECK(a.to_string(16) == c.hex);
        CHECK(a.to_prefixed_string(16) == c.hex_prefixed);
        CHECK(a.fits_int64() == c.fits_int64);
        if (c.fits_int64) {
            CHECK(a.to_int64() == std::strtoll(c.a.data(), nullptr, 10));
            CHECK(loopstep::py::hash_int64(a.to_int64()) == c.hash);
            CHECK(BigInt(a.to_int64()) == a);
        }
    }
}

TEST_CASE("int shifts match CPython", "[bigint]") {
    for (const auto& c : kIntShiftCases) {
        INFO("a = " << c.a << ", n = " << c.n);
        BigInt a = num(c.a), n = num(c.n);
        CHECK(show(BigInt::lshift(a, n)) == c.lshift);
        CHECK(show(BigInt::rshift(a, n)) == c.rshift);
    }
}

TEST_CASE("int powers match CPython", "[bigint]") {
    for (const auto& c : kIntPowCases) {
        INFO("a = " << c.a << ", e = " << c.e);
        CHECK(show(BigInt::pow(num(c.a), num(c.e))) == c.result);
    }
    for (const auto& c : kIntPowModCases) {
        INFO("a = " << c.a << ", e = " << c.e << ", m = " << c.m);
        CHECK(show(BigInt::pow_mod(num(c.a), num(c.e), num(c.m))) == c.result);
    }
}

TEST_CASE("a power too large to hold is a MemoryError, not an endless computation", "[bigint]") {
    // CPython would grind through 2 ** 2**70 until memory runs out; loopstep refuses up front.
    auto r = BigInt::pow(BigInt(2), BigInt(1).shifted_left(70));
    CHECK(r.error.kind == NumErrorKind::MemoryError);
    auto r3 = BigInt::pow(BigInt(-3), BigInt(1).shifted_left(40));
    CHECK(r3.error.kind == NumErrorKind::MemoryError);
}

TEST_CASE("int(str, base) matches CPython, including its errors and the digit limit", "[bigint]") {
    for (const auto& c : kIntParseCases) {
        INFO("text = " << c.text << ", base = " << c.base);
        CHECK(show(BigInt::parse(c.text, c.base, c.max_digits)) == c.result);
    }
}

TEST_CASE("str(int) matches CPython, including the digit limit", "[bigint]") {
    for (const auto& c : kIntToStrCases) {
        INFO("a = " << c.a << ", limit = " << c.max_digits);
        CHECK(show(num(c.a).to_decimal_string(c.max_digits)) == c.result);
    }
}

TEST_CASE("huge products and quotients match CPython", "[bigint]") {
    const BigInt ten40 = BigInt::pow(BigInt(10), BigInt(40)).value;
    for (const auto& c : kIntBigMulCases) {
        BigInt a = num(c.a), b = num(c.b);
        BigInt p = a * b;
        CHECK(p.hash() == c.hash);
        CHECK(p.bit_length() == c.bit_length);
        CHECK(BigInt::mod(p, ten40).value.to_string() == c.low_digits);
        auto qr = BigInt::divmod(a, b).value;
        CHECK(std::to_string(qr.first.hash()) == c.quotient_hash);
        CHECK(BigInt::mod(qr.second, ten40).value.to_string() == c.remainder_low);
        // The identity a == q*b + r ties the two algorithms together at full size.
        CHECK(qr.first * b + qr.second == a);
    }
}

TEST_CASE("int.to_bytes and int.from_bytes match CPython", "[bigint]") {
    for (const auto& c : kIntToBytesCases) {
        INFO("a = " << c.a << ", length = " << c.length << ", little = " << c.little
                    << ", signed = " << c.is_signed);
        auto r = num(c.a).to_bytes(static_cast<std::size_t>(c.length), c.little, c.is_signed);
        CHECK((r.ok() ? to_hex(r.value) : show_error(r.error)) == c.result);
    }
    for (const auto& c : kIntFromBytesCases) {
        INFO("bytes = " << c.hex << ", little = " << c.little << ", signed = " << c.is_signed);
        CHECK(BigInt::from_bytes(from_hex(c.hex), c.little, c.is_signed).to_string() == c.result);
    }
}

TEST_CASE("int(float), hash(float) and int/float comparison match CPython", "[bigint]") {
    for (const auto& c : kIntFromDoubleCases) {
        INFO("x bits = " << c.bits);
        double x = double_of(c.bits);
        CHECK(show(BigInt::from_double(x)) == c.result);
        if (x == x) CHECK(loopstep::py::hash_double(x) == c.hash);
    }
    for (const auto& c : kIntDoubleCompareCases) {
        INFO("a = " << c.a << ", x bits = " << c.bits);
        BigInt a = num(c.a);
        auto cmp = a.compare_with_double(double_of(c.bits));
        CHECK((cmp ? sign_of(*cmp) : 2) == c.cmp);
        if (a.fits_int64()) {
            auto cmp64 = loopstep::py::compare_int64_with_double(a.to_int64(), double_of(c.bits));
            CHECK((cmp64 ? sign_of(*cmp64) : 2) == c.cmp);
        }
    }
}
