# Conformance (bad input): a positional argument after a keyword argument gives
# "SyntaxError: positional argument follows keyword argument".
print("never printed")


def connect(host, port, timeout=10):
    return host, port, timeout


result = connect(host="localhost", 8080)
print(result)
