# Conformance: randint and randrange (start/stop/step, negative, big bounds) after random.seed(n):
# CPython's exact values, and the errors for empty ranges.
import random

random.seed(2023)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(10, 0, -2) for _ in range(6)])
print(random.randint(0, 2 ** 70), random.randrange(10 ** 20))
print([random.randint(0, 2 ** k) for k in (1, 8, 31, 32, 33, 64, 100)])
random.seed(1)
print(random.randint(1, 1), random.randrange(1), random.randint(100, 1000))
for bad in (lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)
