# Conformance: SystemExit is a BaseException (except Exception misses it), can be caught and
# ignored, and an uncaught SystemExit with a non-int, non-None code prints it and exits 1.
import sys

def try_to_exit():
    try:
        sys.exit(4)
    except Exception:
        print("not printed")
    finally:
        print("finally during SystemExit")
try:
    try_to_exit()
except SystemExit as exc:
    print("caught SystemExit with code", exc.code)
try:
    raise SystemExit("caught string code")
except BaseException as exc:
    print(type(exc).__name__, repr(exc.code))
def cleanup_on_exit():
    try:
        raise SystemExit(["not", "an", "int"])
    finally:
        print("finally runs before the exit message")
print("exiting with a list as the code")
cleanup_on_exit()
