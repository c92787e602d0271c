// Arbitrary-precision integers with CPython 3.11's semantics. The algorithms follow the textbook
// (Knuth vol. 2) and, where Python's answer depends on the algorithm's details (true division's
// rounding, the hash), CPython's Objects/longobject.c.
#include "core/py/bigint.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <limits>

namespace loopstep::py {

namespace {

using Limb = BigInt::Limb;
using DLimb = std::uint64_t;
using Mag = std::vector<Limb>;

constexpr int kLimbBits = 32;
// Below this many limbs in the smaller operand, schoolbook multiplication beats Karatsuba.
constexpr std::size_t kKaratsubaCutoff = 40;

void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
    while (na > 0 && a[na - 1] == 0) --na;
    while (nb > 0 && b[nb - 1] == 0) --nb;
    if (na != nb) return na < nb ? -1 : 1;
    for (std::size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

int cmp_mag(const Mag& a, const Mag& b) {
    return cmp_mag(a.data(), a.size(), b.data(), b.size());
}

Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    DLimb carry = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        DLimb t = DLimb{x[i]} + (i < y.size() ? y[i] : 0) + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> kLimbBits;
    }
    r[x.size()] = static_cast<Limb>(carry);
    trim(r);
    return r;
}

// a - b for a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::int64_t t = std::int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
        borrow = t < 0;
        r[i] = static_cast<Limb>(t);
    }
    trim(r);
    return r;
}

// r[0, n) += a[0, n); returns the carry out.
Limb add_in_place(Limb* r, const Limb* a, std::size_t n) {
    DLimb carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
        DLimb t = DLimb{r[i]} + a[i] + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> kLimbBits;
    }
    return static_cast<Limb>(carry);
}

// r[0, n) -= a[0, n); returns the borrow out.
Limb sub_in_place(Limb* r, const Limb* a, std::size_t n) {
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t t = std::int64_t{r[i]} - a[i] - borrow;
        borrow = t < 0;
        r[i] = static_cast<Limb>(t);
    }
    return static_cast<Limb>(borrow);
}

// Adds `carry` into r starting at limb 0, within r[0, n).
void propagate_carry(Limb* r, std::size_t n, Limb carry) {
    for (std::size_t i = 0; carry != 0 && i < n; ++i) {
        DLimb t = DLimb{r[i]} + carry;
        r[i] = static_cast<Limb>(t);
        carry = static_cast<Limb>(t >> kLimbBits);
    }
}

void propagate_borrow(Limb* r, std::size_t n, Limb borrow) {
    for (std::size_t i = 0; borrow != 0 && i < n; ++i) {
        borrow = r[i] == 0;
        --r[i];
    }
}

// r[0, na + nb) = a * b, with r zeroed by the caller.
void mul_schoolbook(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* r) {
    for (std::size_t i = 0; i < na; ++i) {
        DLimb ai = a[i];
        if (ai == 0) continue;
        DLimb carry = 0;
        for (std::size_t j = 0; j < nb; ++j) {
            DLimb t = ai * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<Limb>(t);
            carry = t >> kLimbBits;
        }
        r[i + nb] = static_cast<Limb>(carry);
    }
}

// r[0, na + nb) = a * b, with r zeroed by the caller. Karatsuba when both halves are big.
void mul_into(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* r) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (nb < kKaratsubaCutoff) {
        mul_schoolbook(a, na, b, nb, r);
        return;
    }
    if (2 * nb <= na) {
        // Lopsided: multiply b by nb-limb slices of a so every product is balanced.
        Mag tmp(2 * nb);
        for (std::size_t off = 0; off < na; off += nb) {
            std::size_t len = std::min(nb, na - off);
            std::fill(tmp.begin(), tmp.end(), 0);
            mul_into(a + off, len, b, nb, tmp.data());
            Limb carry = add_in_place(r + off, tmp.data(), len + nb);
            propagate_carry(r + off + len + nb, na + nb - off - len - nb, carry);
        }
        return;
    }
    // a = a1 B^m + a0, b = b1 B^m + b0, a*b = z2 B^2m + (z1 - z0 - z2) B^m + z0,
    // z1 = (a0 + a1)(b0 + b1). nb > m because 2 nb > na.
    std::size_t m = na / 2;
    mul_into(a, m, b, m, r);                           // z0 -> r[0, 2m)
    mul_into(a + m, na - m, b + m, nb - m, r + 2 * m); // z2 -> r[2m, na + nb)
    Mag sa(na - m + 1, 0);                             // a1 + a0, where a1 is the longer half
    std::copy(a + m, a + na, sa.begin());
    Limb ca = add_in_place(sa.data(), a, m);
    propagate_carry(sa.data() + m, sa.size() - m, ca);
    Mag sb(std::max(m, nb - m) + 1, 0); // b0 + b1, either half may be longer
    std::copy(b, b + m, sb.begin());
    Limb cb = add_in_place(sb.data(), b + m, nb - m);
    propagate_carry(sb.data() + (nb - m), sb.size() - (nb - m), cb);
    std::size_t la = sa.size(), lb = sb.size();
    while (la > 0 && sa[la - 1] == 0) --la;
    while (lb > 0 && sb[lb - 1] == 0) --lb;
    // z1 must hold z0 and z2 as stored (with any high zero limbs) for the subtractions.
    const std::size_t n2 = na + nb - 2 * m;
    Mag z1(std::max(la + lb, std::max(2 * m, n2)) + 1, 0);
    mul_into(sa.data(), la, sb.data(), lb, z1.data());
    Limb borrow = sub_in_place(z1.data(), r, 2 * m);
    propagate_borrow(z1.data() + 2 * m, z1.size() - 2 * m, borrow);
    borrow = sub_in_place(z1.data(), r + 2 * m, n2);
    propagate_borrow(z1.data() + n2, z1.size() - n2, borrow);
    std::size_t lz = z1.size();
    while (lz > 0 && z1[lz - 1] == 0) --lz;
    Limb carry = add_in_place(r + m, z1.data(), lz);
    propagate_carry(r + m + lz, na + nb - m - lz, carry);
}

