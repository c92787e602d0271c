# Conformance: functools.reduce with and without an initial value, order of application, and the
# TypeError for an empty sequence without an initial value.
import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a + b, [7]))
steps = []
def trace(acc, x):
    steps.append(f"{acc}+{x}")
    return acc + x
print(functools.reduce(trace, [1, 2, 3], 100), steps)
print(functools.reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
print(functools.reduce(max, [3, 9, 2, 7]), functools.reduce(lambda a, b: b + a, "abc"))
nested = {"a": {"b": {"c": 42}}}
print(functools.reduce(lambda d, k: d[k], ["a", "b", "c"], nested))
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as exc:
    print("TypeError:", exc)
try:
    functools.reduce(lambda a, b: a + b, 5)
except TypeError as exc:
    print("TypeError:", exc)
