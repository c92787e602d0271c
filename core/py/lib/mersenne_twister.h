// The `random` module's generator, bit-compatible with CPython 3.11: the MT19937 core and seeding
// of Modules/_randommodule.c, and the algorithms of Lib/random.py on top of it (randrange,
// randint, choice, shuffle, sample, choices, uniform and the distributions). After the same
// seed, the same sequence of calls returns the same values as CPython, so scenario output that
// uses random numbers matches `python3` exactly.
//
// Everything takes and returns plain C++ values. Python ints that may be big are passed as a
// sign and a magnitude in little-endian 32-bit words (the layout CPython's _random uses), so the
// interpreter can convert to and from its own big integers. Errors are thrown as LibError with
// CPython's exception type and message.
//
// Unseeded use: CPython seeds from os.urandom(); loopstep must be deterministic, so a new
// generator starts as if `random.seed(kDefaultSeed)` had been called (see below). The CPython
// oracle seeds its generator the same way to compare unseeded programs.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace loopstep::py {

// A non-negative big integer: 32-bit words, least significant first. Empty or all-zero is 0.
using BigWords = std::vector<std::uint32_t>;

class MersenneTwister {
  public:
    // The seed of a generator nobody seeded: `random.random()` in a fresh loopstep run returns
    // what CPython returns after `random.seed(0)`. random.seed() and random.seed(None), which
    // CPython feeds from os.urandom(), should likewise call seed_int(kDefaultSeed).
    static constexpr std::int64_t kDefaultSeed = 0;

    MersenneTwister(); // seeded with kDefaultSeed

    // ---- seeding (random.seed(a); every form also clears the cached gauss value) ----

    // An int seed: CPython uses abs(a), split into 32-bit words from the least significant end
    // (0 gives the key [0]). The sign is ignored, exactly as CPython ignores it.
    void seed_int(bool negative, std::span<const std::uint32_t> magnitude);
    void seed_int(std::int64_t a);
    // seed(str) and seed(bytes) (version 2): the key is int.from_bytes(data + sha512(data)),
    // big-endian. For a str, pass its UTF-8 encoding (str.encode()).
    void seed_bytes(std::string_view data);
    // A float (or any non-int hashable that random.py lets through): CPython seeds with hash(a)
    // cast to an unsigned 64-bit value. random.seed(3.0) is seed_hash(hash(3.0)) == seed_int(3).
    void seed_hash(std::int64_t hash);

    // ---- the _random.Random core ----

    // One tempered 32-bit output (genrand_uint32).
    std::uint32_t next_uint32();
    // random.random(): 53 random bits in [0.0, 1.0), from (a >> 5, b >> 6) of two outputs.
    double random();
    // getrandbits(k) as little-endian 32-bit words (ceil(k / 32) of them; empty for k == 0).
    // ValueError "number of bits must be non-negative" for k < 0; OverflowError "Python int too
    // large to convert to C int" beyond a C int, as CPython's argument conversion says.
    BigWords getrandbits(std::int64_t k);
    // getrandbits(k) for 0 <= k <= 64, consuming the same outputs as getrandbits(k).
    std::uint64_t getrandbits64(int k);

    // _randbelow(n) for n > 0: getrandbits(n.bit_length()) until the value is below n.
    std::uint64_t randbelow(std::uint64_t n);
    BigWords randbelow(std::span<const std::uint32_t> n);

    // ---- random.py: integers ----

    // randrange(start) when stop is nullopt (and then step must be 1: otherwise TypeError
    // "Missing a non-None stop argument"), else randrange(start, stop, step). ValueError
    // messages are 3.11's: "empty range for randrange()", "empty range for randrange() (5, 5,
    // 0)", "zero step for randrange()". Arguments beyond int64 are the binding's job (compose
    // randbelow on BigWords as random.py does).
    std::int64_t randrange(std::int64_t start, std::optional<std::int64_t> stop = std::nullopt,
                           std::int64_t step = 1);
    // randint(a, b) == randrange(a, b + 1); b + 1 may exceed int64 without harm.
    std::int64_t randint(std::int64_t a, std::int64_t b);

