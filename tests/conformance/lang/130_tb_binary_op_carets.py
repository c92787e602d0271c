# Conformance: 3.11 caret lines for binary operations inside larger expressions: the ~ marks the
# operands and ^ the operator of the failing operation only.
def describe(item, count):
    label = "item: " + item["name"] + " x" + count
    return label


def scale(row, factor):
    return [cell * factor for cell in row]


print(describe({"name": "bolt"}, "3"))
print(scale([1, 2], 3))
try:
    describe({"name": "nut"}, 4)
except TypeError as exc:
    print("caught:", exc)
width, height = 4, None
area = (width + 1) * (height - 1) if width else 0
print("unreachable", area)
