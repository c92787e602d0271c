# Conformance: sys.exit(3) ends the program with status 3, prints nothing, and runs finally blocks
# and with-block exits on the way out.
import sys


class Announce:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        print("__exit__ sees", exc_info[0].__name__)
        return False


def shutdown(code):
    print("shutting down with", code)
    sys.exit(code)


try:
    with Announce():
        shutdown(3)
finally:
    print("outer finally runs")
print("unreachable")
