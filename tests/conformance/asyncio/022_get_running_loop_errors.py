# get_running_loop() outside a running loop raises "no running event loop";
# inside a coroutine or a callback it returns the loop that runs it.
import asyncio


def cb(loop):
    print("callback sees the same loop:", asyncio.get_running_loop() is loop)
    loop.stop()


async def main():
    loop = asyncio.get_running_loop()
    print("in main:", type(loop).__name__, loop.is_running())
    print("get_event_loop is get_running_loop:", asyncio.get_event_loop() is loop)
    return loop


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.run(main())
print("after run, closed:", loop.is_closed())
loop2 = asyncio.new_event_loop()
loop2.call_soon(cb, loop2)
loop2.run_forever()
loop2.close()
asyncio.get_running_loop()
