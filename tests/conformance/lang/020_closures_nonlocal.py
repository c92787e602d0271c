# Conformance: closures capture variables (not values); nonlocal rebinding; independent counters.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x
print(outer())
def capture_late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print(capture_late())
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = accumulator(10)
add(5); add(7)
print(get())
print(c1.__closure__ is not None, len(c1.__closure__))
def no_nonlocal():
    n = 0
    def bump():
        n += 1
    try:
        bump()
    except UnboundLocalError as exc:
        print("UnboundLocalError:", exc)
no_nonlocal()
