# Conformance: the format() built-in and __format__: default spec, user classes, and type errors.
print(repr(format(42)), repr(format(42, "")), repr(format(3.5, "")), repr(format("s")))
print(format(0.1 + 0.2, ".3f"), format(-7, "+"), format(7, " "), format(2 ** 64, ","))
print(format(1e16), format(1e-5), format(1.0), format(100.0, "g"), format(1e16, "g"))
print(format(0.5, ".0%"), format(1 / 3, ".5"), format(1 / 3, ".5g"), format(123456789.0, ".5"))
print(format(12.0, "g"), format(1234, "_b"), format(3.0, ".0e"), format(-0.0, "+.1f"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"${amount:.0f}"
        return f"${amount:{spec or ',.2f'}}"
m = Money(123456)
print(format(m), format(m, "short"), format(m, ">12,.2f"), f"{m}", f"{m:short}", "{:short}".format(m))
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as exc:
    print("TypeError:", exc)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as exc:
    print("TypeError:", exc)
try:
    format(3, 5)
except TypeError as exc:
    print("TypeError:", exc)
print(format([1, 2]), format((1,)), format({"a": 1}), format(None), format(True), format(False, ""))
