# Conformance (bad input): a single-quoted string missing its closing quote gives
# "SyntaxError: unterminated string literal (detected at line N)".
print("never printed")
greeting = "hello"
name = "world
print(greeting, name)


def unused():
    return None
