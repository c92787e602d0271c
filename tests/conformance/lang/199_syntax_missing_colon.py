# Conformance (bad input): a missing colon after an if condition. CPython reports the SyntaxError
# before running anything: nothing is printed, the error shows the line and a caret, status 1.
print("this line never runs: the whole file is compiled first")


def classify(n):
    if n > 3
        return "big"
    return "small"


print(classify(5))
