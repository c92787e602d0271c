# Conformance: yield from: delegation of values, send and throw; the subgenerator's return value.
def sub(tag):
    print(f"  sub {tag} start")
    received = yield f"{tag}-1"
    print(f"  sub {tag} received {received!r}")
    yield f"{tag}-2"
    return f"{tag} result"
def delegator():
    r1 = yield from sub("A")
    print("  delegator got", r1)
    r2 = yield from sub("B")
    print("  delegator got", r2)
    return [r1, r2]
d = delegator()
print(next(d))
print(d.send("hello"))
print(next(d))
print(next(d))
try:
    next(d)
except StopIteration as exc:
    print("final", exc.value)
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
    return (yield from [])
print(list(from_iterables()))
def catcher():
    try:
        yield "waiting"
    except KeyError as exc:
        yield f"sub caught {exc!r}"
def outer():
    yield from catcher()
o = outer()
print(next(o), "|", o.throw(KeyError("k")))
def closer():
    try:
        yield 1
    finally:
        print("  inner finally on close")
c = (lambda: (yield from closer()))()
next(c)
c.close()
