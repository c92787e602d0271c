# asend() sends a value in, athrow() raises at the yield, aclose() throws
# GeneratorExit; each is an awaitable that runs the generator one step.
import asyncio


async def echo():
    received = None
    try:
        while True:
            try:
                received = yield f"echo {received}"
            except ValueError as e:
                received = f"handled {e}"
    finally:
        print("echo finalized")


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("oops")))
    print(await g.asend("again"))
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.asend("after close")
    except StopAsyncIteration:
        print("StopAsyncIteration after close")


asyncio.run(main())
