// The random module's generator against CPython 3.11. For each seed (ints small and huge and
// negative, str, bytes, floats, and the unseeded default), tools/gen_stdlib_cases.py recorded a
// script of calls on CPython's random.Random with their results or exceptions; replaying the
// same calls in the same order here must give the same values, bit for bit.
#include "core/py/lib/mersenne_twister.h"

#include "case_parsing.h"
#define STDLIB_CASES_RANDOM
#include "stdlib_cases.inc"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using loopstep::py::LibError;
using loopstep::py::MersenneTwister;

namespace {

// What one call returned, in the form its expected text is parsed into.
struct Outcome {
    std::vector<std::int64_t> ints;
    std::vector<double> floats;
    std::vector<std::uint32_t> words;
    std::optional<std::string> error;
};

enum class ResultKind { Ints, Floats, Words };

ResultKind kind_of(std::string_view op) {
    if (op == "getrandbits" || op == "randbelow" || op == "randbelow_big") return ResultKind::Words;
    if (op == "randint" || op == "randrange" || op == "randrange_no_stop" || op == "choice" ||
        op == "shuffle" || op == "sample" || op == "sample_counts" || op.starts_with("choices"))
        return ResultKind::Ints;
    return ResultKind::Floats;
}

template <typename T>
std::vector<std::int64_t> as_ints(const std::vector<T>& values) {
    return std::vector<std::int64_t>(values.begin(), values.end());
}

Outcome run(MersenneTwister& gen, const stdlib_cases::RandomStep& step) {
    const std::string_view op = step.op;
    const std::vector<std::int64_t> i = case_parsing::ints(step.ints);
    const std::vector<double> f = case_parsing::floats(step.floats);
    Outcome out;
    try {
        if (op == "random") {
            out.floats = {gen.random()};
        } else if (op == "getrandbits") {
            out.words = case_parsing::trimmed(gen.getrandbits(i[0]));
        } else if (op == "randbelow") {
            std::uint64_t r = gen.randbelow(case_parsing::u64s(step.ints)[0]);
            out.words = case_parsing::trimmed(
                {static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(r >> 32)});
        } else if (op == "randbelow_big") {
            out.words = case_parsing::trimmed(gen.randbelow(case_parsing::words(step.big)));
        } else if (op == "randint") {
            out.ints = {gen.randint(i[0], i[1])};
        } else if (op == "randrange") {
            if (i.size() == 1)
                out.ints = {gen.randrange(i[0])};
            else if (i.size() == 2)
                out.ints = {gen.randrange(i[0], i[1])};
            else
                out.ints = {gen.randrange(i[0], i[1], i[2])};
        } else if (op == "randrange_no_stop") {
            out.ints = {gen.randrange(i[0], std::nullopt, i[1])};
        } else if (op == "choice") {
            out.ints = {static_cast<std::int64_t>(gen.choice(static_cast<std::size_t>(i[0])))};
        } else if (op == "shuffle") {
            out.ints = as_ints(gen.shuffled_indices(static_cast<std::size_t>(i[0])));
        } else if (op == "sample") {
            out.ints = as_ints(gen.sample(static_cast<std::size_t>(i[0]), i[1]));
        } else if (op == "sample_counts") {
            std::vector<std::int64_t> counts(i.begin() + 2, i.end());
            out.ints = as_ints(gen.sample_counts(static_cast<std::size_t>(i[0]), counts, i[1]));
        } else if (op == "choices") {
            out.ints = as_ints(gen.choices(static_cast<std::size_t>(i[0]), i[1]));
            // The recorded population is range(n); indexing it is the binding's part.
            for (std::int64_t index : out.ints)
                if (index >= i[0]) out.error = "IndexError: range object index out of range";
        } else if (op == "choices_weights") {
            out.ints = as_ints(
                gen.choices(static_cast<std::size_t>(i[0]), std::span(f), std::nullopt, i[1]));
        } else if (op == "choices_cum") {
            out.ints = as_ints(
                gen.choices(static_cast<std::size_t>(i[0]), std::nullopt, std::span(f), i[1]));
        } else if (op == "choices_both") {
            out.ints = as_ints(
                gen.choices(static_cast<std::size_t>(i[0]), std::span(f), std::span(f), i[1]));
        } else if (op == "uniform") {
            out.floats = {gen.uniform(f[0], f[1])};
        } else if (op == "triangular") {
            if (f.empty())
                out.floats = {gen.triangular()};
            else if (f.size() == 2)
                out.floats = {gen.triangular(f[0], f[1])};
            else
                out.floats = {gen.triangular(f[0], f[1], f[2])};
        } else if (op == "gauss") {
            out.floats = {gen.gauss(f[0], f[1])};
        } else if (op == "normalvariate") {
            out.floats = {gen.normalvariate(f[0], f[1])};
        } else if (op == "lognormvariate") {
            out.floats = {gen.lognormvariate(f[0], f[1])};
        } else if (op == "expovariate") {
            out.floats = {gen.expovariate(f[0])};
        } else if (op == "vonmisesvariate") {
            out.floats = {gen.vonmisesvariate(f[0], f[1])};
        } else if (op == "gammavariate") {
            out.floats = {gen.gammavariate(f[0], f[1])};
        } else if (op == "betavariate") {
            out.floats = {gen.betavariate(f[0], f[1])};
        } else if (op == "paretovariate") {
            out.floats = {gen.paretovariate(f[0])};
        } else if (op == "weibullvariate") {
            out.floats = {gen.weibullvariate(f[0], f[1])};
        } else {
            FAIL("the generated cases name an operation this test does not know: " << op);
        }
    } catch (const LibError& e) {
        out.error = case_parsing::error_text(e);
    }
    return out;
}

void seed(MersenneTwister& gen, const stdlib_cases::RandomCase& c) {
    const std::string_view kind = c.seed_kind;
    if (kind == "int")
        gen.seed_int(c.negative, case_parsing::words(c.seed_words));
    else if (kind == "bytes")
        gen.seed_bytes(std::string_view(c.seed_bytes, c.seed_bytes_size));
    else if (kind == "hash")
        gen.seed_hash(c.seed_hash);
}

} // namespace

