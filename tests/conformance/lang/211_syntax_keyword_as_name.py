# Conformance (bad input): using a keyword as a variable name gives "SyntaxError: invalid syntax"
# with the caret at the keyword.
print("never printed")


def setup():
    name = "config"
    class = "primary"
    return name, class


print(setup())
