# Conformance: print() keyword arguments: sep, end, file=sys.stderr, flush, and their type errors.
import sys

print("a", "b", "c", sep="|")
print("a", "b", sep="")
print("no", "sep", sep=None)
print("multi-char", "sep", sep=" <-> ")
print("end with dots", end="...")
print("next line")
print("", end="")
print()
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("stderr", "with", "sep", sep="_", end="!\n", file=sys.stderr)
print("flushed", flush=True)
print("file=None means stdout", file=None)
print(1, 2.5, None, [1], sep=", ", end="\n\n")
print("after a blank line")
lines = ["x", "y"]
print(*lines, sep="\n")
print(*[], sep="-", end="[empty]\n")
try:
    print("bad sep", sep=5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("bad end", end=[])
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("bad file", file="stdout")
except AttributeError as exc:
    print("AttributeError:", exc)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
c = Collector()
print("into", "an", "object", file=c)
print(c.parts)