Mag mul_mag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    Mag r(a.size() + b.size(), 0);
    if (a.size() == 1 || b.size() == 1) {
        const Mag& big = a.size() == 1 ? b : a;
        DLimb small = a.size() == 1 ? a[0] : b[0];
        DLimb carry = 0;
        for (std::size_t i = 0; i < big.size(); ++i) {
            DLimb t = small * big[i] + carry;
            r[i] = static_cast<Limb>(t);
            carry = t >> kLimbBits;
        }
        r[big.size()] = static_cast<Limb>(carry);
    } else {
        mul_into(a.data(), a.size(), b.data(), b.size(), r.data());
    }
    trim(r);
    return r;
}

// m = m * factor + addend, in place.
void mul_add_small(Mag& m, Limb factor, Limb addend) {
    DLimb carry = addend;
    for (Limb& limb : m) {
        DLimb t = DLimb{limb} * factor + carry;
        limb = static_cast<Limb>(t);
        carry = t >> kLimbBits;
    }
    if (carry) m.push_back(static_cast<Limb>(carry));
}

// q = a / d, returns a % d.
Limb divmod_small(const Mag& a, Limb d, Mag& q) {
    q.assign(a.size(), 0);
    DLimb rem = 0;
    for (std::size_t i = a.size(); i-- > 0;) {
        DLimb cur = (rem << kLimbBits) | a[i];
        q[i] = static_cast<Limb>(cur / d);
        rem = cur % d;
    }
    trim(q);
    return static_cast<Limb>(rem);
}

Mag shl_mag(const Mag& a, std::uint64_t n) {
    if (a.empty()) return {};
    std::size_t limbs = n / kLimbBits;
    int bits = static_cast<int>(n % kLimbBits);
    Mag r(a.size() + limbs + 1, 0);
    if (bits == 0) {
        std::copy(a.begin(), a.end(), r.begin() + limbs);
    } else {
        Limb carry = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            r[i + limbs] = (a[i] << bits) | carry;
            carry = a[i] >> (kLimbBits - bits);
        }
        r[a.size() + limbs] = carry;
    }
    trim(r);
    return r;
}

Mag shr_mag(const Mag& a, std::uint64_t n) {
    std::uint64_t limbs = n / kLimbBits;
    if (limbs >= a.size()) return {};
    int bits = static_cast<int>(n % kLimbBits);
    Mag r(a.size() - limbs);
    if (bits == 0) {
        std::copy(a.begin() + static_cast<std::ptrdiff_t>(limbs), a.end(), r.begin());
    } else {
        for (std::size_t i = 0; i < r.size(); ++i) {
            Limb hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
            r[i] = (a[i + limbs] >> bits) | (hi << (kLimbBits - bits));
        }
    }
    trim(r);
    return r;
}

// Whether any of the low n bits of a is set.
bool low_bits_nonzero(const Mag& a, std::uint64_t n) {
    std::uint64_t limbs = n / kLimbBits;
    for (std::size_t i = 0; i < a.size() && i < limbs; ++i) {
        if (a[i]) return true;
    }
    int bits = static_cast<int>(n % kLimbBits);
    return bits != 0 && limbs < a.size() && (a[limbs] & ((Limb{1} << bits) - 1)) != 0;
}

// Knuth's algorithm D: q = a / b, r = a % b for b with at least two limbs.
void divmod_knuth(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    std::size_t n = b.size(), m = a.size();
    int s = std::countl_zero(b.back());
    Mag bn(n), an(m + 1);
    if (s == 0) {
        std::copy(b.begin(), b.end(), bn.begin());
        std::copy(a.begin(), a.end(), an.begin());
        an[m] = 0;
    } else {
        for (std::size_t i = n - 1; i > 0; --i) bn[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
        bn[0] = b[0] << s;
        an[m] = a[m - 1] >> (32 - s);
        for (std::size_t i = m - 1; i > 0; --i) an[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
        an[0] = a[0] << s;
    }
    q.assign(m - n + 1, 0);
    const DLimb base = DLimb{1} << kLimbBits;
    for (std::size_t j = m - n + 1; j-- > 0;) {
        DLimb num = (DLimb{an[j + n]} << kLimbBits) | an[j + n - 1];
        DLimb qhat = num / bn[n - 1];
        DLimb rhat = num % bn[n - 1];
        while (qhat >= base || qhat * bn[n - 2] > ((rhat << kLimbBits) | an[j + n - 2])) {
            --qhat;
            rhat += bn[n - 1];
            if (rhat >= base) break;
        }
        std::int64_t t = 0;
        DLimb k = 0;
        for (std::size_t i = 0; i < n; ++i) {
            DLimb p = qhat * bn[i];
            t = std::int64_t{an[i + j]} - static_cast<std::int64_t>(k) -
                static_cast<std::int64_t>(p & 0xFFFFFFFFu);
            an[i + j] = static_cast<Limb>(t);
            k = (p >> kLimbBits) - static_cast<DLimb>(t >> kLimbBits);
        }
        t = std::int64_t{an[j + n]} - static_cast<std::int64_t>(k);
        an[j + n] = static_cast<Limb>(t);
        q[j] = static_cast<Limb>(qhat);
        if (t < 0) {
            // qhat was one too large (rare): add b back.
            --q[j];
            DLimb carry = 0;
            for (std::size_t i = 0; i < n; ++i) {
                DLimb sum = DLimb{an[i + j]} + bn[i] + carry;
                an[i + j] = static_cast<Limb>(sum);
                carry = sum >> kLimbBits;
            }
            an[j + n] += static_cast<Limb>(carry);
        }
    }
    r.assign(n, 0);
    if (s == 0) {
        std::copy(an.begin(), an.begin() + static_cast<std::ptrdiff_t>(n), r.begin());
    } else {
        for (std::size_t i = 0; i < n; ++i) r[i] = (an[i] >> s) | (an[i + 1] << (32 - s));
    }
    trim(q);
    trim(r);
}

// Magnitude division; b must be nonzero.
void divmod_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    if (cmp_mag(a, b) < 0) {
        q.clear();
        r = a;
        return;
    }
    if (b.size() == 1) {
        Limb rem = divmod_small(a, b[0], q);
        r.clear();
        if (rem) r.push_back(rem);
        return;
    }
    divmod_knuth(a, b, q, r);
}

std::uint64_t bit_length_mag(const Mag& m) {
    if (m.empty()) return 0;
    return (m.size() - 1) * std::uint64_t{kLimbBits} + (kLimbBits - std::countl_zero(m.back()));
}

// The value of a Python digit character in any base up to 36, or 37 for anything else.
int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 37;
}

constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;

std::string decimal_quadratic(const Mag& m) {
    if (m.size() <= 2) {
        std::uint64_t v = m.empty() ? 0 : m[0];
        if (m.size() == 2) v |= std::uint64_t{m[1]} << 32;
        return std::to_string(v);
    }
    // Base 10**9 chunks, least significant first; each limb from the top is shifted in. The
    // division by a constant compiles to a multiplication, which keeps this quadratic loop quick.
    constexpr std::uint32_t kChunk = 1000000000;
    std::vector<std::uint32_t> out;
    out.reserve(m.size() * 32 / 29 + 2);
    for (std::size_t i = m.size(); i-- > 0;) {
        std::uint64_t carry = m[i];
        for (std::uint32_t& d : out) {
            std::uint64_t z = (std::uint64_t{d} << 32) + carry;
            carry = z / kChunk;
            d = static_cast<std::uint32_t>(z - carry * kChunk);
        }
        while (carry) {
            out.push_back(static_cast<std::uint32_t>(carry % kChunk));
            carry /= kChunk;
        }
    }
    std::string s = std::to_string(out.back());
    s.reserve(s.size() + 9 * (out.size() - 1));
    char buf[9];
    for (std::size_t i = out.size() - 1; i-- > 0;) {
        std::uint32_t d = out[i];
        for (int k = 8; k >= 0; --k) {
            buf[k] = static_cast<char>('0' + d % 10);
            d /= 10;
        }
        s.append(buf, 9);
    }
    return s;
}

// Above this many limbs, decimal conversions split numbers around 10**(9 * 2**k) (divide and
// conquer), so their cost follows Karatsuba multiplication and long division instead of growing
// with the square of the digit count in the digit-by-digit loops.
constexpr std::size_t kDecimalSplitLimbs = 40;

// Writes the decimal digits of x; `width` 0 means as many as needed, otherwise exactly `width`
// digits with leading zeros. pows[k] is 10**(9 * 2**k); levels below `levels` may be used.
void decimal_split(const Mag& x, std::size_t width, std::size_t levels,
                   const std::vector<Mag>& pows, std::string& out) {
    if (x.size() <= kDecimalSplitLimbs || levels == 0) {
        std::string s = decimal_quadratic(x);
        if (width > s.size()) out.append(width - s.size(), '0');
        out += s;
        return;
    }
    const std::size_t k = levels - 1;
    const std::size_t low_digits = std::size_t{9} << k;
    if (width == 0 && cmp_mag(x, pows[k]) < 0) {
        decimal_split(x, 0, k, pows, out);
        return;
    }
    Mag q, r;
    divmod_mag(x, pows[k], q, r);
    decimal_split(q, width ? width - low_digits : 0, k, pows, out);
    decimal_split(r, low_digits, k, pows, out);
}

std::string decimal_of_mag(const Mag& m) {
    if (m.size() <= kDecimalSplitLimbs) return decimal_quadratic(m);
    std::vector<Mag> pows{Mag{1000000000}};
    while (pows.back().size() * 2 - 1 <= m.size())
        pows.push_back(mul_mag(pows.back(), pows.back()));
    std::string out;
    out.reserve(m.size() * 10);
    decimal_split(m, 0, pows.size(), pows, out);
    return out;
}

// The value of a string of decimal digits ('0'..'9' only), digit by digit in chunks of nine.
Mag parse_decimal_quadratic(std::string_view digits) {
    Mag mag;
    Limb acc = 0, acc_pow = 1;
    for (char c : digits) {
        acc = acc * 10 + static_cast<Limb>(c - '0');
        acc_pow *= 10;
        if (acc_pow == 1000000000) {
            mul_add_small(mag, acc_pow, acc);
            acc = 0;
            acc_pow = 1;
        }
    }
    if (acc_pow != 1) mul_add_small(mag, acc_pow, acc);
    trim(mag);
    return mag;
}

// The value of a long string of decimal digits: high half * 10**len(low) + low half.
Mag parse_decimal(std::string_view digits, const std::vector<Mag>& pows) {
    if (digits.size() <= 9 * kDecimalSplitLimbs) return parse_decimal_quadratic(digits);
    std::size_t k = 0;
    while (k + 1 < pows.size() && (std::size_t{9} << (k + 1)) < digits.size()) ++k;
    const std::size_t low_digits = std::size_t{9} << k;
    Mag high = parse_decimal(digits.substr(0, digits.size() - low_digits), pows);
    Mag low = parse_decimal(digits.substr(digits.size() - low_digits), pows);
    return add_mag(mul_mag(high, pows[k]), low);
}

