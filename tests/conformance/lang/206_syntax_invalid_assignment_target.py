# Conformance (bad input): assigning to a function call gives "SyntaxError: cannot assign to
# function call here. Maybe you meant '==' instead of '='?" with carets under the target.
print("never printed")


def get_value():
    return 3


x = 0
if get_value() = 3:
    x = 1
print(x)
