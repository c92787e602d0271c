# Conformance (bad input): return at module level gives "SyntaxError: 'return' outside function"
# (reported by the compiler, still before anything runs).
print("never printed")
items = [1, 2, 3]
for item in items:
    if item == 2:
        return item
print("unreachable")
# padding so the program has a realistic size
x = 1
