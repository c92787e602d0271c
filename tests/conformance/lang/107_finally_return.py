# Conformance: finally with return: finally runs after the try's return value is computed, and a
# return in finally overrides the try's return and swallows an in-flight exception.
def returns_from_try():
    try:
        print("  try computes the value")
        return "from try"
    finally:
        print("  finally runs before the caller sees it")
print(returns_from_try())
def override():
    try:
        return "from try"
    finally:
        return "from finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print("value computed before finally:", value_captured())
def mutable_captured():
    items = []
    try:
        return items
    finally:
        items.append("appended in finally")
print(mutable_captured())
def nested():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())
def except_return():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
print(except_return())
def finally_raises():
    try:
        return "never seen"
    finally:
        raise RuntimeError("finally raised")
try:
    finally_raises()
except RuntimeError as exc:
    print("RuntimeError:", exc)
