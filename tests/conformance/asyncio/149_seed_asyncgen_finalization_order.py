# Seed 003 (Close asynchronous generators explicitly): breaking out of nested
# async for loops leaves both generators suspended; asyncio.run's
# shutdown_asyncgens finalizes cursor() before rows(), so the assert fails.
import asyncio
work_done = False

async def cursor():
    try:
        yield 1
    finally:
        assert work_done

async def rows():
    global work_done
    try:
        yield 2
    finally:
        await asyncio.sleep(0.1) # imitate some async work
        work_done = True


async def main():
    async for c in cursor():
        async for r in rows():
            break
        break

asyncio.run(main())
