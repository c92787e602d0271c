# A coroutine object created and dropped without any event loop warns at the
# line where its last reference disappears, with that line's source.
import asyncio


async def compute(x):
    return x * 2


c = compute(1)
print(type(c).__name__, c.__qualname__)
c = None
print("after dropping the first one")
compute(2)
print("the second one was dropped at once")
results = [compute(i) for i in range(3)]
del results
print("end")