// Digits in base 2, 8 or 16: 1, 3 or 4 bits each (an octal digit may straddle two limbs).
std::string binary_base_of_mag(const Mag& m, int bits_per_digit) {
    if (m.empty()) return "0";
    std::uint64_t nbits = bit_length_mag(m);
    std::uint64_t ndigits = (nbits + bits_per_digit - 1) / bits_per_digit;
    std::string s(ndigits, '0');
    const Limb mask = (Limb{1} << bits_per_digit) - 1;
    for (std::uint64_t d = 0; d < ndigits; ++d) {
        std::uint64_t bit = d * bits_per_digit;
        std::size_t limb = bit / kLimbBits;
        int off = static_cast<int>(bit % kLimbBits);
        Limb v = m[limb] >> off;
        if (off + bits_per_digit > kLimbBits && limb + 1 < m.size()) {
            v |= m[limb + 1] << (kLimbBits - off);
        }
        s[ndigits - 1 - d] = "0123456789abcdef"[v & mask];
    }
    return s;
}

} // namespace

// ---- construction ----

BigInt::BigInt(std::int64_t v) {
    neg_ = v < 0;
    std::uint64_t u = neg_ ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    if (u) mag_.push_back(static_cast<Limb>(u));
    if (u >> 32) mag_.push_back(static_cast<Limb>(u >> 32));
}

BigInt::BigInt(std::vector<Limb> mag, bool neg) : mag_(std::move(mag)), neg_(neg) {
    normalize();
}

