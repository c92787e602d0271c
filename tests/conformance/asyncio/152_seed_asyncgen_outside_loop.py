# Seed 003 (Create asynchronous generators only when the event loop is
# running): the generator object is created before the runner's loop
# installed its hooks; deleting it unfinished runs its finally outside any
# loop, and the await there makes it ignore GeneratorExit.
import asyncio

async def agenfn():
    try:
        yield 10
    finally:
        await asyncio.sleep(0)


with asyncio.Runner() as runner:
    agen = agenfn()
    print(runner.run(anext(agen)))
    del agen
