import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main(), debug=True)
# Seed 000 (전달되지 않은 예외 감지), debug mode: the log adds where the task was
# created ("created at" and the source_traceback).
