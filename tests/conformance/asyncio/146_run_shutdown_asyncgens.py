# asyncio.run finalizes the async generator main left suspended, after the
# leftover task is cancelled; the generator's finally may still await.
import asyncio


async def numbers(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print(name, "closing")
        await asyncio.sleep(0.1)
        print(name, "closed")


async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover task cancelled")


keep = []


async def main():
    asyncio.create_task(leftover())
    g = numbers("gen")
    keep.append(g)
    print(await anext(g), await anext(g))
    print("main returns")


asyncio.run(main())
print("done")
