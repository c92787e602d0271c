# Conformance: assert passes silently, raises AssertionError with and without a message.
assert True
assert 1 + 1 == 2, "math works"
print("passed asserts")
try:
    assert 1 > 2
except AssertionError as exc:
    print("AssertionError args:", exc.args, repr(str(exc)))
try:
    assert [], "empty list is falsy"
except AssertionError as exc:
    print("AssertionError:", exc)
try:
    x = 5
    assert x < 3, f"x was {x}"
except AssertionError as exc:
    print("AssertionError:", exc, exc.args)
try:
    assert False, ("tuple", "message")
except AssertionError as exc:
    print("AssertionError:", exc.args)
calls = []
def side_effect():
    calls.append("evaluated")
    return "msg"
assert True, side_effect()
print("message not evaluated when passing:", calls)
print(issubclass(AssertionError, Exception))
