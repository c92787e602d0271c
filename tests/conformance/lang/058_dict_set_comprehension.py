# Conformance: dict and set comprehensions: key collisions keep the last value, filtering, inversion.
squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if k % 2})
print({len(w): w for w in ["a", "bb", "cc", "ddd"]})
print({c for c in "mississippi"} == set("misp"), sorted({c for c in "mississippi"}))
print({x % 4 for x in range(20)})
print({k: [x for x in range(k)] for k in range(4)})
word_counts = {}
for w in "the cat and the hat and the bat".split():
    word_counts[w] = word_counts.get(w, 0) + 1
print({w: c for w, c in word_counts.items() if c > 1})
print({(a, b): a * b for a in range(2) for b in range(2)})
print({str(i): i for i in range(3)}, {i % 2: i for i in range(5)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
try:
    {[k]: 1 for k in range(2)}
except TypeError as exc:
    print("TypeError:", exc)
