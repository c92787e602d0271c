# Conformance: indexing and slicing str by code point (ASCII and not), negative and out-of-range
# indices, steps in both directions, huge bounds, index objects and the errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Three:
    def __index__(self):
        return 3


for s in ["abcdefgh", "가나다라마바사아", "aé東\U0001F600bç"]:
    print(repr(s), len(s), [s[i] for i in range(len(s))], s[-1], s[-len(s)])
    print(" ", s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[6:1:-2], s[-2::-3])
    print(" ", repr(s[5:2]), repr(s[100:]), s[-100:2], s[2:100], s[Three():], s[Three()])
show("out of range", lambda: "abc"[3])
show("negative out of range", lambda: "abc"[-4])
show("empty", lambda: ""[0])
show("huge", lambda: "abc"[2 ** 70])
show("huge slice", lambda: ("abc"[-2 ** 70:2 ** 70], "abc"[::2 ** 70], "abc"[::-2 ** 70]))
show("zero step", lambda: "abc"[::0])
abc = "abc"
show("float index", lambda: abc[1.0])
show("str index", lambda: abc["1"])
show("float slice", lambda: "abc"[1.5:])
show("None slice", lambda: "abc"[None:None:None])
show("bool index", lambda: ("abc"[True], "abc"[False:True]))
show("slice object", lambda: "abcdef"[slice(1, None, 2)])
show("getitem dunder", lambda: ("abc".__getitem__(1), "abc".__getitem__(slice(2))))
show("tuple index", lambda: abc[1, 2])
s = "immutable"
try:
    s[0] = "I"
except TypeError as exc:
    print("TypeError:", exc)
try:
    del s[0]
except TypeError as exc:
    print("TypeError:", exc)