void BigInt::normalize() {
    trim(mag_);
    if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_uint64(std::uint64_t v) {
    Mag m;
    if (v) m.push_back(static_cast<Limb>(v));
    if (v >> 32) m.push_back(static_cast<Limb>(v >> 32));
    return BigInt(std::move(m), false);
}

NumResult<BigInt> BigInt::from_double(double x) {
    if (std::isinf(x)) {
        return num_error(NumErrorKind::OverflowError, "cannot convert float infinity to integer");
    }
    if (std::isnan(x)) {
        return num_error(NumErrorKind::ValueError, "cannot convert float NaN to integer");
    }
    double t = std::trunc(x);
    if (std::fabs(t) < 9223372036854775808.0) return BigInt(static_cast<std::int64_t>(t));
    int e = 0;
    double m = std::frexp(std::fabs(t), &e);
    auto mant = static_cast<std::uint64_t>(std::ldexp(m, 53));
    BigInt r = from_uint64(mant).shifted_left(static_cast<std::uint64_t>(e - 53));
    r.neg_ = t < 0;
    return r;
}

NumResult<BigInt> BigInt::parse(std::string_view text, int base, std::size_t max_str_digits,
                                ReprFn repr) {
    if ((base != 0 && base < 2) || base > 36) {
        return num_error(NumErrorKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const int orig_base = base;
    auto invalid = [&] {
        std::string r = repr(text);
        r.resize(utf8_offset(r, 200));
        return num_error(NumErrorKind::ValueError, "invalid literal for int() with base " +
                                                       std::to_string(orig_base) + ": " + r);
    };
    bool ascii = std::all_of(text.begin(), text.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::string transformed;
    std::string_view s = text;
    if (!ascii) {
        transformed = transform_decimal_and_space_to_ascii(text);
        s = transformed;
    }
    std::size_t p = 0, n = s.size();
    auto at = [&](std::size_t i) { return i < n ? s[i] : '\0'; };
    while (p < n && ascii_is_space(s[p])) ++p;
    bool negative = false;
    if (at(p) == '+') {
        ++p;
    } else if (at(p) == '-') {
        negative = true;
        ++p;
    }
    bool error_if_nonzero = false;
    if (base == 0) {
        char c1 = at(p + 1);
        if (at(p) != '0') {
            base = 10;
        } else if (c1 == 'x' || c1 == 'X') {
            base = 16;
        } else if (c1 == 'o' || c1 == 'O') {
            base = 8;
        } else if (c1 == 'b' || c1 == 'B') {
            base = 2;
        } else {
            // A C-style octal literal like "010" is an error unless it is zero.
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (at(p) == '0') {
        char c1 = at(p + 1);
        if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
            (base == 2 && (c1 == 'b' || c1 == 'B'))) {
            p += 2;
            if (at(p) == '_') ++p;
        }
    }
    if (at(p) == '_') return invalid();

    // Scan the digits: single underscores may separate them.
    const std::size_t start = p;
    std::size_t digits = 0;
    char prev = 0;
    while (p < n && (digit_value(s[p]) < base || s[p] == '_')) {
        if (s[p] == '_') {
            if (prev == '_') return invalid();
        } else {
            ++digits;
        }
        prev = s[p];
        ++p;
    }
    if (prev == '_') return invalid();
    const std::size_t end = p;
    const bool binary_base = (base & (base - 1)) == 0;
    if (!binary_base && max_str_digits > 0 && digits > max_str_digits) {
        return num_error(NumErrorKind::ValueError,
                         int_max_str_digits_to_int_message(max_str_digits, digits));
    }
    if (digits == 0) return invalid();
    while (p < n && ascii_is_space(s[p])) ++p;
    if (p != n) return invalid();

    Mag mag;
    if (binary_base) {
        const int bits = std::countr_zero(static_cast<unsigned>(base));
        mag.assign((digits * bits + kLimbBits - 1) / kLimbBits + 1, 0);
        std::uint64_t bitpos = 0;
        for (std::size_t i = end; i-- > start;) {
            if (s[i] == '_') continue;
            auto v = static_cast<DLimb>(digit_value(s[i]));
            std::size_t limb = bitpos / kLimbBits;
            int off = static_cast<int>(bitpos % kLimbBits);
            DLimb shifted = v << off;
            mag[limb] |= static_cast<Limb>(shifted);
            if (shifted >> kLimbBits) mag[limb + 1] |= static_cast<Limb>(shifted >> kLimbBits);
            bitpos += bits;
        }
        trim(mag);
    } else if (base == 10) {
        std::string digits_only;
        digits_only.reserve(digits);
        for (std::size_t i = start; i < end; ++i) {
            if (s[i] != '_') digits_only += s[i];
        }
        std::vector<Mag> pows{Mag{1000000000}};
        while ((std::size_t{9} << pows.size()) < digits_only.size()) {
            pows.push_back(mul_mag(pows.back(), pows.back()));
        }
        mag = parse_decimal(digits_only, pows);
    } else {
        // Gather as many digits as fit in a limb, then multiply them in.
        Limb chunk_pow = 1;
        int chunk_len = 0;
        while (DLimb{chunk_pow} * base <= 0xFFFFFFFFu) {
            chunk_pow *= base;
            ++chunk_len;
        }
        Limb acc = 0, acc_pow = 1;
        int acc_len = 0;
        for (std::size_t i = start; i < end; ++i) {
            if (s[i] == '_') continue;
            acc = acc * base + static_cast<Limb>(digit_value(s[i]));
            acc_pow *= base;
            if (++acc_len == chunk_len) {
                mul_add_small(mag, chunk_pow, acc);
                acc = 0;
                acc_pow = 1;
                acc_len = 0;
            }
        }
        if (acc_len) mul_add_small(mag, acc_pow, acc);
        trim(mag);
    }
    if (error_if_nonzero && !mag.empty()) {
        return invalid();
    }
    return BigInt(std::move(mag), negative);
}

BigInt BigInt::from_bytes(std::string_view data, bool little_endian, bool is_signed) {
    const std::size_t n = data.size();
    auto byte_at = [&](std::size_t significance) {
        std::size_t idx = little_endian ? significance : n - 1 - significance;
        return static_cast<unsigned char>(data[idx]);
    };
    Mag m((n + 3) / 4, 0);
    for (std::size_t i = 0; i < n; ++i) m[i / 4] |= Limb{byte_at(i)} << (8 * (i % 4));
    trim(m);
    BigInt r(std::move(m), false);
    if (is_signed && n > 0 && (byte_at(n - 1) & 0x80)) {
        r = r - BigInt(1).shifted_left(8 * std::uint64_t{n});
    }
    return r;
}

// ---- conversion ----

std::string BigInt::to_string(int base) const {
    std::string digits;
    switch (base) {
    case 2: digits = binary_base_of_mag(mag_, 1); break;
    case 8: digits = binary_base_of_mag(mag_, 3); break;
    case 16: digits = binary_base_of_mag(mag_, 4); break;
    default: digits = decimal_of_mag(mag_); break;
    }
    return neg_ ? "-" + digits : digits;
}

NumResult<std::string> BigInt::to_decimal_string(std::size_t max_str_digits) const {
    if (max_str_digits > 0 && decimal_digits_exceed(max_str_digits)) {
        return num_error(NumErrorKind::ValueError,
                         int_max_str_digits_to_str_message(max_str_digits));
    }
    return to_string(10);
}

std::string BigInt::to_prefixed_string(int base) const {
    const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    std::string digits = abs().to_string(base);
    return (neg_ ? "-" : "") + std::string(prefix) + digits;
}

bool BigInt::decimal_digits_exceed(std::size_t limit) const {
    // str(abs(n)) has more than `limit` digits exactly when abs(n) >= 10**limit.
    if (limit == 0) return true;
    const double log2_10 = 3.321928094887362;
    const double bound = static_cast<double>(limit) * log2_10;
    const auto bits = static_cast<double>(bit_length());
    if (bits - 1 > bound + 1) return true; // abs(n) >= 2**(bits-1) > 10**limit
    if (bits < bound - 1) return false;    // abs(n) < 2**bits < 10**limit
    auto p = pow(BigInt(10), BigInt(static_cast<std::int64_t>(limit)));
    return cmp_mag(mag_, p.value.mag_) >= 0;
}

NumResult<std::string> BigInt::to_bytes(std::size_t length, bool little_endian,
                                        bool is_signed) const {
    if (neg_ && !is_signed) {
        return num_error(NumErrorKind::OverflowError, "can't convert negative int to unsigned");
    }
    const std::uint64_t bits = 8 * std::uint64_t{length};
    bool fits;
    if (!is_signed) {
        fits = bit_length() <= bits;
    } else if (!neg_) {
        fits = bit_length() < bits || is_zero();
    } else {
        // -2**(bits-1) <= n: abs(n) - 1 needs fewer than bits bits.
        fits = bits > 0 && (abs() - BigInt(1)).bit_length() < bits;
    }
    // CPython lets -1 through as zero bytes of sign extension.
    if (neg_ && length == 0 && mag_.size() == 1 && mag_[0] == 1) fits = true;
    if (!fits) return num_error(NumErrorKind::OverflowError, "int too big to convert");
    // Two's complement of a negative value over `length` bytes: invert abs(n) - 1.
    Mag m = neg_ ? (abs() - BigInt(1)).mag_ : mag_;
    std::string out(length, '\0');
    for (std::size_t i = 0; i < length; ++i) {
        unsigned char b =
            i / 4 < m.size() ? static_cast<unsigned char>(m[i / 4] >> (8 * (i % 4))) : 0;
        if (neg_) b = static_cast<unsigned char>(~b);
        out[little_endian ? i : length - 1 - i] = static_cast<char>(b);
    }
    return out;
}

bool BigInt::fits_int64() const {
    if (mag_.size() <= 1) return true;
    if (mag_.size() > 2) return false;
    std::uint64_t u = (std::uint64_t{mag_[1]} << 32) | mag_[0];
    return neg_ ? u <= (std::uint64_t{1} << 63) : u < (std::uint64_t{1} << 63);
}

std::int64_t BigInt::to_int64() const {
    std::uint64_t u = 0;
    if (!mag_.empty()) u = mag_[0];
    if (mag_.size() > 1) u |= std::uint64_t{mag_[1]} << 32;
    return neg_ ? static_cast<std::int64_t>(0 - u) : static_cast<std::int64_t>(u);
}

std::optional<std::int64_t> BigInt::as_int64() const {
    if (!fits_int64()) return std::nullopt;
    return to_int64();
}

bool BigInt::fits_uint64() const {
    return !neg_ && mag_.size() <= 2;
}

std::uint64_t BigInt::to_uint64() const {
    std::uint64_t u = 0;
    if (!mag_.empty()) u = mag_[0];
    if (mag_.size() > 1) u |= std::uint64_t{mag_[1]} << 32;
    return u;
}

NumResult<double> BigInt::to_double() const {
    const std::uint64_t nbits = bit_length();
    double r;
    if (nbits <= 64) {
        r = static_cast<double>(to_uint64());
    } else {
        // The top 64 bits, with every lower bit folded into the lowest one as a sticky bit, round
        // to 53 bits exactly as the full value would (half to even).
        const std::uint64_t shift = nbits - 64;
        if (shift > 2000) {
            return num_error(NumErrorKind::OverflowError, "int too large to convert to float");
        }
        Mag top = shr_mag(mag_, shift);
        std::uint64_t hi = (std::uint64_t{top[1]} << 32) | top[0];
        if (low_bits_nonzero(mag_, shift)) hi |= 1;
        r = std::ldexp(static_cast<double>(hi), static_cast<int>(shift));
        if (std::isinf(r)) {
            return num_error(NumErrorKind::OverflowError, "int too large to convert to float");
        }
    }
    return neg_ ? -r : r;
}

std::uint64_t BigInt::bit_length() const {
    return bit_length_mag(mag_);
}

std::uint64_t BigInt::bit_count() const {
    std::uint64_t n = 0;
    for (Limb l : mag_) n += static_cast<std::uint64_t>(std::popcount(l));
    return n;
}

std::int64_t BigInt::hash() const {
    // abs(n) mod (2**61 - 1), a limb at a time from the top: multiplying by 2**32 modulo a
    // Mersenne prime is a rotation of the 61-bit value.
    std::uint64_t x = 0;
    for (std::size_t i = mag_.size(); i-- > 0;) {
        x = ((x << 32) & kHashModulus) | (x >> (kHashBits - 32));
        x += mag_[i];
        if (x >= kHashModulus) x -= kHashModulus;
    }
    auto h = static_cast<std::int64_t>(x);
    if (neg_) h = -h;
    return h == -1 ? -2 : h;
}

// ---- arithmetic ----

BigInt BigInt::abs() const {
    return BigInt(mag_, false);
}

BigInt operator-(const BigInt& a) {
    BigInt r = a;
    if (!r.mag_.empty()) r.neg_ = !r.neg_;
    return r;
}

BigInt operator~(const BigInt& a) {
    return -(a + BigInt(1));
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    if (a.neg_ == b.neg_) return BigInt(add_mag(a.mag_, b.mag_), a.neg_);
    int c = cmp_mag(a.mag_, b.mag_);
    if (c == 0) return BigInt();
    if (c > 0) return BigInt(sub_mag(a.mag_, b.mag_), a.neg_);
    return BigInt(sub_mag(b.mag_, a.mag_), b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
    return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
    return BigInt(mul_mag(a.mag_, b.mag_), a.neg_ != b.neg_);
}

namespace {

// Limbs of the infinite two's-complement form of a value, cut to n limbs (n is larger than the
// magnitude so the sign survives in the top limb).
Mag twos_complement(const Mag& mag, bool neg, std::size_t n) {
    Mag r(n, 0);
    std::copy(mag.begin(), mag.end(), r.begin());
    if (neg) {
        propagate_borrow(r.data(), n, 1);
        for (Limb& l : r) l = ~l;
    }
    return r;
}

} // namespace

namespace {

// Applies op limb by limb to the two's-complement forms; returns the magnitude and sign.
template <class Op>
std::pair<Mag, bool> bitwise(const Mag& am, bool an, const Mag& bm, bool bn, Op op) {
    const std::size_t n = std::max(am.size(), bm.size()) + 1;
    Mag a = twos_complement(am, an, n), b = twos_complement(bm, bn, n);
    Mag r(n);
    for (std::size_t i = 0; i < n; ++i) r[i] = op(a[i], b[i]);
    bool neg = (r[n - 1] >> 31) != 0;
    if (neg) {
        for (Limb& l : r) l = ~l;
        propagate_carry(r.data(), n, 1);
    }
    return {std::move(r), neg};
}

} // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
    if (!a.neg_ && !b.neg_) {
        Mag r(std::min(a.mag_.size(), b.mag_.size()));
        for (std::size_t i = 0; i < r.size(); ++i) r[i] = a.mag_[i] & b.mag_[i];
        return BigInt(std::move(r), false);
    }
    auto [m, neg] = bitwise(a.mag_, a.neg_, b.mag_, b.neg_, [](Limb x, Limb y) { return x & y; });
    return BigInt(std::move(m), neg);
}

BigInt operator|(const BigInt& a, const BigInt& b) {
    auto [m, neg] = bitwise(a.mag_, a.neg_, b.mag_, b.neg_, [](Limb x, Limb y) { return x | y; });
    return BigInt(std::move(m), neg);
}

BigInt operator^(const BigInt& a, const BigInt& b) {
    auto [m, neg] = bitwise(a.mag_, a.neg_, b.mag_, b.neg_, [](Limb x, Limb y) { return x ^ y; });
    return BigInt(std::move(m), neg);
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    if (a.neg_ != b.neg_)
        return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
    int c = cmp_mag(a.mag_, b.mag_);
    if (a.neg_) c = -c;
    return c < 0   ? std::strong_ordering::less
           : c > 0 ? std::strong_ordering::greater
                   : std::strong_ordering::equal;
}

NumResult<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) {
        return num_error(NumErrorKind::ZeroDivisionError, "integer division or modulo by zero");
    }
    Mag q, r;
    divmod_mag(a.mag_, b.mag_, q, r);
    BigInt quot(std::move(q), a.neg_ != b.neg_);
    BigInt rem(std::move(r), a.neg_);
    // Floor the quotient: with a nonzero remainder of the wrong sign, step down by one.
    if (!rem.is_zero() && a.neg_ != b.neg_) {
        quot = quot - BigInt(1);
        rem = rem + b;
    }
    return std::pair<BigInt, BigInt>(std::move(quot), std::move(rem));
}

NumResult<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
    auto r = divmod(a, b);
    if (!r.ok()) return r.error;
    return std::move(r.value.first);
}

NumResult<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) return num_error(NumErrorKind::ZeroDivisionError, "integer modulo by zero");
    return std::move(divmod(a, b).value.second);
}

