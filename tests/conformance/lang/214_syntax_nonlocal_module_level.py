# Conformance (bad input): nonlocal at module level gives "SyntaxError: nonlocal declaration not
# allowed at module level".
print("never printed")
counter = 0


def bump():
    global counter
    counter += 1


nonlocal total
bump()
