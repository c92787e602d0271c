# Conformance: generator.send(): the value of the yield expression, priming, and send on a new gen.
def accumulator():
    total = 0
    while True:
        value = yield total
        print(f"  received {value!r}")
        if value is None:
            continue
        total += value
acc = accumulator()
print("primed:", acc.send(None))
print("after 5:", acc.send(5))
print("after 10:", acc.send(10))
print("next() sends None:", next(acc))
print("after 1:", acc.send(1))
fresh = accumulator()
try:
    fresh.send(42)
except TypeError as exc:
    print("TypeError:", exc)
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("  echo finished with", received)
e = echo()
next(e)
for word in ["a", "b", "c"]:
    print(word, "->", e.send(word))
e.close()
def averager():
    count, total = 0, 0.0
    avg = None
    while True:
        term = yield avg
        count += 1
        total += term
        avg = total / count
av = averager()
next(av)
print([av.send(v) for v in (10, 20, 33)])
def finite():
    x = yield 1
    print("  got", x)
fg = finite()
next(fg)
try:
    fg.send("last")
except StopIteration:
    print("send past the end raises StopIteration")
