# Conformance: *args and **kwargs parameters: their types, order and contents.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, "x", z=None, y=[1])
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def config(name, **options):
    for key, value in options.items():
        print(f"{name}.{key} = {value!r}")
config("db", host="localhost", port=5432, debug=False)
def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result
print(total(1, 2, 3), total(1, 2, start=100))
def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5))
try:
    everything(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    show(**{"a": 1}, a=2)
except TypeError as exc:
    print("TypeError:", exc)
