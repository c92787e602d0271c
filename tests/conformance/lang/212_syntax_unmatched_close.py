# Conformance (bad input): a closing bracket with no opener gives "SyntaxError: unmatched ')'".
print("never printed")


def area(w, h):
    return w * h)


print(area(2, 3))
# end
