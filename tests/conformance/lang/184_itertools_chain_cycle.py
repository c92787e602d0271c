# Conformance: itertools.chain, chain.from_iterable and cycle: order, laziness, empty inputs.
import itertools

print(list(itertools.chain([1, 2], "ab", (3,), range(2))))
print(list(itertools.chain()), list(itertools.chain([], [])), list(itertools.chain.from_iterable([[1], [2, 3], []])))
print("".join(itertools.chain.from_iterable(["ab", "cd"])))
lazy = itertools.chain.from_iterable([x] * x for x in itertools.count(1))
print(list(itertools.islice(lazy, 7)))
cyc = itertools.cycle("ABC")
print([next(cyc) for _ in range(7)])
print(list(itertools.islice(itertools.cycle([1, 2]), 5)), list(itertools.cycle([])))
pulled = []
def source():
    for x in "xy":
        pulled.append(x)
        yield x
cs = itertools.cycle(source())
print([next(cs) for _ in range(5)], pulled)
turns = itertools.cycle(["alice", "bob"])
for round_no in range(1, 4):
    print(f"round {round_no}: {next(turns)}")
ch = itertools.chain("a", "b")
print(type(ch).__name__, next(ch), list(ch))
try:
    list(itertools.chain([1], 2))
except TypeError as exc:
    print("TypeError:", exc)
