# Conformance (bad input): a parenthesis opened and never closed is reported at the opening
# bracket: "SyntaxError: '(' was never closed".
print("never printed")
values = [1, 2, 3]
total = sum(values
print("total is", total)


def helper():
    return 1
