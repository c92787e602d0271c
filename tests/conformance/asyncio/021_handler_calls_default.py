# A custom handler that adds a note and delegates to
# loop.default_exception_handler.
import asyncio


def handler(loop, context):
    print("custom handler saw:", context["message"])
    context = dict(context)
    context["note"] = "added by handler"
    loop.default_exception_handler(context)


async def fail():
    raise ValueError("task failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0.1)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    await asyncio.sleep(0.1)
    print("end of main")


asyncio.run(main())
