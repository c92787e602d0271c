# Conformance: generator.throw(): raising at the paused yield, handling it inside, propagation.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as exc:
            print(f"  handled {exc!r} inside")
            n = -1
        n += 1
g = resilient()
print(next(g), next(g))
print("throw returns next yield:", g.throw(ValueError("oops")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as exc:
    print("propagated out:", repr(exc))
print("after propagation the generator is done:", next(g, "exhausted"))
def with_finally():
    try:
        yield "first"
        yield "second"
    finally:
        print("  finally runs on throw")
h = with_finally()
next(h)
try:
    h.throw(RuntimeError("stop"))
except RuntimeError as exc:
    print("caught", exc)
fresh = with_finally()
try:
    fresh.throw(TypeError("before start"))
except TypeError as exc:
    print("throw into unstarted generator:", exc)
def catch_and_stop():
    try:
        yield 1
    except ZeroDivisionError:
        return "returned after catching"
c = catch_and_stop()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as exc:
    print("StopIteration value:", exc.value)
