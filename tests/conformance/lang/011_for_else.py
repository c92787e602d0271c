# Conformance: for loops over many iterables, for/else, loop variable after the loop.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)
for ch in "hey":
    print(ch, end=" ")
print()
for key in {"b": 1, "a": 2}:
    print("key", key)
for x in range(3):
    pass
print("loop var after loop:", x)
for x in []:
    pass
print("unchanged:", x)
for a, b in zip("abc", range(10)):
    print(a, b, end="; ")
print()
for x in (1, 2, 3):
    x *= 10
    print(x, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end="")
    else:
        print("inner completed", i)
print()
