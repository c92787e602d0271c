# The loop installs its async generator hooks (firstiter, finalizer) while it
# runs and restores the previous ones afterwards.
import asyncio
import sys


def describe(hooks):
    return [getattr(h, "__name__", None) for h in hooks]


async def gen():
    try:
        yield 1
    finally:
        print("gen finalized by the loop's shutdown_asyncgens")


kept = []


async def main():
    print("inside:", describe(sys.get_asyncgen_hooks()))
    g = gen()
    kept.append(g)
    await anext(g)


print("before:", describe(sys.get_asyncgen_hooks()))
asyncio.run(main())
print("after:", describe(sys.get_asyncgen_hooks()))
