# Conformance: contextlib.suppress: silences the listed exceptions (and subclasses), lets others
# through, skips the rest of the block, works with several types and with none.
import contextlib

with contextlib.suppress(KeyError):
    print("before")
    {}["k"]
    print("not printed")
print("after suppress(KeyError)")
with contextlib.suppress(LookupError):
    [][1]
print("subclass IndexError suppressed by LookupError")
with contextlib.suppress(ValueError, ZeroDivisionError):
    1 / 0
print("tuple of types")
try:
    with contextlib.suppress(KeyError):
        raise TypeError("not listed")
except TypeError as exc:
    print("passed through:", exc)
with contextlib.suppress():
    print("no exceptions listed, nothing raised")
try:
    with contextlib.suppress():
        raise ValueError("nothing suppressed")
except ValueError as exc:
    print("empty suppress lets it through:", exc)
def first_int(items):
    for item in items:
        with contextlib.suppress(ValueError):
            return int(item)
    return None
print(first_int(["a", "b", "7", "8"]), first_int(["x"]))
with contextlib.suppress(ExceptionGroup):
    raise ExceptionGroup("g", [ValueError()])
print("group suppressed")
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("only values", [ValueError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("in 3.11 suppress(ValueError) does not look inside groups:", repr(eg))
