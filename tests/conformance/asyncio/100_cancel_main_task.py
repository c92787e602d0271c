# Cancelling asyncio.run's main task from a callback: asyncio.run raises
# CancelledError, which main can observe first.
import asyncio


async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.3, me.cancel)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled at the sleep")
        raise


try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("asyncio.run raised", type(e).__name__, e.args)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
