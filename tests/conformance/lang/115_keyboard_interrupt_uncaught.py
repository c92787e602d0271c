# Conformance: an uncaught KeyboardInterrupt prints its traceback (a bare "KeyboardInterrupt" line)
# after finally blocks have run; CPython then ends the process as if by SIGINT.
import sys


def long_task():
    try:
        for step in range(3):
            print("step", step)
        raise KeyboardInterrupt
    finally:
        print("finally ran", file=sys.stderr)


print("start")
long_task()
print("unreachable")
