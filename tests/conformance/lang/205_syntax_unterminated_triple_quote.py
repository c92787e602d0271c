# Conformance (bad input): a triple-quoted string that never ends is reported at its start:
# "SyntaxError: unterminated triple-quoted string literal (detected at line N)".
print("never printed")


def documented():
    """This docstring is closed."""
    return 1


text = """this one
is never closed
print(text)
