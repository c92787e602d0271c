# Seed 003 (Close asynchronous generators explicitly, first example): leave an
# async for early inside contextlib.aclosing so the generator is closed at
# once, not at loop shutdown.
import asyncio
import contextlib

async def gen():
  try:
    yield 1
    yield 2
  finally:
    print("gen closed while func is still running")

async def func():
  async with contextlib.aclosing(gen()) as g:
    async for x in g:
      print("got", x)
      break  # Don't iterate until the end
  print("after the async with")

asyncio.run(func())
