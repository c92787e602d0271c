# Conformance: repr() and str() of every built-in type's values, including escapes and edge cases.
values = [
    0, -1, 10 ** 20, 1.0, -0.0, 1e16, 1e-5, float("inf"), float("nan"), True, False, None,
    "", "plain", "it's", 'say "hi"', "both ' \"", "\n\t\r\\", "\x00\x7f\u00e9\u20ac\U0001F600",
    b"", b"bytes", b"it's", b"\x00\xff\n", [], [1, [2, [3]]], (), (1,), (1, 2), {}, {"a": 1, 2: [3]},
    set(), {1}, frozenset(), frozenset({5}), range(3), range(1, 10, 2), slice(1, 2), slice(None),
    Ellipsis, NotImplemented, int, float, str, list, type, object, len, ValueError, ValueError("v"),
    KeyError("k"), {1: {2: {3: ()}}}, [(), [], {}, set()], ("a", ("b",)),
]
for v in values:
    print(f"{repr(v):<40} {str(v)}")
