# Conformance (bad input): "=" used as a comparison in an if gives "SyntaxError: invalid syntax.
# Maybe you meant '==' or ':=' instead of '='?".
print("never printed")
x = 5


def check():
    if x = 5:
        return "five"
    return "other"


print(check())
