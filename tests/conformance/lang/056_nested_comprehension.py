# Conformance: nested comprehensions and the evaluation order of their for/if clauses.
trace = []
def it(name, values):
    trace.append("iter " + name)
    return values
def cond(name, value):
    trace.append("test " + name)
    return value
result = [(a, b) for a in it("A", [1, 2]) if cond(f"a={a}", True) for b in it(f"B{a}", [a, a * 10]) if cond(f"b={b}", b != 2)]
print(result)
for line in trace:
    print(" ", line)
flatten = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flatten)
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 3)}
print(table)
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([[(i, j) for j in range(i)] for i in range(4)])
print({ch: [i for i, c in enumerate("banana") if c == ch] for ch in "ban"})
words = ["ab", "cde"]
print([[c * n for c in w] for n, w in enumerate(words, 1)])
