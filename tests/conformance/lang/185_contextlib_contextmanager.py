# Conformance: contextlib.contextmanager: setup/teardown around yield, the yielded value, exceptions
# thrown in at the yield, suppression by catching, and errors for generators that misbehave.
import contextlib

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as value:
    print("  body sees", value)
with tag("div"), tag("span"):
    print("  nested")
@contextlib.contextmanager
def swallow(kind):
    try:
        yield
    except kind as exc:
        print("  swallowed", repr(exc))
with swallow(KeyError):
    {}["missing"]
print("after swallowed KeyError")
try:
    with swallow(KeyError):
        raise ValueError("not swallowed")
except ValueError as exc:
    print("propagated", repr(exc))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as exc:
    print("RuntimeError:", exc)
@tag("decorated")
def work():
    print("  working")
work()
