# Conformance: ExceptionGroup/BaseExceptionGroup: construction rules, message, exceptions, subgroup,
# split, derive, nesting, str/repr, and the TypeErrors for bad arguments.
eg = ExceptionGroup("several", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg))
print(str(eg), "|", eg.message, "|", eg.exceptions, "|", eg.args)
sub = eg.subgroup(ValueError)
print("subgroup:", repr(sub))
match, rest = eg.split(ValueError)
print("split match:", repr(match))
print("split rest:", repr(rest))
print(eg.subgroup(KeyError), eg.split(KeyError))
print(repr(eg.subgroup(lambda e: str(e) == "b")))
nested = ExceptionGroup("outer", [ValueError("x"), ExceptionGroup("inner", [TypeError("y"), ValueError("z")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(TypeError)[0]))
derived = eg.derive([KeyError("new")])
print(repr(derived), type(derived).__name__)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), KeyError()])))
base = BaseExceptionGroup("with base", [KeyboardInterrupt()])
print(type(base).__name__, repr(base))
auto = BaseExceptionGroup("only exceptions", [ValueError()])
print("BaseExceptionGroup of Exceptions becomes:", type(auto).__name__)
for args in [("msg", []), ("msg", [1]), (42, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as exc:
    print("TypeError:", exc)
print(isinstance(eg, Exception), isinstance(base, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
