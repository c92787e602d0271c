# Conformance: BaseException.add_note (3.11): __notes__, type checks, and the notes printed under
# the message in an uncaught traceback.
def validate(record):
    try:
        int(record["age"])
    except ValueError as exc:
        exc.add_note(f"while validating record {record['id']}")
        exc.add_note("hint: age must be a whole number")
        raise
try:
    validate({"id": 1, "age": "old"})
except ValueError as exc:
    print(repr(exc))
    print(exc.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as exc:
    print("TypeError:", exc)
print("uncaught, with notes:")
validate({"id": 7, "age": "seven"})
