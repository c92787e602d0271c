# Conformance: the global statement; reading globals without it; creating a global from a function.
counter = 0
def bump():
    global counter
    counter += 1
def read_only():
    return counter * 10
bump(); bump()
print(counter, read_only())
def create():
    global created
    created = "made inside a function"
create()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def mixed():
    global x
    before = x
    x = "rebound"
    return before
print(mixed(), x)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
def uses_before_assign():
    print(x)
    x = 1
try:
    uses_before_assign()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
