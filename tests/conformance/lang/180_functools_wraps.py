# Conformance: functools.wraps copies __name__, __qualname__, __doc__, __module__, __wrapped__ and
# __dict__ onto the wrapper; without it the wrapper's own names show.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
def unwrapped_decorator(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
@unwrapped_decorator
def sub(a, b):
    """Subtract."""
    return a - b
print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__wrapped__.__name__)
print(sub.__name__, sub.__qualname__, sub.__doc__)
print(add.__wrapped__(10, 20))
def tagged(fn):
    fn.tag = "important"
    return fn
@logged
@tagged
def mul(a, b):
    return a * b
print(mul(3, 4), mul.tag, mul.__name__)
class Service:
    @logged
    def handle(self, request):
        """Handle one request."""
        return request.upper()
print(Service().handle("ping"), Service.handle.__qualname__, Service.handle.__doc__)
print(logged(len).__name__, logged(len)("abc"))
