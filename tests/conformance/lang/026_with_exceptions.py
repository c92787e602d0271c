# Conformance: __exit__ sees the exception; returning True suppresses it; exceptions in __exit__.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Guard(True):
    raise ValueError("swallowed")
print("after suppressed ValueError")
try:
    with Guard(False):
        raise KeyError("propagates")
except KeyError as exc:
    print("caught outside:", repr(exc))
class Failing:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from __exit__")
try:
    with Failing():
        raise ValueError("original")
except RuntimeError as exc:
    print("caught", repr(exc), "context:", repr(exc.__context__))
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("never called")
try:
    with EnterFails():
        print("never runs")
except OSError as exc:
    print("enter failed:", exc)
with Guard("truthy string"):
    1 / 0
print("a truthy non-bool return also suppresses")
