# Conformance: exception objects: args, str() and repr() with zero, one and many args; KeyError's str.
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""),
         KeyError("key"), KeyError(), KeyError(1, 2), IndexError(3), Exception([1, 2]),
         StopIteration(5), SystemExit(2), RuntimeError("multi\nline")]
for exc in cases:
    print(repr(exc), "|", str(exc), "|", exc.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code
e = AppError(404, "not found")
print(repr(e), str(e), e.args, e.code)
class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuperInit(7)
print(repr(n), str(n), n.args)
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
print(repr(CustomStr("x")), str(CustomStr("x")))
e = ValueError("mutable")
e.args = ("changed", 1)
print(e, repr(e))
print(repr(ZeroDivisionError("division by zero")), BaseException("base"))
