# Conformance: callable() on functions, lambdas, classes, instances with and without __call__,
# bound methods, built-ins and non-callables.
class WithCall:
    def __call__(self):
        return "called"
class Without:
    def method(self):
        pass
def func():
    pass
cases = [func, lambda: 0, WithCall, WithCall(), Without, Without(), Without().method, Without.method,
         print, len, int, str.upper, "x".upper, 5, "text", None, [], (), {}, type, object, object()]
for c in cases:
    name = getattr(c, "__name__", type(c).__name__ + " instance")
    print(f"{name:>16}: {callable(c)}")
w = Without()
w.__call__ = lambda: "instance attribute"
print("instance __call__ attribute does not count:", callable(w))
try:
    w()
except TypeError as exc:
    print("TypeError:", exc)
