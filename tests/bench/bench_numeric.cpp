// Microbenchmark of the numeric layer (BigInt, float repr, format specs): prints the time per
// operation for workloads whose CPython counterparts tools/bench_numeric.py times, so the two can
// be read side by side. A program, not a test: nothing here asserts a speed.
#include "core/py/bigint.h"
#include "core/py/float_ops.h"
#include "core/py/number_format.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using loopstep::py::BigInt;

namespace {

volatile std::size_t sink;
// With "--once NAME" only that case runs, once and untimed, so that an instruction counter
// (valgrind --tool=callgrind) can compare it with a "--once none" run of the setup alone.
const char* only_case = nullptr;

// Runs fn in growing batches for about a quarter of a second and prints microseconds per call.
template <class Fn>
void bench(const char* name, Fn fn) {
    if (only_case) {
        if (std::string(only_case) == name) fn();
        return;
    }
    using clock = std::chrono::steady_clock;
    long iterations = 0, batch = 1;
    auto start = clock::now();
    double elapsed = 0;
    do {
        for (long i = 0; i < batch; ++i) fn();
        iterations += batch;
        batch *= 2;
        elapsed = std::chrono::duration<double>(clock::now() - start).count();
    } while (elapsed < 0.25);
    std::printf("%-44s %12.3f us\n", name, elapsed * 1e6 / static_cast<double>(iterations));
}

BigInt factorial(int n) {
    BigInt r(1);
    for (int i = 2; i <= n; ++i) r = r * BigInt(i);
    return r;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--once") only_case = argv[2];
    const BigInt two_100000 = BigInt(1).shifted_left(100000);
    const BigInt two_10000 = BigInt(1).shifted_left(10000);
    const std::string two_10000_text = two_10000.to_string();
    const BigInt three_big = BigInt::pow(BigInt(3), BigInt(100000)).value;
    const BigInt seven_big = BigInt::pow(BigInt(7), BigInt(90000)).value;
    const BigInt fact1000 = factorial(1000);

    bench("str(2**100000)", [&] { sink = two_100000.to_string().size(); });
    bench("str(2**10000)", [&] { sink = two_10000.to_string().size(); });
    bench("int(str(2**10000))",
          [&] { sink = BigInt::parse(two_10000_text, 10, 0).value.bit_length(); });
    bench("factorial(1000)", [&] { sink = factorial(1000).bit_length(); });
    bench("str(factorial(1000))", [&] { sink = fact1000.to_string().size(); });
    bench("3**100000 * 7**90000", [&] { sink = (three_big * seven_big).bit_length(); });
    bench("3**100000 // 7**30000", [&] {
        sink = BigInt::floordiv(three_big, BigInt::pow(BigInt(7), BigInt(30000)).value)
                   .value.bit_length();
    });
    bench("hash(3**100000)", [&] { sink = static_cast<std::size_t>(three_big.hash()); });

    // The overflow path the VM takes when an int64 operation leaves 64 bits.
    const BigInt a(std::int64_t{1} << 62), b(12345);
    bench("(2**62) * 12345 from int64s",
          [&] { sink = (BigInt(std::int64_t{1} << 62) * BigInt(12345)).bit_length(); });
    bench("2**62 + 2**62 (BigInt add)", [&] { sink = (a + a).bit_length(); });
    bench("(2**62 * 12345) // 12345",
          [&] { sink = BigInt::floordiv(a * b, b).value.bit_length(); });

    std::mt19937_64 rng(7);
    std::vector<double> xs(1000);
    for (double& x : xs) x = std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
    bench("repr(float) x1000", [&] {
        std::size_t n = 0;
        for (double x : xs) n += loopstep::py::float_repr(x).size();
        sink = n;
    });
    bench("format(float, '.2f') x1000", [&] {
        std::size_t n = 0;
        for (double x : xs) n += loopstep::py::format_float(x, ".2f").value.size();
        sink = n;
    });
    bench("format(int, ',') x1000", [&] {
        std::size_t n = 0;
        for (double x : xs)
            n += loopstep::py::format_int(static_cast<std::int64_t>(x) * 1000, ",").value.size();
        sink = n;
    });
    bench("float(str) x1000", [&] {
        std::size_t n = 0;
        for (double x : xs) n += loopstep::py::parse_float(loopstep::py::float_repr(x)).ok();
        sink = n;
    });
    return 0;
}
