# Seed 001 (run_forever) in 3.11 form: async def and ensure_future instead of
# @asyncio.coroutine and asyncio.async. Instead of waiting for Ctrl-C, the
# loop is stopped at t=3.5, and the two pending tasks are cancelled and
# awaited before close() so that none is destroyed while pending.
import asyncio


async def hello_world():
    await asyncio.sleep(1)
    print('Hello World')
    asyncio.ensure_future(hello_world())


async def good_evening():
    await asyncio.sleep(1)
    print('Good Evening')
    asyncio.ensure_future(good_evening())


print('step: asyncio.get_event_loop()')
loop = asyncio.get_event_loop()
try:
    print('step: loop.run_until_complete()')
    asyncio.ensure_future(hello_world())
    asyncio.ensure_future(good_evening())
    loop.call_later(3.5, loop.stop)
    loop.run_forever()
except KeyboardInterrupt:
    pass
finally:
    pending = sorted(asyncio.all_tasks(loop), key=lambda t: t.get_name())
    print('step: cancel', [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    print('step: loop.close()')
    loop.close()
