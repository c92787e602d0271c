# Seed 004 (Chapter 3): what asyncio.run() does, by hand: get_event_loop,
# create_task(f()), run_in_executor(None, blocking), run_until_complete(task),
# then cancel what is pending, gather it, close. The seed's long explanatory
# docstrings are removed (one was indented and would be an IndentationError).
import asyncio
import time

async def f():
    print(f'{time.ctime()} hello')
    await asyncio.sleep(3)
    print(f'{time.ctime()} good bye')

def blocking():
    time.sleep(5)
    print(f'{time.ctime()} hello from a thread')

loop = asyncio.get_event_loop()
task = loop.create_task(f())
loop.run_in_executor(None, blocking)
loop.run_until_complete(task)
pending = asyncio.all_tasks(loop=loop)
for task in pending:
    task.cancel()
group = asyncio.gather(*pending, return_exceptions = True)
loop.run_until_complete(group)
loop.close()
