# Conformance: pass in every block kind, Ellipsis as a body, empty classes and functions return None.
def empty():
    pass


def dots():
    ...


class Empty:
    pass


class Dots:
    ...


for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
if empty() is None:
    pass
print(empty(), dots())
print(type(Empty()).__name__, type(Dots()).__name__)
print(..., Ellipsis is ..., type(...).__name__)
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
