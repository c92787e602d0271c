# Conformance (bad input): a compound statement with no indented body gives
# "IndentationError: expected an indented block after 'if' statement on line N".
print("never printed")


def check(value):
    if value:
    return "truthy"
    return "falsy"


print(check(1))
