# wait() refuses an empty set, a bad return_when, and (in 3.11) bare
# coroutines: "Passing coroutines is forbidden, use tasks explicitly."
import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    print(await t)


asyncio.run(main())
