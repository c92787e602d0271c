# Seed 003 (Create asynchronous generators only when the event loop is
# running): the fix. Created inside main, the generator is registered with the
# loop; dropping it schedules create_task(aclose()) on the loop: no error.
# main returns at once, so asyncio.run cancels that aclose task before its
# first step and the finally's print never appears.
import asyncio

async def agenfn():
    try:
        yield 10
    finally:
        await asyncio.sleep(0)
        print("agenfn finalized on the loop")

async def main():
    agen = agenfn()
    print(await anext(agen))
    del agen

asyncio.run(main())
