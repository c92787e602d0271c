# Conformance: random.seed(n) then random() reproduces CPython's Mersenne Twister values exactly,
# for several int seeds (small, zero, negative, big); re-seeding restarts the sequence.
import random

for seed in (0, 1, 42, 12345, -7, 2 ** 40 + 3, 10 ** 30):
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
random.seed(42)
first = random.random()
random.seed(42)
print("reseeding repeats:", random.random() == first)
random.seed(7)
a = random.random()
b = random.random()
random.seed(7)
print("same sequence after reseeding:", [random.random(), random.random()] == [a, b])
random.seed(3)
print([round(random.random(), 6) for _ in range(5)])
