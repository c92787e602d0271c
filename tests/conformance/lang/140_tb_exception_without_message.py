# Conformance: uncaught exceptions with no message print just the class name; an empty-string
# message prints "Name: " (the caught forms show str() for comparison).
def check(kind):
    if kind == "class":
        raise NotImplementedError
    if kind == "empty":
        raise ValueError("")
    raise StopIteration


for kind in ("class", "empty", "stop"):
    try:
        check(kind)
    except Exception as exc:
        print(kind, "->", repr(exc), repr(str(exc)))
print("uncaught NotImplementedError raised as a class:")
check("class")
