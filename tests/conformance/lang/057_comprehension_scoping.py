# Conformance: comprehension scope: the loop variable does not leak, the first iterable is evaluated
# in the enclosing scope, class bodies are skipped, closures inside comprehensions capture late.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
n = 10
print([n * i for i in range(3)])
print([i for i in range(n) if i > n - 3])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [(lambda i=i: i) for i in range(3)]
print([f() for f in fns])
class Config:
    factor = 3
    values = [v for v in range(factor)]
    try:
        scaled = [v * factor for v in range(3)]
    except NameError as exc:
        scaled = "NameError: " + str(exc)
print(Config.values, Config.scaled)
def outer():
    k = 2
    return [k * j for j in range(3)], {j: k for j in range(2)}, list(k + j for j in range(2))
print(outer())
g = (y for y in range(3))
try:
    print(y)
except NameError as exc:
    print("NameError:", exc)
print([[i for i in range(2)] for i in "ab"])
i = "kept"
_ = {i for i in range(4)}
_ = {i: i for i in range(4)}
print(i)
