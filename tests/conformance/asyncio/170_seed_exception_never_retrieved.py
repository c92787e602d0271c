import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())
# Seed 000 (전달되지 않은 예외 감지): the task's exception is never retrieved;
# asyncio logs "Task exception was never retrieved" with the traceback.
