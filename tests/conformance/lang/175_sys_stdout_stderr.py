# Conformance: sys.stdout.write / sys.stderr.write return the character count, interleave in order
# with print, and do not add newlines; flush() exists and returns None.
import sys

n = sys.stdout.write("written to stdout\n")
print("write returned", n)
m = sys.stderr.write("written to stderr\n")
print("stderr write returned", m)
sys.stdout.write("no newline, ")
sys.stdout.write("then continued\n")
sys.stdout.write("")
print("flush returns", sys.stdout.flush(), sys.stderr.flush())
for i in range(3):
    stream = sys.stdout if i % 2 == 0 else sys.stderr
    stream.write(f"line {i} on {'stdout' if stream is sys.stdout else 'stderr'}\n")
print("unicode:", sys.stdout.write("caf\u00e9 \u4e2d\n"))
try:
    sys.stdout.write(42)
except TypeError as exc:
    print("TypeError:", exc)
print(sys.stderr is not sys.stdout, callable(sys.stdout.write))
print("done", file=sys.stderr)
