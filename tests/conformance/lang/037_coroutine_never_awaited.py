# Conformance: a coroutine object dropped without being awaited emits CPython's RuntimeWarning
# the moment its last reference goes (refcounting), in the middle of the program's output.
async def fetch(n):
    return n


print("before")
fetch(1)
print("after the dropped call")
held = fetch(2)
print("holding a reference: no warning yet")
del held
print("after del")


def helper():
    c = fetch(3)
    print("inside helper, coroutine type:", type(c).__name__)


helper()
print("after helper returned")
awaited = fetch(4)
awaited.close()
del awaited
print("closed coroutines do not warn")
