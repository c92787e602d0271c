#!/usr/bin/python3
"""CPython's side of tests/bench/bench_numeric.cpp: the same workloads, timed with timeit, in the
same units (microseconds per operation). Run with /usr/bin/python3 to compare on one machine.
"--once NAME" runs one case once, untimed, for an instruction counter ("--once none": setup only).
"""
import math
import random
import sys
import timeit

sys.set_int_max_str_digits(0)
two_100000 = 2**100000
two_10000 = 2**10000
two_10000_text = str(two_10000)
three_big = 3**100000
seven_big = 7**90000
fact1000 = math.factorial(1000)
a = 2**62
b = 12345
rng = random.Random(7)
xs = [rng.uniform(-1e6, 1e6) for _ in range(1000)]


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r


CASES = [
    ("str(2**100000)", lambda: str(two_100000)),
    ("str(2**10000)", lambda: str(two_10000)),
    ("int(str(2**10000))", lambda: int(two_10000_text)),
    ("factorial(1000)", lambda: factorial(1000)),
    ("str(factorial(1000))", lambda: str(fact1000)),
    ("3**100000 * 7**90000", lambda: three_big * seven_big),
    ("3**100000 // 7**30000", lambda: three_big // 7**30000),
    ("hash(3**100000)", lambda: hash(three_big)),
    ("(2**62) * 12345 from int64s", lambda: a * b),
    ("2**62 + 2**62 (BigInt add)", lambda: a + a),
    ("(2**62 * 12345) // 12345", lambda: a * b // b),
    ("repr(float) x1000", lambda: [repr(x) for x in xs]),
    ("format(float, '.2f') x1000", lambda: [format(x, ".2f") for x in xs]),
    ("format(int, ',') x1000", lambda: [format(int(x) * 1000, ",") for x in xs]),
    ("float(str) x1000", lambda: [float(repr(x)) for x in xs]),
]

if len(sys.argv) == 3 and sys.argv[1] == "--once":
    for name, fn in CASES:
        if name == sys.argv[2]:
            fn()
    sys.exit(0)

for name, fn in CASES:
    timer = timeit.Timer(fn)
    n, t = timer.autorange()
    best = min(timer.repeat(3, n)) / n
    print("%-44s %12.3f us" % (name, best * 1e6))