NumResult<double> BigInt::truediv(const BigInt& a, const BigInt& b) {
    constexpr int kMantDig = std::numeric_limits<double>::digits;      // 53
    constexpr int kMaxExp = std::numeric_limits<double>::max_exponent; // 1024
    constexpr int kMinExp = std::numeric_limits<double>::min_exponent; // -1021
    if (b.is_zero()) return num_error(NumErrorKind::ZeroDivisionError, "division by zero");
    const bool negate = a.neg_ != b.neg_;
    if (a.is_zero()) return negate ? -0.0 : 0.0;
    const auto a_bits = static_cast<std::int64_t>(a.bit_length());
    const auto b_bits = static_cast<std::int64_t>(b.bit_length());
    if (a_bits <= kMantDig && b_bits <= kMantDig) {
        // Both exact as doubles, and IEEE division rounds correctly.
        double r =
            static_cast<double>(a.abs().to_uint64()) / static_cast<double>(b.abs().to_uint64());
        return negate ? -r : r;
    }
    const std::int64_t diff = a_bits - b_bits;
    auto overflow = [] {
        return num_error(NumErrorKind::OverflowError,
                         "integer division result too large for a float");
    };
    if (diff > kMaxExp) return overflow();
    if (diff < kMinExp - kMantDig - 1) return negate ? -0.0 : 0.0;
    // Scale a so that the integer quotient has kMantDig + 2 or + 3 bits (fewer for subnormal
    // results), remember whether anything was lost, and round once at the end (CPython's method).
    const std::int64_t shift = std::max<std::int64_t>(diff, kMinExp) - kMantDig - 2;
    bool inexact = false;
    Mag x;
    if (shift <= 0) {
        x = shl_mag(a.mag_, static_cast<std::uint64_t>(-shift));
    } else {
        inexact = low_bits_nonzero(a.mag_, static_cast<std::uint64_t>(shift));
        x = shr_mag(a.mag_, static_cast<std::uint64_t>(shift));
    }
    Mag q, r;
    divmod_mag(x, b.mag_, q, r);
    if (!r.empty()) inexact = true;
    const auto x_bits = static_cast<std::int64_t>(bit_length_mag(q));
    const std::int64_t extra_bits = std::max<std::int64_t>(x_bits, kMinExp - shift) - kMantDig;
    std::uint64_t qv = (std::uint64_t{q.size() > 1 ? q[1] : 0} << 32) | (q.empty() ? 0 : q[0]);
    const std::uint64_t mask = std::uint64_t{1} << (extra_bits - 1);
    std::uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
    qv &= ~(2 * mask - 1);
    const double dx = static_cast<double>(qv);
    if (shift + x_bits >= kMaxExp &&
        (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
        return overflow();
    }
    double result = std::ldexp(dx, static_cast<int>(shift));
    return negate ? -result : result;
}

NumResult<BigInt> BigInt::pow(const BigInt& base, const BigInt& exp) {
    assert(!exp.is_negative());
    if (exp.is_zero()) return BigInt(1);
    if (base.is_zero()) return BigInt();
    const bool neg = base.neg_ && exp.is_odd();
    if (base.mag_.size() == 1 && base.mag_[0] == 1) return BigInt(neg ? -1 : 1);
    auto too_big = [] { return num_error(NumErrorKind::MemoryError, ""); };
    if (!exp.fits_uint64()) return too_big();
    const std::uint64_t e = exp.to_uint64();
    const std::uint64_t base_bits = base.bit_length();
    const std::uint64_t max_bits = kMaxLimbs * kLimbBits;
    if (e > max_bits / (base_bits - 1)) return too_big();
    // A power of two is a shift.
    if (base.bit_count() == 1) {
        BigInt r = BigInt(1).shifted_left((base_bits - 1) * e);
        r.neg_ = neg;
        return r;
    }
    Mag result = base.mag_;
    for (int bit = 62 - std::countl_zero(e); bit >= 0; --bit) {
        result = mul_mag(result, result);
        if ((e >> bit) & 1) result = mul_mag(result, base.mag_);
    }
    return BigInt(std::move(result), neg);
}

NumResult<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    if (mod.is_zero()) {
        return num_error(NumErrorKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    const bool negative_output = mod.neg_;
    const BigInt m = mod.abs();
    if (m.mag_.size() == 1 && m.mag_[0] == 1) return BigInt();
    BigInt b = base;
    BigInt e = exp;
    if (e.neg_) {
        e = -e;
        // Extended Euclid: the inverse of b modulo m, if gcd(b, m) == 1.
        BigInt x = b, n = m, s = BigInt(1), t = BigInt();
        while (!n.is_zero()) {
            auto qr = divmod(x, n).value;
            x = std::move(n);
            n = std::move(qr.second);
            BigInt next = s - qr.first * t;
            s = std::move(t);
            t = std::move(next);
        }
        if (!(x.mag_.size() == 1 && x.mag_[0] == 1 && !x.neg_)) {
            return num_error(NumErrorKind::ValueError,
                             "base is not invertible for the given modulus");
        }
        b = std::move(s);
    }
    b = std::move(BigInt::mod(b, m).value);
    Mag result{1};
    Mag q, r;
    const std::uint64_t ebits = e.bit_length();
    for (std::uint64_t i = ebits; i-- > 0;) {
        result = mul_mag(result, result);
        divmod_mag(result, m.mag_, q, r);
        result.swap(r);
        if ((e.mag_[i / kLimbBits] >> (i % kLimbBits)) & 1) {
            result = mul_mag(result, b.mag_);
            divmod_mag(result, m.mag_, q, r);
            result.swap(r);
        }
    }
    BigInt z(std::move(result), false);
    if (negative_output && !z.is_zero()) z = z - m;
    return z;
}

NumResult<BigInt> BigInt::lshift(const BigInt& a, const BigInt& n) {
    if (n.neg_) return num_error(NumErrorKind::ValueError, "negative shift count");
    if (a.is_zero()) return BigInt();
    // CPython counts in 30-bit digits: a result with more digits than an object can ever hold
    // is an OverflowError, anything smaller (but still absurd) fails to allocate.
    constexpr std::uint64_t kCPythonMaxDigits = 2305843009213693945;
    auto too_many = [] {
        return num_error(NumErrorKind::OverflowError, "too many digits in integer");
    };
    auto [word_shift, rem_shift] = divmod(n, BigInt(30)).value;
    if (!word_shift.fits_int64()) return too_many();
    const auto words = static_cast<std::uint64_t>(word_shift.to_int64());
    const std::uint64_t digits30 =
        (a.bit_length() + 29) / 30 + words + (rem_shift.is_zero() ? 0 : 1);
    if (digits30 > kCPythonMaxDigits) return too_many();
    if (!n.fits_uint64()) return num_error(NumErrorKind::MemoryError, "");
    const std::uint64_t count = n.to_uint64();
    if (count / kLimbBits + a.mag_.size() > kMaxLimbs)
        return num_error(NumErrorKind::MemoryError, "");
    return a.shifted_left(count);
}

NumResult<BigInt> BigInt::rshift(const BigInt& a, const BigInt& n) {
    if (n.neg_) return num_error(NumErrorKind::ValueError, "negative shift count");
    if (!n.fits_uint64() || n.to_uint64() >= a.bit_length()) return BigInt(a.neg_ ? -1 : 0);
    return a.shifted_right(n.to_uint64());
}

BigInt BigInt::shifted_left(std::uint64_t n) const {
    return BigInt(shl_mag(mag_, n), neg_);
}

BigInt BigInt::shifted_right(std::uint64_t n) const {
    if (!neg_) return BigInt(shr_mag(mag_, n), false);
    // floor(-m / 2**n) == -(((m - 1) >> n) + 1)
    Mag m1 = sub_mag(mag_, Mag{1});
    return BigInt(add_mag(shr_mag(m1, n), Mag{1}), true);
}

std::optional<std::strong_ordering> BigInt::compare_with_double(double d) const {
    if (std::isnan(d)) return std::nullopt;
    if (std::isinf(d)) return d > 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    const double t = std::trunc(d);
    auto c = *this <=> from_double(t).value;
    if (c != std::strong_ordering::equal) return c;
    if (d > t) return std::strong_ordering::less;
    if (d < t) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

// ---- free functions ----

std::int64_t hash_double(double v) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // 28 bits of the mantissa at a time, as CPython's _Py_HashDouble.
    std::uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    if (sign < 0) x = 0 - x;
    auto h = static_cast<std::int64_t>(x);
    return h == -1 ? -2 : h;
}

std::int64_t hash_int64(std::int64_t v) {
    std::uint64_t u = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    auto h = static_cast<std::int64_t>(u % kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

std::optional<std::strong_ordering> compare_int64_with_double(std::int64_t v, double d) {
    if (std::isnan(d)) return std::nullopt;
    // Every int64 within 2**53 is exact as a double; beyond that compare exactly.
    if (v > -(std::int64_t{1} << 53) && v < (std::int64_t{1} << 53)) {
        auto dv = static_cast<double>(v);
        return dv < d   ? std::strong_ordering::less
               : dv > d ? std::strong_ordering::greater
                        : std::strong_ordering::equal;
    }
    return BigInt(v).compare_with_double(d);
}

std::string int_max_str_digits_to_str_message(std::size_t limit) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
           "increase the limit";
}

std::string int_max_str_digits_to_int_message(std::size_t limit, std::size_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion: value has " + std::to_string(digits) +
           " digits; use sys.set_int_max_str_digits() to increase the limit";
}

} // namespace loopstep::py
