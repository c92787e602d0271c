# Conformance: str methods for searching and splitting: find rfind index rindex count startswith
# endswith split rsplit splitlines partition rpartition join replace.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"), s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("at", 10), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("mat"), s.startswith("cat", 4), s.endswith("on", 0, 14))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.split("the"), "a,b,,c".split(","), "  x  y  ".split())
print("".split(), "".split(","), "a b".split(None, 0), "one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print(s.partition(" sat "), s.partition("zz"), s.rpartition("the"), s.rpartition("zz"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)), "+".join([]))
print(s.replace("at", "og"), s.replace("at", "og", 1), "aaa".replace("a", ""), "ab".replace("", "-"))
print("%" in "100%", "Hello".find(""), "abc".find("c", -1), "banana".rfind("an", 0, 4))
try:
    s.index("zebra")
except ValueError as exc:
    print("ValueError:", exc)
try:
    s.split("")
except ValueError as exc:
    print("ValueError:", exc)
print("a:b:c".split(":", maxsplit=1), "a:b:c".rsplit(":", maxsplit=1), "k=v=w".partition("="))
