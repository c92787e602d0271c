// MT19937 as CPython's Modules/_randommodule.c runs it, and the algorithms of Lib/random.py
// (3.11) translated step for step: the order of calls into the generator is what makes the
// results match, so every loop below keeps random.py's shape. Float operations go through helpers
// that raise what Python's float and math functions raise.
#include "core/py/lib/mersenne_twister.h"

#include "core/py/lib/lib_error.h"
#include "core/py/lib/sha512.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <unordered_set>

namespace loopstep::py {

namespace {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

constexpr double kPi = std::numbers::pi;          // math.pi
constexpr double kTwoPi = 2.0 * std::numbers::pi; // math.tau
// random.py computes these at import time with the same libm calls.
const double kNvMagicConst = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagicConst = 1.0 + std::log(4.5);
constexpr double kE = std::numbers::e; // math.e

[[noreturn]] void raise(PyErrorType type, const std::string& message) {
    throw LibError(type, message);
}

std::string to_string(Int128 v) {
    if (v == 0) return "0";
    bool negative = v < 0;
    UInt128 mag = negative ? UInt128(0) - static_cast<UInt128>(v) : static_cast<UInt128>(v);
    std::string digits;
    while (mag > 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(mag % 10)));
        mag /= 10;
    }
    if (negative) digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

// Python's // on ints.
Int128 floordiv(Int128 a, Int128 b) {
    Int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

// ---- Python float semantics for the distributions ----

double fdiv(double a, double b) {
    if (b == 0.0) raise(PyErrorType::ZeroDivisionError, "float division by zero");
    return a / b;
}

// math_1 in Modules/mathmodule.c: a NaN from a non-NaN is a domain error; an infinity from a
// finite argument is a range error (OverflowError) where the function can overflow.
double math_1(double (*func)(double), double x, bool can_overflow) {
    double r = func(x);
    if (std::isnan(r) && !std::isnan(x)) raise(PyErrorType::ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) raise(PyErrorType::OverflowError, "math range error");
        raise(PyErrorType::ValueError, "math domain error");
    }
    return r;
}

double m_log(double x) {
    // math.log refuses 0 and negatives (libm would return -inf / nan without complaint for 0).
    if (std::isfinite(x) && x <= 0.0) raise(PyErrorType::ValueError, "math domain error");
    if (x == -std::numeric_limits<double>::infinity())
        raise(PyErrorType::ValueError, "math domain error");
    return std::log(x);
}
double m_exp(double x) {
    return math_1([](double v) { return std::exp(v); }, x, true);
}
double m_sqrt(double x) {
    return math_1([](double v) { return std::sqrt(v); }, x, false);
}
double m_cos(double x) {
    return math_1([](double v) { return std::cos(v); }, x, false);
}
double m_sin(double x) {
    return math_1([](double v) { return std::sin(v); }, x, false);
}
double m_acos(double x) {
    return math_1([](double v) { return std::acos(v); }, x, false);
}

bool is_odd_integer(double w) {
    return std::fmod(std::fabs(w), 2.0) == 1.0;
}

// float.__pow__ (Objects/floatobject.c float_pow), including its OverflowError. A negative base
// with a fractional exponent, a complex number in Python, is never reached from the
// distributions (their bases are >= 0); it raises rather than return a wrong float.
double py_pow(double v, double w) {
    if (w == 0.0) return 1.0;
    if (std::isnan(v)) return v;
    if (std::isnan(w)) return v == 1.0 ? 1.0 : w;
    if (std::isinf(w)) {
        v = std::fabs(v);
        if (v == 1.0) return 1.0;
        if ((w > 0.0) == (v > 1.0)) return std::fabs(w);
        return 0.0;
    }
    if (std::isinf(v)) {
        bool odd = is_odd_integer(w);
        if (w > 0.0) return odd ? v : std::fabs(v);
        return odd ? std::copysign(0.0, v) : 0.0;
    }
    if (v == 0.0) {
        if (w < 0.0)
            raise(PyErrorType::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return is_odd_integer(w) ? v : 0.0;
    }
    bool negate = false;
    if (v < 0.0) {
        if (w != std::floor(w)) raise(PyErrorType::ValueError, "math domain error");
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) return negate ? -1.0 : 1.0;
    errno = 0;
    double r = std::pow(v, w);
    int err = errno;
    if (err == 0 && std::isinf(r))
        err = ERANGE;
    else if (err == ERANGE && r == 0.0)
        err = 0;
    if (negate) r = -r;
    if (err == ERANGE) raise(PyErrorType::OverflowError, "(34, 'Numerical result out of range')");
    if (err != 0) raise(PyErrorType::ValueError, "math domain error");
    return r;
}

// float.__mod__: the result takes the sign of the divisor.
double py_mod(double v, double w) {
    if (w == 0.0) raise(PyErrorType::ZeroDivisionError, "float modulo");
    double mod = std::fmod(v, w);
    if (mod != 0.0) {
        if ((w < 0) != (mod < 0)) mod += w;
    } else {
        mod = std::copysign(0.0, w);
    }
    return mod;
}

std::size_t bit_length(std::span<const std::uint32_t> words) {
    for (std::size_t i = words.size(); i-- > 0;) {
        if (words[i] != 0) return 32 * i + static_cast<std::size_t>(std::bit_width(words[i]));
    }
    return 0;
}

// a < b for little-endian magnitudes (b may have more words than a or fewer).
bool words_less(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
    std::size_t n = std::max(a.size(), b.size());
    for (std::size_t i = n; i-- > 0;) {
        std::uint32_t x = i < a.size() ? a[i] : 0;
        std::uint32_t y = i < b.size() ? b[i] : 0;
        if (x != y) return x < y;
    }
    return false;
}

} // namespace

MersenneTwister::MersenneTwister() {
    seed_int(kDefaultSeed);
}

// ---- seeding ----

void MersenneTwister::init_genrand(std::uint32_t s) {
    mt_[0] = s;
    for (int i = 1; i < kN; ++i) {
        mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    }
    index_ = kN;
}

void MersenneTwister::init_by_array(std::span<const std::uint32_t> key) {
    init_genrand(19650218U);
    std::size_t i = 1;
    std::size_t j = 0;
    for (std::size_t k = std::max<std::size_t>(kN, key.size()); k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] +
                 static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= kN) {
            mt_[0] = mt_[kN - 1];
            i = 1;
        }
        if (j >= key.size()) j = 0;
    }
    for (std::size_t k = kN - 1; k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) -
                 static_cast<std::uint32_t>(i);
        ++i;
        if (i >= kN) {
            mt_[0] = mt_[kN - 1];
            i = 1;
        }
    }
    mt_[0] = 0x80000000U; // MSB is 1, so the state is never all zero
}

