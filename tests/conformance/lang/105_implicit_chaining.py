# Conformance: implicit exception chaining: __context__ is set when raising inside an except/finally.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(f"cannot parse {text!r}")
try:
    parse("x")
except KeyError as exc:
    print("caught", repr(exc))
    print("context:", repr(exc.__context__))
    print("cause:", exc.__cause__, "suppress:", exc.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        raise RuntimeError("in finally")
except RuntimeError as exc:
    print("finally context:", repr(exc.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise KeyError("third")
except KeyError as exc:
    chain = []
    e = exc
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("no context")
except ValueError as exc:
    print("no context:", exc.__context__)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("raised after the handler finished")
except TypeError as exc:
    print("context after handler ended:", exc.__context__)
err = ValueError("reraised")
try:
    try:
        raise err
    except ValueError as exc:
        raise exc
except ValueError as exc:
    print("re-raising the same object does not chain to itself:", exc.__context__)
