# Conformance: and/or return one of their operands and short-circuit; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print("a" and "b" and "c", "a" and "" and "c", [] or {} or ())
print(not 0, not 1, not "", not [0], not None, type(not 5).__name__)
calls = []
def t(label, value):
    calls.append(label)
    return value
r = t("A", 0) and t("B", 1)
print(r, calls)
calls.clear()
r = t("A", 1) or t("B", 1)
print(r, calls)
calls.clear()
r = t("A", 0) or t("B", 0) or t("C", "last")
print(r, calls)
calls.clear()
r = t("A", 1) and t("B", 2) or t("C", 3)
print(r, calls)
print(True + True, True * 10, False - 1, True == 1, False == 0)
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool(None), bool(-1))
print(True and not False, not (True or False), not True == False)
print(1 < 2 and 2 < 3, 0 or 1 and 2, (0 or 1) and 2)
name = None
print(name or "anonymous", (name and name.upper()) or "N/A")
print(isinstance(True, int), str(True), repr(False), True & False, True | False, True ^ True)