void MersenneTwister::seed_words(std::span<const std::uint32_t> magnitude) {
    // The key is exactly as many words as the number's bits need, at least one.
    std::size_t bits = bit_length(magnitude);
    std::size_t used = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    std::vector<std::uint32_t> key(used, 0);
    for (std::size_t i = 0; i < used && i < magnitude.size(); ++i) key[i] = magnitude[i];
    init_by_array(key);
    gauss_next_.reset();
}

void MersenneTwister::seed_int(bool /*negative: CPython seeds with abs(a)*/,
                               std::span<const std::uint32_t> magnitude) {
    seed_words(magnitude);
}

void MersenneTwister::seed_int(std::int64_t a) {
    std::uint64_t mag = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    std::uint32_t words[2] = {static_cast<std::uint32_t>(mag),
                              static_cast<std::uint32_t>(mag >> 32)};
    seed_words(words);
}

void MersenneTwister::seed_bytes(std::string_view data) {
    Sha512Digest digest = sha512(data);
    // int.from_bytes(data + digest) is big-endian: the last byte is the least significant.
    std::vector<std::uint8_t> all(data.begin(), data.end());
    all.insert(all.end(), digest.begin(), digest.end());
    std::vector<std::uint32_t> words((all.size() + 3) / 4, 0);
    for (std::size_t k = 0; k < all.size(); ++k) {
        std::size_t bit = 8 * k; // position of the k-th byte from the end
        words[bit / 32] |= static_cast<std::uint32_t>(all[all.size() - 1 - k]) << (bit % 32);
    }
    seed_words(words);
}

void MersenneTwister::seed_hash(std::int64_t hash) {
    auto u = static_cast<std::uint64_t>(hash); // PyLong_FromSize_t((size_t)hash)
    std::uint32_t words[2] = {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(u >> 32)};
    seed_words(words);
}

// ---- the core ----