    // ---- random.py: sequences (the interpreter indexes its own sequence with the result) ----

    // choice(seq) for len(seq) == size: the index. IndexError "Cannot choose from an empty
    // sequence" when size is 0.
    std::size_t choice(std::size_t size);
    // shuffle(x) for len(x) == size: calls swap(i, j) in random.py's order (i from size-1 down to
    // 1, j = randbelow(i + 1)); the binding exchanges x[i] and x[j].
    void shuffle(std::size_t size, const std::function<void(std::size_t, std::size_t)>& swap);
    // The permutation shuffle would apply: shuffled x[i] == original x[result[i]].
    std::vector<std::size_t> shuffled_indices(std::size_t size);
    // sample(population, k) for len(population) == size: the selected indices in selection order,
    // using random.py's pool branch or set branch exactly as it chooses between them. ValueError
    // "Sample larger than population or is negative" unless 0 <= k <= size.
    std::vector<std::size_t> sample(std::size_t size, std::int64_t k);
    // sample(population, k, counts=counts): indices into the population. ValueErrors "The number
    // of counts does not match the population" and "Total of counts must be greater than zero".
    std::vector<std::size_t> sample_counts(std::size_t size, std::span<const std::int64_t> counts,
                                           std::int64_t k);
    // choices(population, k=k) without weights: floor(random() * size) per pick (k <= 0 picks
    // nothing). For an empty population CPython draws once and then fails to index it, so with
    // size == 0 the result is [0] after one draw: indexing the empty sequence then raises the
    // IndexError that sequence type raises ("list index out of range", ...).
    std::vector<std::size_t> choices(std::size_t size, std::int64_t k);
    // choices(population, weights=..., cum_weights=..., k=k). The binding accumulates int weights
    // exactly (Python's itertools.accumulate) and passes doubles; weights beyond 2**53 lose the
    // exactness CPython's int comparison keeps. TypeError "Cannot specify both weights and
    // cumulative weights", ValueError "The number of weights does not match the population",
    // "Total of weights must be greater than zero", "Total of weights must be finite".
    std::vector<std::size_t> choices(std::size_t size,
                                     std::optional<std::span<const double>> weights,
                                     std::optional<std::span<const double>> cum_weights,
                                     std::int64_t k);

    // ---- random.py: real-valued distributions (float arguments, float results) ----

    double uniform(double a, double b);
    double triangular(double low = 0.0, double high = 1.0,
                      std::optional<double> mode = std::nullopt);
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    double gauss(double mu = 0.0, double sigma = 1.0); // keeps random.py's gauss_next
    double lognormvariate(double mu, double sigma);
    double expovariate(double lambd); // ZeroDivisionError "float division by zero" for 0
    double vonmisesvariate(double mu, double kappa);
    double gammavariate(double alpha, double beta);
    double betavariate(double alpha, double beta);
    double paretovariate(double alpha);
    double weibullvariate(double alpha, double beta);

    // ---- getstate() / setstate(): the 624 words, the position in them, gauss_next ----

    static constexpr int kN = 624;
    struct State {
        std::array<std::uint32_t, kN> words{};
        int index = kN;
        std::optional<double> gauss_next;
    };
    State state() const { return State{mt_, index_, gauss_next_}; }
    // The caller checks 0 <= index <= kN, as _random.Random.setstate does.
    void set_state(const State& s) {
        mt_ = s.words;
        index_ = s.index;
        gauss_next_ = s.gauss_next;
    }

  private:
    void init_genrand(std::uint32_t s);
    void init_by_array(std::span<const std::uint32_t> key);
    void seed_words(std::span<const std::uint32_t> magnitude);

    std::array<std::uint32_t, kN> mt_{};
    int index_ = kN + 1;
    std::optional<double> gauss_next_;
};

} // namespace loopstep::py
