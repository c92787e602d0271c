# Seed 001 (큐) in 3.11 form: newsProducer puts random article ids (seeded) and
# sleeps; newsConsumer prints them. run_forever is stopped after 5 articles
# instead of waiting for Ctrl-C.
import asyncio
import random

random.seed(2020)


async def newsProducer(myQueue):
    while True:
        await myQueue.put(random.randint(1, 5))
        await asyncio.sleep(1)


async def newsConsumer(myQueue, loop):
    for _ in range(5):
        articleId = await myQueue.get()
        print("News Reader Consumed News Article {}", articleId, f"at {loop.time():.3f}")
    loop.stop()


myQueue = asyncio.Queue()

loop = asyncio.new_event_loop()

producer = loop.create_task(newsProducer(myQueue))
loop.create_task(newsConsumer(myQueue, loop))

try:
    loop.run_forever()
finally:
    producer.cancel()
    loop.run_until_complete(asyncio.gather(producer, return_exceptions=True))
    loop.close()
