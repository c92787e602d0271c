# Conformance: except* with ExceptionGroup: each handler gets the matching sub-group, unmatched
# exceptions propagate as a new group, a naked exception is wrapped, handlers run at most once.
def raise_group():
    raise ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    try:
        raise_group()
    except* ValueError as eg:
        print("ValueError handler:", repr(eg), eg.exceptions)
    except* TypeError as eg:
        print("TypeError handler:", eg.message, eg.exceptions)
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg), type(eg).__name__)
try:
    raise ExceptionGroup("nested", [ValueError("top"), ExceptionGroup("inner", [ValueError("deep"), OSError("os")])])
except* ValueError as eg:
    print("nested match keeps structure:", repr(eg))
except* OSError as eg:
    print("OSError part:", repr(eg))
try:
    raise ExceptionGroup("all handled", [KeyError(1)])
except* LookupError as eg:
    print("base class matches:", repr(eg))
else:
    print("not printed")
finally:
    print("finally with except*")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("raised inside except*")
except ExceptionGroup as eg:
    print("raise in handler:", repr(eg), "| context:", repr(eg.exceptions[0].__context__))
except RuntimeError as exc:
    print("RuntimeError escaped directly:", repr(exc))
