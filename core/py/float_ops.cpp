// Float arithmetic with CPython 3.11's special cases (Objects/floatobject.c), float() parsing
// (Python/pystrtod.c's grammar on top of std::from_chars) and round() through exact decimals.
#include "core/py/float_ops.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace loopstep::py {

namespace {

// CPython's _float_div_mod: fmod is exact, the quotient is snapped to the nearest integer.
void float_div_mod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

bool is_odd_integer(double x) {
    return std::fmod(std::fabs(x), 2.0) == 1.0;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool matches_ci(std::string_view s, std::size_t pos, std::string_view word) {
    if (s.size() - pos < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = s[pos + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

// The number Python's float() reads from s (already stripped, underscores removed), or nullopt.
std::optional<double> read_float_literal(std::string_view s) {
    std::size_t p = 0;
    bool negative = false;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
    const std::size_t number_start = p;
    std::size_t int_start = p;
    while (p < s.size() && is_digit(s[p])) ++p;
    const std::size_t int_end = p;
    std::size_t frac_start = p, frac_end = p;
    if (p < s.size() && s[p] == '.') {
        frac_start = ++p;
        while (p < s.size() && is_digit(s[p])) ++p;
        frac_end = p;
    }
    if (int_end == int_start && frac_end == frac_start) {
        // No digits: only inf, infinity or nan (in any case) remain possible.
        double value;
        if (matches_ci(s, number_start, "infinity")) {
            p = number_start + 8;
            value = std::numeric_limits<double>::infinity();
        } else if (matches_ci(s, number_start, "inf")) {
            p = number_start + 3;
            value = std::numeric_limits<double>::infinity();
        } else if (matches_ci(s, number_start, "nan")) {
            p = number_start + 3;
            value = std::numeric_limits<double>::quiet_NaN();
        } else {
            return std::nullopt;
        }
        if (p != s.size()) return std::nullopt;
        return negative ? -value : value;
    }
    std::int64_t exp10 = 0;
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        std::size_t q = p + 1;
        bool exp_negative = false;
        if (q < s.size() && (s[q] == '+' || s[q] == '-')) exp_negative = s[q++] == '-';
        if (q < s.size() && is_digit(s[q])) {
            while (q < s.size() && is_digit(s[q])) {
                if (exp10 < 1000000000) exp10 = exp10 * 10 + (s[q] - '0');
                ++q;
            }
            if (exp_negative) exp10 = -exp10;
            p = q;
        }
    }
    if (p != s.size()) return std::nullopt;
    double value = 0;
    auto r = std::from_chars(s.data() + number_start, s.data() + s.size(), value);
    if (r.ec == std::errc::result_out_of_range) {
        // Too large becomes inf and too small becomes zero, as with C's strtod: the place value
        // of the first nonzero digit says which.
        std::int64_t place = 0;
        bool found = false;
        for (std::size_t i = int_start; i < int_end && !found; ++i) {
            if (s[i] != '0') {
                place = static_cast<std::int64_t>(int_end - i) - 1;
                found = true;
            }
        }
        for (std::size_t i = frac_start; i < frac_end && !found; ++i) {
            if (s[i] != '0') {
                place = -static_cast<std::int64_t>(i - frac_start) - 1;
                found = true;
            }
        }
        value = found && place + exp10 >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return negative ? -value : value;
}

} // namespace

NumResult<double> float_truediv(double a, double b) {
    if (b == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float division by zero");
    return a / b;
}

NumResult<double> float_floordiv(double a, double b) {
    if (b == 0.0) {
        return num_error(NumErrorKind::ZeroDivisionError, "float floor division by zero");
    }
    double q, m;
    float_div_mod(a, b, q, m);
    return q;
}

NumResult<double> float_mod(double a, double b) {
    if (b == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

NumResult<std::pair<double, double>> float_divmod(double a, double b) {
    if (b == 0.0) return num_error(NumErrorKind::ZeroDivisionError, "float divmod()");
    double q, m;
    float_div_mod(a, b, q, m);
    return std::pair<double, double>(q, m);
}

NumResult<double> float_pow(double iv, double iw) {
    if (iw == 0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        const bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        const bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return num_error(NumErrorKind::ZeroDivisionError,
                             "0.0 cannot be raised to a negative power");
        }
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            return num_error(NumErrorKind::ComplexResult,
                             "negative number cannot be raised to a fractional power");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) {
        return num_error(NumErrorKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    return negate ? -ix : ix;
}

NumResult<double> int_pow_to_float(const BigInt& base, const BigInt& exp) {
    auto b = base.to_double();
    if (!b.ok()) return b.error;
    auto e = exp.to_double();
    if (!e.ok()) return e.error;
    return float_pow(b.value, e.value);
}

NumResult<BigInt> float_round_to_int(double x) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return BigInt::from_double(rounded);
}

NumResult<double> float_round(double x, std::int64_t ndigits) {
    if (!std::isfinite(x)) return x;
    // Beyond these, every float rounds to itself or to a zero (CPython's NDIGITS_MAX / _MIN).
    constexpr int kNdigitsMax = static_cast<int>((53 - (-1021)) * 0.30103);
    constexpr int kNdigitsMin = -static_cast<int>((1024 + 1) * 0.30103);
    if (ndigits > kNdigitsMax) return x;
    if (ndigits < kNdigitsMin) return 0.0 * x;
    if (ndigits >= 0) {
        // The correctly rounded decimal (ties to even, as the exact binary value decides) read
        // back correctly rounded: what CPython's dtoa mode 3 + strtod pair does.
        std::string buf(static_cast<std::size_t>(ndigits) + 340, '\0');
        auto w = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed,
                               static_cast<int>(ndigits));
        double value = 0;
        std::from_chars(buf.data(), w.ptr, value);
        return value;
    }
    // Rounding to a multiple of 10**k: exact integer arithmetic on x = mant * 2**e.
    int e = 0;
    const double m = std::frexp(std::fabs(x), &e);
    const auto mant = static_cast<std::int64_t>(std::ldexp(m, 53));
    e -= 53;
    const BigInt pow10 = BigInt::pow(BigInt(10), BigInt(-ndigits)).value;
    BigInt num(mant), den = pow10;
    if (e >= 0) {
        num = num.shifted_left(static_cast<std::uint64_t>(e));
    } else {
        den = den.shifted_left(static_cast<std::uint64_t>(-e));
    }
    auto [q, r] = BigInt::divmod(num, den).value;
    auto c = r.shifted_left(1) <=> den;
    if (c == std::strong_ordering::greater || (c == std::strong_ordering::equal && q.is_odd())) {
        q = q + BigInt(1);
    }
    auto value = (q * pow10).to_double();
    if (!value.ok()) {
        return num_error(NumErrorKind::OverflowError, "rounded value too large to represent");
    }
    return std::signbit(x) ? -value.value : value.value;
}

NumResult<double> parse_float(std::string_view text, ReprFn repr) {
    auto fail = [&] {
        return num_error(NumErrorKind::ValueError,
                         "could not convert string to float: " + repr(text));
    };
    std::string s(text);
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            s = transform_decimal_and_space_to_ascii(text);
            break;
        }
    }
    if (s.find('_') != std::string::npos) {
        // Underscores may only sit between two digits; they are dropped before parsing.
        std::string dup;
        char prev = 0;
        for (char c : s) {
            if (c == '\0') return fail();
            if (c == '_') {
                if (!is_digit(prev)) return fail();
            } else {
                dup += c;
                if (prev == '_' && !is_digit(c)) return fail();
            }
            prev = c;
        }
        if (prev == '_') return fail();
        s = std::move(dup);
    }
    std::size_t begin = 0, end = s.size();
    while (begin < end && ascii_is_space(s[begin])) ++begin;
    if (begin == end) return fail();
    while (end - begin > 1 && ascii_is_space(s[end - 1])) --end;
    auto value = read_float_literal(std::string_view(s).substr(begin, end - begin));
    if (!value) return fail();
    return *value;
}

bool float_is_integer(double x) {
    return std::isfinite(x) && std::floor(x) == x;
}

NumResult<std::pair<BigInt, BigInt>> float_as_integer_ratio(double x) {
    if (std::isinf(x)) {
        return num_error(NumErrorKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (std::isnan(x)) {
        return num_error(NumErrorKind::ValueError, "cannot convert NaN to integer ratio");
    }
    int exponent = 0;
    double part = std::frexp(x, &exponent);
    for (int i = 0; i < 300 && part != std::floor(part); ++i) {
        part *= 2.0;
        --exponent;
    }
    BigInt numerator = BigInt::from_double(part).value;
    BigInt denominator(1);
    if (exponent > 0) {
        numerator = numerator.shifted_left(static_cast<std::uint64_t>(exponent));
    } else {
        denominator = denominator.shifted_left(static_cast<std::uint64_t>(-exponent));
    }
    return std::pair<BigInt, BigInt>(std::move(numerator), std::move(denominator));
}

} // namespace loopstep::py
