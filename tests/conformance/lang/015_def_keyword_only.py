# Conformance: keyword-only parameters after * and after *args, with and without defaults.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"
print(connect("a", secure=True))
print(connect("b", port=8080, secure=False))
try:
    connect("c", 443, True)
except TypeError as exc:
    print("TypeError:", exc)
try:
    connect("c")
except TypeError as exc:
    print("TypeError:", exc)
def log(*messages, sep=" | ", end="."):
    return sep.join(messages) + end
print(log("a", "b", "c"))
print(log("x", sep="/"))
def kwonly_many(*, a, b, c=3):
    return a + b + c
print(kwonly_many(b=2, a=1))
try:
    kwonly_many(a=1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    kwonly_many()
except TypeError as exc:
    print("TypeError:", exc)
print(connect.__kwdefaults__)
