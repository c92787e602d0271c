# Conformance (bad input): an f-string with an unknown conversion character gives
# "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'".
print("never printed")
name = "Ada"
count = 3


def describe():
    return f"{name!x} has {count} items"


print(describe())
