# Conformance: str operators: + (and its TypeErrors, __radd__ of the other operand), * with ints,
# bools and __index__ objects (also reflected and negative), in, comparisons in code point order,
# hash with PYTHONHASHSEED=0 and the set order it gives, len.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Suffix:
    def __radd__(self, other):
        return other + "!"

    def __rmul__(self, other):
        return "rmul"


class Two:
    def __index__(self):
        return 2


show("concat", lambda: ("ab" + "cd", "" + "x", "한" + "국", "a" + "" + "\U0001F600"))
show("radd", lambda: "wow" + Suffix())
show("add int", lambda: "a" + 1)
show("add None", lambda: "a" + None)
show("add bytes", lambda: "a" + b"b")
show("int add str", lambda: 1 + "a")
show("list add str", lambda: [1] + "a")
show("repeat", lambda: ("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "x" * True, "é" * 2))
show("repeat index", lambda: ("ab" * Two(), Two() * "cd"))
show("rmul wins", lambda: "ab" * Suffix())
show("repeat float", lambda: "ab" * 2.0)
show("repeat str", lambda: "ab" * "cd")
show("float repeat", lambda: 2.5 * "ab")
show("repeat huge", lambda: "ab" * (2 ** 70))
show("augmented", lambda: [s for s in ["a"] for s in [s + "b", s * 2]])
show("contains", lambda: ("b" in "abc", "" in "", "ac" in "abc", "東" in "東京", "abc" not in "ab"))
show("contains int", lambda: 1 in "abc")
show("contains None", lambda: None in "abc")
show("compare", lambda: ("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "\uffff" < "\U00010000"))
show("compare eq", lambda: ("a" == "a", "a" != "a", "a" == 1, "1" == 1, "a" != None))
show("compare int", lambda: "a" < 1)
show("compare None", lambda: None >= "a")
show("sorted", lambda: sorted(["b", "B", "a", "é", "Z", "가", "ア", "", "aa", "\U0001F600"]))
show("min max", lambda: (min("hello"), max("hello"), max(["apple", "pie"], key=len)))
show("hashes", lambda: [hash(s) for s in ["", "a", "abc", "é", "東京", "\U0001F600", "hello world"]])
show("set order", lambda: list({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}))
show("dict from set", lambda: sorted({s: len(s) for s in "the quick brown fox".split()}.items()))
show("len", lambda: (len(""), len("abc"), len("東京"), len("\U0001F600\U0001F601"), len("e\u0301")))
show("dunders", lambda: ("a".__add__("b"), "a".__mul__(3), "a".__rmul__(2), "a".__len__(), "ab".__contains__("b")))
show("dunder add int", lambda: "a".__add__(1))
show("dunder mul str", lambda: "a".__mul__("b"))
show("dunder eq", lambda: ("a".__eq__("a"), "a".__eq__(1), "a".__lt__(1), "a".__ne__("b")))
show("bool", lambda: (bool(""), bool(" "), bool("0"), not ""))
