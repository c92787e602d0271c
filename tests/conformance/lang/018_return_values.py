# Conformance: return with no value, implicit None, multiple values as a tuple, early return.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return "negative"
    print("  computing for", x)
    return x * 2
def nested_return(items):
    for item in items:
        while True:
            if item > 2:
                return item
            break
    return None
print(nothing(), bare(), pair(), type(pair()).__name__)
print(early(-1))
print(early(3))
print(nested_return([1, 2, 5, 7]), nested_return([0]))
a, b = pair()
print(a + b)
def make_list():
    return [i for i in range(3)]
print(make_list())
def fn_returns_fn():
    def inner():
        return "inner result"
    return inner
print(fn_returns_fn()())
print(fn_returns_fn().__name__, fn_returns_fn().__qualname__)
