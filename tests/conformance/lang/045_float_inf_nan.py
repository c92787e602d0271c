# Conformance: inf and nan: creation, repr, arithmetic, comparisons, and int() conversion errors.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), float("-nan"), float("Infinity"), float("INF"))
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, inf == inf, -inf < 0 < inf)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
print(max(1, inf), min(-inf, 3), sorted([3.0, inf, -inf, 0.0]))
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(hash(inf), hash(-inf))
for value in (inf, -inf, nan):
    try:
        int(value)
    except (OverflowError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    float("not a number")
except ValueError as exc:
    print("ValueError:", exc)
print(inf // 1, inf % 2, -inf // 3, 5 % inf, -5 % inf)
print(f"{inf:.2f} {nan:e} {-inf:>8} {inf:%}")
print(round(inf, 1), abs(-inf), float(10 ** 308) * 10 == inf)
