# Runner(debug=True); run() refuses non-coroutines and nesting inside a
# running loop.
import asyncio


async def show():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("nested asyncio.run:", e)
    inner.close()


with asyncio.Runner(debug=True) as runner:
    runner.run(show())
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
