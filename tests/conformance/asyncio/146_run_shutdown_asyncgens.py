# asyncio.run finalizes async generators left suspended by main, after the
# leftover tasks are cancelled; their finally blocks may still await.
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
    for name in ("gen-a", "gen-b"):
        g = numbers(name)
        keep.append(g)
        print(name, await anext(g), await anext(g))
    print("main returns")


asyncio.run(main())
print("done")
