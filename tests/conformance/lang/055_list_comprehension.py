# Conformance: list comprehensions: filters, expressions, multiple for clauses, conditionals, calls.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([len(w) for w in "the quick brown fox".split()])
words = ["apple", "Banana", "cherry"]
print([w[0] + str(i) for i, w in enumerate(words)])
print([[row * 3 + col for col in range(3)] for row in range(3)])
print([pair for pair in zip("ab", [1, 2])])
print([n for n in [] if n], [None for _ in range(2)])
evaluated = []
def src(n):
    evaluated.append(n)
    return range(n)
print([i for i in src(3)], evaluated)
print([x for x in range(5)][::-1], sum([x for x in range(101)]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
