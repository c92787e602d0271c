# Conformance: unbounded recursion raises RecursionError (a RuntimeError) that can be caught, and the
# program carries on normally afterwards; mutual recursion and recursion in __repr__ do the same.
def countdown(n):
    return countdown(n + 1)
try:
    countdown(0)
except RecursionError as exc:
    print("RecursionError:", exc)
    print("is a RuntimeError:", isinstance(exc, RuntimeError))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError as exc:
    print(type(exc).__name__ + ":", exc)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as exc:
    print("in __repr__:", type(exc).__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("moderate recursion still works:", len(str(fact(500))))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("calls made before the limit (module frame + these = 1000):", depth)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
