# Conformance: except* wraps a naked exception in ExceptionGroup('', (exc,)), groups what the
# handlers raise (even a single exception) together with what they re-raise, and split() /
# subgroup() accept a predicate, a type or a tuple of types.
def show(label, exc):
    print(label, type(exc).__name__, repr(exc))


try:
    try:
        raise OSError("naked")
    except* OSError as eg:
        show("caught:", eg)
        raise
except ExceptionGroup as eg:
    show("re-raised naked:", eg)
except OSError as exc:
    show("re-raised naked (unwrapped):", exc)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from the ValueError handler")
    except* TypeError:
        raise
except ExceptionGroup as eg:
    show("mixed:", eg)
    for e in eg.exceptions:
        show("  part:", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyboardInterrupt
except BaseExceptionGroup as eg:
    show("base:", eg)

eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("n", [ValueError("c")])])
print(eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "c"))
print(eg.split(lambda e: not isinstance(e, ExceptionGroup) and str(e) in "ab"))
print(eg.subgroup((TypeError, KeyError)), eg.subgroup(KeyError))
print(eg.split(Exception)[1], eg.subgroup(lambda e: True) is eg)
try:
    eg.split(42)
except TypeError as exc:
    print("TypeError:", exc)
