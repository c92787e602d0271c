# Conformance: raise ... from ...: __cause__, __suppress_context__, from None, from an exception class.
class ConfigError(Exception):
    pass
def load(raw):
    try:
        return {"port": int(raw)}
    except ValueError as exc:
        raise ConfigError("invalid port") from exc
try:
    load("eighty")
except ConfigError as exc:
    print(repr(exc), "cause:", repr(exc.__cause__))
    print("context is also set:", repr(exc.__context__), "suppress:", exc.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("hidden context") from None
except ValueError as exc:
    print(repr(exc), "cause:", exc.__cause__, "context:", repr(exc.__context__), "suppress:", exc.__suppress_context__)
try:
    raise RuntimeError("outside any handler") from KeyError("explicit")
except RuntimeError as exc:
    print(repr(exc.__cause__), exc.__context__)
try:
    raise RuntimeError("cause given as a class") from IndexError
except RuntimeError as exc:
    print(repr(exc.__cause__), type(exc.__cause__).__name__)
try:
    raise ValueError("bad cause") from 42
except TypeError as exc:
    print("TypeError:", exc)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from None
except ValueError as exc:
    exc.__suppress_context__ = False
    print("suppress can be reset:", exc.__suppress_context__)
