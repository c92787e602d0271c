# Conformance: a traceback raised inside a list comprehension and a generator expression: the
# comprehension frames appear as "in <listcomp>" and "in <genexpr>".
def inverses(values):
    return [1 / v for v in values]


def checked_sum(values):
    return sum(int(v) for v in values)


print(inverses([1, 2, 4]))
print(checked_sum(["1", "2"]))
try:
    checked_sum(["3", "x"])
except ValueError as exc:
    print("caught:", exc)
print(inverses([5, 0, 1]))
