# Conformance: function decorators: order of application, wrapping, decorators on methods.
def shout(fn):
    print("decorating", fn.__name__, "with shout")
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    print("decorating", fn.__name__, "with exclaim")
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper
@shout
@exclaim
def hello(name):
    return "hello " + name
print("defined")
print(hello("world"))
print(hello.__name__)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a.__name__)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
class Greeter:
    @count_calls
    def greet(self, who):
        return "hi " + who
g = Greeter()
print(g.greet("x"), g.greet("y"), Greeter.greet.calls)