std::uint32_t MersenneTwister::next_uint32() {
    static constexpr std::uint32_t mag01[2] = {0x0U, kMatrixA};
    if (index_ >= kN) {
        int kk = 0;
        std::uint32_t y;
        for (; kk < kN - kM; ++kk) {
            y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
            mt_[kk] = mt_[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < kN - 1; ++kk) {
            y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
            mt_[kk] = mt_[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt_[kN - 1] & kUpperMask) | (mt_[0] & kLowerMask);
        mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        index_ = 0;
    }
    std::uint32_t y = mt_[index_++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

double MersenneTwister::random() {
    std::uint32_t a = next_uint32() >> 5;
    std::uint32_t b = next_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

BigWords MersenneTwister::getrandbits(std::int64_t k) {
    // k arrives as a C int in CPython (argument clinic), then its sign is checked.
    if (k > std::numeric_limits<int>::max() || k < std::numeric_limits<int>::min())
        raise(PyErrorType::OverflowError, "Python int too large to convert to C int");
    if (k < 0) raise(PyErrorType::ValueError, "number of bits must be non-negative");
    if (k == 0) return {};
    if (k <= 32) return {next_uint32() >> (32 - k)};
    // Words are filled from the least significant; the last one keeps its top bits.
    auto words = static_cast<std::size_t>((k - 1) / 32 + 1);
    BigWords out(words);
    for (std::size_t i = 0; i < words; ++i, k -= 32) {
        std::uint32_t r = next_uint32();
        if (k < 32) r >>= (32 - k);
        out[i] = r;
    }
    return out;
}

std::uint64_t MersenneTwister::getrandbits64(int k) {
    BigWords w = getrandbits(k);
    std::uint64_t v = 0;
    for (std::size_t i = w.size(); i-- > 0;) v = (v << 32) | w[i];
    return v;
}

std::uint64_t MersenneTwister::randbelow(std::uint64_t n) {
    int k = std::bit_width(n); // n.bit_length(), not (n - 1)'s: n may be 1
    std::uint64_t r = getrandbits64(k);
    while (r >= n) r = getrandbits64(k);
    return r;
}

BigWords MersenneTwister::randbelow(std::span<const std::uint32_t> n) {
    auto k = static_cast<std::int64_t>(bit_length(n));
    BigWords r = getrandbits(k);
    while (!words_less(r, n)) r = getrandbits(k);
    return r;
}

// ---- integers ----

namespace {

// randrange with exact intermediate arithmetic, so randint(a, 2**63 - 1) and the widths of the
// error messages behave as Python ints do.
struct RandrangePlan {
    Int128 start;
    Int128 step;
    UInt128 n; // the result is start + step * randbelow(n)
};

RandrangePlan plan_randrange(Int128 start, std::optional<Int128> stop, Int128 step) {
    if (!stop) {
        // random.py checks `step is not _ONE`; an explicit 1 is the same cached int object.
        if (step != 1) raise(PyErrorType::TypeError, "Missing a non-None stop argument");
        if (start > 0) return {0, 1, static_cast<UInt128>(start)};
        raise(PyErrorType::ValueError, "empty range for randrange()");
    }
    Int128 width = *stop - start;
    if (step == 1) {
        if (width > 0) return {start, 1, static_cast<UInt128>(width)};
        raise(PyErrorType::ValueError, "empty range for randrange() (" + to_string(start) + ", " +
                                           to_string(*stop) + ", " + to_string(width) + ")");
    }
    Int128 n;
    if (step > 0)
        n = floordiv(width + step - 1, step);
    else if (step < 0)
        n = floordiv(width + step + 1, step);
    else
        raise(PyErrorType::ValueError, "zero step for randrange()");
    if (n <= 0) raise(PyErrorType::ValueError, "empty range for randrange()");
    return {start, step, static_cast<UInt128>(n)};
}

std::int64_t run_plan(MersenneTwister& gen, const RandrangePlan& plan) {
    UInt128 r;
    if (plan.n <= std::numeric_limits<std::uint64_t>::max()) {
        r = gen.randbelow(static_cast<std::uint64_t>(plan.n));
    } else {
        std::uint32_t words[3] = {static_cast<std::uint32_t>(plan.n),
                                  static_cast<std::uint32_t>(plan.n >> 32),
                                  static_cast<std::uint32_t>(plan.n >> 64)};
        BigWords w = gen.randbelow(words);
        r = 0;
        for (std::size_t i = w.size(); i-- > 0;) r = (r << 32) | w[i];
    }
    return static_cast<std::int64_t>(plan.start + plan.step * static_cast<Int128>(r));
}

} // namespace

std::int64_t MersenneTwister::randrange(std::int64_t start, std::optional<std::int64_t> stop,
                                        std::int64_t step) {
    std::optional<Int128> wide_stop;
    if (stop) wide_stop = *stop;
    return run_plan(*this, plan_randrange(start, wide_stop, step));
}

std::int64_t MersenneTwister::randint(std::int64_t a, std::int64_t b) {
    return run_plan(*this, plan_randrange(a, Int128(b) + 1, 1));
}

// ---- sequences ----

std::size_t MersenneTwister::choice(std::size_t size) {
    if (size == 0) raise(PyErrorType::IndexError, "Cannot choose from an empty sequence");
    return static_cast<std::size_t>(randbelow(size));
}

void MersenneTwister::shuffle(std::size_t size,
                              const std::function<void(std::size_t, std::size_t)>& swap) {
    for (std::size_t i = size; i-- > 1;) {
        auto j = static_cast<std::size_t>(randbelow(i + 1));
        swap(i, j);
    }
}

std::vector<std::size_t> MersenneTwister::shuffled_indices(std::size_t size) {
    std::vector<std::size_t> perm(size);
    for (std::size_t i = 0; i < size; ++i) perm[i] = i;
    shuffle(size, [&perm](std::size_t i, std::size_t j) { std::swap(perm[i], perm[j]); });
    return perm;
}

std::vector<std::size_t> MersenneTwister::sample(std::size_t size, std::int64_t k) {
    const std::size_t n = size;
    if (k < 0 || static_cast<std::uint64_t>(k) > n)
        raise(PyErrorType::ValueError, "Sample larger than population or is negative");
    const auto count = static_cast<std::size_t>(k);
    std::vector<std::size_t> result(count);
    // random.py compares the population with the memory a set of k entries would take.
    UInt128 setsize = 21;
    if (k > 5) {
        double exponent = std::ceil(std::log(static_cast<double>(UInt128(k) * 3)) / std::log(4.0));
        setsize += UInt128(1) << (2 * static_cast<int>(exponent));
    }
    if (n <= setsize) {
        std::vector<std::size_t> pool(n);
        for (std::size_t i = 0; i < n; ++i) pool[i] = i;
        for (std::size_t i = 0; i < count; ++i) {
            auto j = static_cast<std::size_t>(randbelow(n - i));
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
    } else {
        std::unordered_set<std::size_t> selected;
        for (std::size_t i = 0; i < count; ++i) {
            auto j = static_cast<std::size_t>(randbelow(n));
            while (selected.contains(j)) j = static_cast<std::size_t>(randbelow(n));
            selected.insert(j);
            result[i] = j;
        }
    }
    return result;
}

std::vector<std::size_t> MersenneTwister::sample_counts(std::size_t size,
                                                        std::span<const std::int64_t> counts,
                                                        std::int64_t k) {
    std::vector<std::int64_t> cum_counts;
    std::int64_t running = 0;
    for (std::int64_t c : counts) cum_counts.push_back(running += c);
    if (cum_counts.size() != size)
        raise(PyErrorType::ValueError, "The number of counts does not match the population");
    if (cum_counts.empty()) raise(PyErrorType::IndexError, "pop from empty list");
    std::int64_t total = cum_counts.back();
    cum_counts.pop_back();
    if (total <= 0) raise(PyErrorType::ValueError, "Total of counts must be greater than zero");
    std::vector<std::size_t> selections = sample(static_cast<std::size_t>(total), k);
    std::vector<std::size_t> result;
    result.reserve(selections.size());
    for (std::size_t s : selections) {
        auto s64 = static_cast<std::int64_t>(s);
        auto it = std::upper_bound(cum_counts.begin(), cum_counts.end(), s64); // bisect_right
        result.push_back(static_cast<std::size_t>(it - cum_counts.begin()));
    }
    return result;
}

std::vector<std::size_t> MersenneTwister::choices(std::size_t size, std::int64_t k) {
    std::vector<std::size_t> result;
    const auto n = static_cast<double>(size);
    for (std::int64_t i = 0; i < k; ++i) {
        result.push_back(static_cast<std::size_t>(std::floor(random() * n)));
        if (size == 0) break;
    }
    return result;
}

std::vector<std::size_t>
MersenneTwister::choices(std::size_t size, std::optional<std::span<const double>> weights,
                         std::optional<std::span<const double>> cum_weights, std::int64_t k) {
    std::vector<double> cum;
    if (!cum_weights) {
        if (!weights) return choices(size, k);
        double running = 0.0;
        bool first = true;
        for (double w : *weights) {
            running = first ? w : running + w;
            first = false;
            cum.push_back(running);
        }
    } else {
        if (weights)
            raise(PyErrorType::TypeError, "Cannot specify both weights and cumulative weights");
        cum.assign(cum_weights->begin(), cum_weights->end());
    }
    if (cum.size() != size)
        raise(PyErrorType::ValueError, "The number of weights does not match the population");
    if (cum.empty()) raise(PyErrorType::IndexError, "list index out of range");
    double total = cum.back() + 0.0;
    if (total <= 0.0) raise(PyErrorType::ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(total)) raise(PyErrorType::ValueError, "Total of weights must be finite");
    const std::size_t hi = size - 1;
    std::vector<std::size_t> result;
    for (std::int64_t i = 0; i < k; ++i) {
        double x = random() * total;
        // bisect.bisect(cum, x, 0, hi): the first position whose value is greater than x.
        std::size_t lo = 0;
        std::size_t up = hi;
        while (lo < up) {
            std::size_t mid = (lo + up) / 2;
            if (x < cum[mid])
                up = mid;
            else
                lo = mid + 1;
        }
        result.push_back(lo);
    }
    return result;
}

// ---- real-valued distributions ----

double MersenneTwister::uniform(double a, double b) {
    return a + (b - a) * random();
}

double MersenneTwister::triangular(double low, double high, std::optional<double> mode) {
    double u = random();
    double c = 0.5;
    if (mode) {
        if (high - low == 0.0) return low; // random.py catches the ZeroDivisionError
        c = (*mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * m_sqrt(u * c);
}

double MersenneTwister::normalvariate(double mu, double sigma) {
    // Kinderman and Monahan's ratio of uniforms, as random.py.
    double z;
    while (true) {
        double u1 = random();
        double u2 = 1.0 - random();
        z = fdiv(kNvMagicConst * (u1 - 0.5), u2);
        double zz = z * z / 4.0;
        if (zz <= -m_log(u2)) break;
    }
    return mu + z * sigma;
}

double MersenneTwister::gauss(double mu, double sigma) {
    std::optional<double> z = gauss_next_;
    gauss_next_.reset();
    if (!z) {
        double x2pi = random() * kTwoPi;
        double g2rad = m_sqrt(-2.0 * m_log(1.0 - random()));
        z = m_cos(x2pi) * g2rad;
        gauss_next_ = m_sin(x2pi) * g2rad;
    }
    return mu + *z * sigma;
}

double MersenneTwister::lognormvariate(double mu, double sigma) {
    return m_exp(normalvariate(mu, sigma));
}

double MersenneTwister::expovariate(double lambd) {
    return fdiv(-m_log(1.0 - random()), lambd);
}

double MersenneTwister::vonmisesvariate(double mu, double kappa) {
    if (kappa <= 1e-6) return kTwoPi * random();
    double s = fdiv(0.5, kappa);
    double r = s + m_sqrt(1.0 + s * s);
    double z;
    while (true) {
        double u1 = random();
        z = m_cos(kPi * u1);
        double d = fdiv(z, r + z);
        double u2 = random();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * m_exp(d)) break;
    }
    double q = fdiv(1.0, r);
    double f = fdiv(q + z, 1.0 + q * z);
    double u3 = random();
    if (u3 > 0.5) return py_mod(mu + m_acos(f), kTwoPi);
    return py_mod(mu - m_acos(f), kTwoPi);
}

double MersenneTwister::gammavariate(double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0)
        raise(PyErrorType::ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        // R.C.H. Cheng's method, as random.py.
        double ainv = m_sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - kLog4;
        double ccc = alpha + ainv;
        while (true) {
            double u1 = random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random();
            double v = fdiv(m_log(fdiv(u1, 1.0 - u1)), ainv);
            double x = alpha * m_exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + kSgMagicConst - 4.5 * z >= 0.0 || r >= m_log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -m_log(1.0 - random()) * beta;
    // Algorithm GS of Kennedy & Gentle, for 0 < alpha < 1.
    double x;
    while (true) {
        double u = random();
        double b = fdiv(kE + alpha, kE);
        double p = b * u;
        if (p <= 1.0)
            x = py_pow(p, fdiv(1.0, alpha));
        else
            x = -m_log(fdiv(b - p, alpha));
        double u1 = random();
        if (p > 1.0) {
            if (u1 <= py_pow(x, alpha - 1.0)) break;
        } else if (u1 <= m_exp(-x)) {
            break;
        }
    }
    return x * beta;
}

double MersenneTwister::betavariate(double alpha, double beta) {
    double y = gammavariate(alpha, 1.0);
    if (y != 0.0) return fdiv(y, y + gammavariate(beta, 1.0));
    return 0.0;
}

double MersenneTwister::paretovariate(double alpha) {
    double u = 1.0 - random();
    return py_pow(u, fdiv(-1.0, alpha));
}

double MersenneTwister::weibullvariate(double alpha, double beta) {
    double u = 1.0 - random();
    return alpha * py_pow(-m_log(u), fdiv(1.0, beta));
}

} // namespace loopstep::py
