# Seed 003 (Close asynchronous generators explicitly): the fix. aclosing()
# closes each generator when its block ends, innermost first, so rows() has
# finished its work before cursor()'s assert runs.
import asyncio
import contextlib
work_done = False

async def cursor():
    try:
        yield 1
    finally:
        assert work_done
        print("cursor closed, work_done =", work_done)

async def rows():
    global work_done
    try:
        yield 2
    finally:
        await asyncio.sleep(0.1) # imitate some async work
        work_done = True
        print("rows closed")


async def main():
    async with contextlib.aclosing(cursor()) as cursor_gen:
        async for c in cursor_gen:
            async with contextlib.aclosing(rows()) as rows_gen:
                async for r in rows_gen:
                    break
            break

asyncio.run(main())
print("no assertion error")
