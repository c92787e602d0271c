# Conformance: output written to stdout and stderr before an uncaught exception appears in program
# order, followed by the traceback on stderr.
import sys

print("step 1 on stdout")
print("step 2 on stderr", file=sys.stderr)
sys.stdout.write("step 3 via sys.stdout.write\n")
sys.stderr.write("step 4 via sys.stderr.write\n")
print("partial line without newline", end="")
print(" ... finished on stdout")


def fail():
    print("about to fail", flush=True)
    raise RuntimeError("failure after mixed output")


fail()
