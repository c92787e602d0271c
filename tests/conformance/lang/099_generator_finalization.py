# Conformance: dropping an unfinished generator closes it at once (refcounting): its finally block
# runs at the del / rebinding / end of the owning function, interleaved with the program's output.
def resource(name):
    print(f"  open {name}")
    try:
        yield 1
        yield 2
    finally:
        print(f"  close {name}")
g = resource("A")
next(g)
print("before del")
del g
print("after del")
g = resource("B")
next(g)
print("rebinding the name")
g = resource("C")
print("rebound (C never started, so nothing to close)")
next(g)
def use_partially():
    r = resource("D")
    print("  first value", next(r))
    print("  leaving function")
use_partially()
print("after function returned")
for value in resource("E"):
    print("  loop got", value)
    break
print("after break")
first = next(resource("F"))
print("temporary generator already closed, got", first)
finished = resource("G")
print(list(finished))
del finished
print("a finished generator prints nothing when dropped")
holder = [resource("H")]
next(holder[0])
holder.clear()
print("after clearing the list")
g = None
print("end of program")
