# Conformance: try/except/else/finally: which clauses run, order, multiple handlers, bare except.
def attempt(action):
    print(f"attempt({action})")
    try:
        print("  try body")
        if action == "value":
            raise ValueError("bad value")
        if action == "key":
            raise KeyError("k")
        if action == "zero":
            1 / 0
        if action == "other":
            raise RuntimeError("unhandled here")
    except ValueError as exc:
        print("  except ValueError:", exc)
    except (KeyError, IndexError) as exc:
        print("  except (KeyError, IndexError):", repr(exc))
    except ArithmeticError:
        print("  except ArithmeticError (no name bound)")
    else:
        print("  else: no exception")
    finally:
        print("  finally always")
    print("  after try statement")
for action in ("ok", "value", "key", "zero"):
    attempt(action)
try:
    attempt("other")
except RuntimeError as exc:
    print("outer caught:", exc)
try:
    [][0]
except:
    print("bare except catches everything")
try:
    raise TypeError("first matching handler wins")
except Exception as exc:
    print("Exception handler:", exc)
except TypeError:
    print("never reached")
def try_else_exception():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("raised in else is not caught by the same try")
try:
    try_else_exception()
except ValueError as exc:
    print("propagated:", exc)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs while the exception propagates")
except KeyError as exc:
    print("outer caught", repr(exc))
