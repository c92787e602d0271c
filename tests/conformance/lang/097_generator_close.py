# Conformance: generator.close(): GeneratorExit at the yield, finally blocks, yielding in finally.
def worker():
    try:
        print("  worker start")
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit caught")
        raise
    finally:
        print("  worker finally")
w = worker()
print(next(w))
print("close returns", w.close())
print("close again is a no-op:", w.close())
print(next(w, "closed gen is exhausted"))
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed, returning")
        return "ignored return value"
sw = swallow()
next(sw)
print(sw.close())
def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally during close")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as exc:
    print("ValueError:", exc)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
