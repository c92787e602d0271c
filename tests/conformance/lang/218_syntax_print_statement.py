# Conformance (bad input): Python 2 style print gives "SyntaxError: Missing parentheses in call to
# 'print'. Did you mean print(...)?".
message = "hello"


def greet():
    return message


print greet()
print("never printed")
