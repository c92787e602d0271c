# Conformance: if/elif/else chains, truthiness of many values, pass as a placeholder.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if True:
    pass
else:
    print("never")
if False:
    pass
elif not []:
    print("empty list is falsy")
x = 5
if x > 3: print("one-line if")
