# Benchmark: lists, tuples and sorting (100 000 records sorted by two keys).
import random

random.seed(7)
rows = [(random.randrange(1000), random.random(), i) for i in range(100_000)]
rows.sort()
by_second = sorted(rows, key=lambda r: (r[1], -r[0]))
print(rows[0][0], rows[-1][0], by_second[0][2], by_second[-1][2])
print(sum(r[0] for r in rows[::1000]))
