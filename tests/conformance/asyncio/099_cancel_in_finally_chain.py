# CancelledError propagates through nested coroutines: every finally runs,
# innermost first, and the caller sees the chain end.
import asyncio


async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.1)
    print(t)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled")


asyncio.run(main())
