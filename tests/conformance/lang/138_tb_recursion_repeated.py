# Conformance: a traceback with many identical frames collapses them into
# "[Previous line repeated N more times]" (here a bounded recursion that fails at the bottom).
def descend(n):
    if n == 0:
        raise LookupError("reached the bottom")
    return descend(n - 1)


def start():
    return descend(25)


try:
    descend(2)
except LookupError as exc:
    print("short recursion caught:", exc)
start()
