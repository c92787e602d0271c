# Conformance: random after seed(n) gives CPython's values for uniform, choice, shuffle, sample,
# choices (weights and cum_weights), random.Random instances with their own state, getstate /
# setstate, getrandbits, and seeding with str, bytes and None-free repeats.
import random

random.seed(42)
print([round(random.uniform(1, 10), 6) for _ in range(5)])
print([random.choice("abcdefg") for _ in range(8)])
items = list(range(12))
random.shuffle(items)
print(items)
print(random.sample(range(100), 6), random.sample(["x", "y", "z"], k=3))
print(random.choices("abc", k=6), random.choices("abc", weights=[1, 0, 5], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
print(random.getrandbits(1), random.getrandbits(40), random.getrandbits(100))

r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(1, 100) for _ in range(5)] == [r2.randint(1, 100) for _ in range(5)])
state = r1.getstate()
first = [r1.random() for _ in range(3)]
r1.setstate(state)
print(first == [r1.random() for _ in range(3)], first[0])

for seed in ("asyncio", b"bytes", 2**80, -5, 3.5):
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
r3 = random.Random(11)
r3.random()
r3.gauss()
snapshot = r3.getstate()
print(snapshot[0], len(snapshot[1]), snapshot[1][:2], snapshot[1][-1], snapshot[2])
r3.setstate(snapshot)
print(r3.gauss(), r3.random())
try:
    r3.setstate((2, (), None))
except ValueError as exc:
    print("ValueError:", exc)
