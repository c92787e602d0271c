# Conformance: an uncaught exception at module level (no function frames): one frame "in <module>",
# and no caret line when the failing expression is the whole line.
values = ["3", "4", "x"]
total = 0
for text in values:
    print("adding", text)
    total += int(text)
print("unreachable", total)
# Padding below keeps the program a realistic size; it never runs.
for i in range(3):
    print(i)
