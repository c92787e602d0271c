# Seed 001 (gathre) exactly as written, typos included: "asnc def my
# Coroutine(i)" is a syntax error, reported before anything runs.
import asyncio

asnc def my Coroutine(i):
    print("My Coroutine {}".format(i))

loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(asyncio.gather(myCotoutine(1), myCotoutine(2)))
finally:
    loop.close()
