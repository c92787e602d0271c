# Conformance: with statement: __enter__ value bound by as, __exit__ on normal exit, return, break.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False
with Resource("a") as value:
    print("inside with", value)
with Resource("x") as x, Resource("y") as y:
    print("two managers", x, y)
def early():
    with Resource("ret"):
        return "returned from inside with"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
        continue
with Resource("no-as"):
    pass
with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("parenthesized", p1, p2)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as exc:
    print("TypeError:", exc)