TEST_CASE("random reproduces CPython's sequences after seeding", "[random]") {
    for (const auto& c : stdlib_cases::kRandomCases) {
        MersenneTwister gen;
        seed(gen, c);
        for (std::size_t n = 0; n < c.step_count; ++n) {
            const auto& step = c.steps[n];
            INFO("seed " << c.name << ", step " << n << ": " << step.op << "(" << step.ints
                         << (step.floats[0] ? " " : "") << step.floats << ")");
            Outcome got = run(gen, step);
            if (step.is_error) {
                REQUIRE(got.error.value_or("(no exception)") == step.expected);
                continue;
            }
            REQUIRE(got.error.value_or("") == "");
            switch (kind_of(step.op)) {
            case ResultKind::Ints: REQUIRE(got.ints == case_parsing::ints(step.expected)); break;
            case ResultKind::Words: REQUIRE(got.words == case_parsing::words(step.expected)); break;
            case ResultKind::Floats:
                INFO("expected " << step.expected);
                REQUIRE(case_parsing::same_floats(got.floats, case_parsing::floats(step.expected)));
                break;
            }
        }
    }
}

TEST_CASE("the int64 seed is the word seed of its absolute value", "[random]") {
    for (std::int64_t a :
         {std::int64_t(0), std::int64_t(7), std::int64_t(-7), std::int64_t(1) << 40, INT64_MIN}) {
        MersenneTwister by_int;
        by_int.seed_int(a);
        std::uint64_t mag =
            a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
        std::vector<std::uint32_t> words = {static_cast<std::uint32_t>(mag),
                                            static_cast<std::uint32_t>(mag >> 32)};
        MersenneTwister by_words;
        by_words.seed_int(a < 0, words);
        for (int n = 0; n < 5; ++n) CHECK(by_int.next_uint32() == by_words.next_uint32());
    }
}

TEST_CASE("getrandbits64 consumes the generator as getrandbits does", "[random]") {
    MersenneTwister a;
    MersenneTwister b;
    for (int k = 0; k <= 64; ++k) {
        std::vector<std::uint32_t> w = b.getrandbits(k);
        std::uint64_t v = 0;
        for (std::size_t n = w.size(); n-- > 0;) v = (v << 32) | w[n];
        CHECK(a.getrandbits64(k) == v);
    }
}

TEST_CASE("shuffle swaps in random.py's order", "[random]") {
    MersenneTwister by_callback;
    MersenneTwister by_indices;
    std::vector<std::size_t> seen_i;
    std::vector<int> items = {10, 11, 12, 13, 14, 15, 16};
    by_callback.shuffle(items.size(), [&](std::size_t i, std::size_t j) {
        seen_i.push_back(i);
        std::swap(items[i], items[j]);
    });
    CHECK(seen_i == std::vector<std::size_t>{6, 5, 4, 3, 2, 1});
    std::vector<std::size_t> perm = by_indices.shuffled_indices(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        CHECK(items[i] == 10 + static_cast<int>(perm[i]));
}

TEST_CASE("reseeding clears the cached gauss value", "[random]") {
    // random.py's seed() sets gauss_next = None, so the second call after a reseed draws anew.
    MersenneTwister once;
    once.seed_int(5);
    double first = once.gauss();
    once.seed_int(5);
    CHECK(once.gauss() == first);
}
