// Python's int beyond 64 bits: an arbitrary-precision integer with CPython 3.11's semantics for
// every operation a program can observe -- floor division and modulo signs, two's-complement
// bitwise operators on negatives, correctly rounded conversions to float, int(str, base) with its
// underscore rules and the 4300-digit conversion limit, and hash() bit for bit.
//
// The VM keeps small ints inline and comes here only when a value leaves int64, so the
// representation is plain: a sign and a little-endian vector of 32-bit limbs without leading
// zeros (zero is the empty vector, never negative). Multiplication switches from schoolbook to
// Karatsuba for large operands; division is Knuth's algorithm D.
#pragma once

#include "core/py/num_result.h"
#include "core/py/unicode_digits.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopstep::py {

// sys.get_int_max_str_digits() at startup; 0 means no limit.
inline constexpr std::size_t kDefaultMaxStrDigits = 4300;

class BigInt {
  public:
    using Limb = std::uint32_t;

    BigInt() = default;
    BigInt(std::int64_t v); // implicit: every int64 converts losslessly
    static BigInt from_uint64(std::uint64_t v);

    // int(x) for a float: truncates toward zero. inf -> OverflowError "cannot convert float
    // infinity to integer", nan -> ValueError "cannot convert float NaN to integer".
    static NumResult<BigInt> from_double(double x);

    // int(text, base): base 0 or 2..36, surrounding whitespace, a sign, the 0x/0o/0b prefix that
    // matches the base, single underscores between digits, Unicode decimal digits. Errors carry
    // CPython's messages; the invalid-literal one quotes `repr(text)` made by `repr`. A decimal
    // (non power-of-two base) literal longer than `max_str_digits` digits is refused (0 = no
    // limit).
    static NumResult<BigInt> parse(std::string_view text, int base,
                                   std::size_t max_str_digits = kDefaultMaxStrDigits,
                                   ReprFn repr = basic_str_repr);

    // int.from_bytes(data, 'little' if little_endian else 'big', signed=is_signed)
    static BigInt from_bytes(std::string_view data, bool little_endian, bool is_signed);

    // Digits in base 2, 8, 10 or 16 (lowercase), with a leading '-' when negative, no prefix.
    std::string to_string(int base = 10) const;
    // str(n) under sys.set_int_max_str_digits(max_str_digits) (0 = no limit): CPython's ValueError
    // "Exceeds the limit (4300 digits) for integer string conversion; use ..." when too long.
    NumResult<std::string>
    to_decimal_string(std::size_t max_str_digits = kDefaultMaxStrDigits) const;
    // hex(n), oct(n), bin(n): "-0x1f" style (base 16, 8 or 2).
    std::string to_prefixed_string(int base) const;
    // Whether str(abs(n)) has more than `limit` digits, without converting.
    bool decimal_digits_exceed(std::size_t limit) const;

    // int.to_bytes(length, order, signed=is_signed). OverflowError "int too big to convert" or
    // "can't convert negative int to unsigned" as CPython.
    NumResult<std::string> to_bytes(std::size_t length, bool little_endian, bool is_signed) const;

    bool is_zero() const { return mag_.empty(); }
    bool is_negative() const { return neg_; }
    int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
    bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }
    bool fits_int64() const;
    std::int64_t to_int64() const; // precondition: fits_int64()
    std::optional<std::int64_t> as_int64() const;
    bool fits_uint64() const;
    std::uint64_t to_uint64() const; // precondition: fits_uint64()

    // float(n), correctly rounded (half to even). OverflowError "int too large to convert to
    // float" when it does not fit.
    NumResult<double> to_double() const;

    std::uint64_t bit_length() const;
    std::uint64_t bit_count() const; // int.bit_count(): ones in abs(n)

    // hash(n) exactly as CPython: sign * (abs(n) mod (2**61 - 1)), with -1 turned into -2.
    std::int64_t hash() const;

    const std::vector<Limb>& magnitude() const { return mag_; }

    friend BigInt operator-(const BigInt& a);
    friend BigInt operator~(const BigInt& a); // -(a + 1)
    BigInt abs() const;

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    // Bitwise operators act on the infinite two's-complement form, as Python's do.
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);

    BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
    BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
    BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

    friend bool operator==(const BigInt& a, const BigInt& b) = default;
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

    // a // b and a % b with Python's signs (the remainder takes the divisor's sign).
    // ZeroDivisionError "integer division or modulo by zero" / "integer modulo by zero".
    static NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b);
    static NumResult<BigInt> mod(const BigInt& a, const BigInt& b);
    static NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
    // a / b correctly rounded, as CPython's long_true_divide. ZeroDivisionError "division by zero",
    // OverflowError "integer division result too large for a float".
    static NumResult<double> truediv(const BigInt& a, const BigInt& b);

    // base ** exp for exp >= 0 (a negative exponent gives a float: see int_pow_to_float).
    // MemoryError when the result could not be held.
    static NumResult<BigInt> pow(const BigInt& base, const BigInt& exp);
    // pow(base, exp, mod) as Python 3.8+: a negative exponent uses the modular inverse.
    // ValueError "pow() 3rd argument cannot be 0", "base is not invertible for the given modulus".
    static NumResult<BigInt> pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);

    // a << n and a >> n for a shift count given as an int. ValueError "negative shift count";
    // MemoryError for a left shift too large to hold. Right shifts floor (-1 >> 5 == -1).
    static NumResult<BigInt> lshift(const BigInt& a, const BigInt& n);
    static NumResult<BigInt> rshift(const BigInt& a, const BigInt& n);
    BigInt shifted_left(std::uint64_t n) const; // precondition: the result fits in memory
    BigInt shifted_right(std::uint64_t n) const;

    // Exact comparison with a float as Python's int/float comparisons do; nullopt for NaN.
    std::optional<std::strong_ordering> compare_with_double(double d) const;

    // Results larger than this many limbs raise MemoryError instead of being attempted.
    static constexpr std::size_t kMaxLimbs = std::size_t{1} << 28;

  private:
    std::vector<Limb> mag_;
    bool neg_ = false;

    BigInt(std::vector<Limb> mag, bool neg);
    void normalize();
};

// CPython's _Py_HashDouble for a finite or infinite x (inf -> 314159, -inf -> -314159). A NaN
// hashes by object identity in CPython, so the caller handles it.
std::int64_t hash_double(double x);
// hash() of an int that fits in int64, equal to BigInt(v).hash() without building one.
std::int64_t hash_int64(std::int64_t v);

// Exact int/float comparison for an int64 (nullopt when d is NaN).
std::optional<std::strong_ordering> compare_int64_with_double(std::int64_t v, double d);

// The messages of the 4300-digit limit, for callers that convert on their own.
std::string int_max_str_digits_to_str_message(std::size_t limit);
std::string int_max_str_digits_to_int_message(std::size_t limit, std::size_t digits);

} // namespace loopstep::py
