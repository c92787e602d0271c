# Conformance: bare raise re-raises the exception being handled; raise with no active exception;
# the exception variable is unbound after except.
def risky():
    raise ValueError("original problem")
def handler():
    try:
        risky()
    except ValueError:
        print("  logging and re-raising")
        raise
try:
    handler()
except ValueError as exc:
    print("outer caught:", exc, "| has a traceback:", exc.__traceback__ is not None)
try:
    raise
except RuntimeError as exc:
    print("RuntimeError:", exc)
def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except KeyError as exc:
    print("bare raise after an inner handler re-raises:", repr(exc))
try:
    raise IndexError("as-name")
except IndexError as err:
    saved = err
try:
    err
except NameError as exc:
    print("NameError:", exc)
print("saved survives:", repr(saved))
def reraise_modified():
    try:
        {}["k"]
    except KeyError as exc:
        exc.args = ("modified message",)
        raise
try:
    reraise_modified()
except KeyError as exc:
    print(repr(exc))
