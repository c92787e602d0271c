# Conformance (bad input): break outside any loop gives "SyntaxError: 'break' outside loop".
print("never printed")


def find(items, target):
    if target in items:
        print("found")
        break
    return None


find([1], 1)
