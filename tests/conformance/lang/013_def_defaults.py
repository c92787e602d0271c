# Conformance: default argument values, evaluated once at def time (the shared mutable default).
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bo", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print("default captured at def time:", snapshot())
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
print(greet.__defaults__, greet.__name__)
try:
    greet()
except TypeError as exc:
    print("TypeError:", exc)
try:
    greet("a", "b", "c", "d")
except TypeError as exc:
    print("TypeError:", exc)
try:
    greet("a", name="b")
except TypeError as exc:
    print("TypeError:", exc)
try:
    greet("a", colour="red")
except TypeError as exc:
    print("TypeError:", exc)
