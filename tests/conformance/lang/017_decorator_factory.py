# Conformance: decorators that take arguments (decorator factories) and class decorators.
def repeat(times):
    print("factory called with", times)
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def square(x):
    return x * x
print(square(4))
def tag(name):
    def decorate(cls):
        cls.tag = name
        return cls
    return decorate
@tag("widget")
class Widget:
    pass
print(Widget.tag)
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix(">> ")
@prefix("[")
def label(s):
    return s + "]"
print(label("ok"))
log = []
def traced(level):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            log.append((level, fn.__name__, args, kwargs))
            return fn(*args, **kwargs)
        return wrapper
    return decorate
@traced("debug")
def add(a, b=0):
    return a + b
print(add(1, b=2), add(5))
print(log)
