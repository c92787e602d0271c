# In a thread other than the main thread get_event_loop() does not create a
# loop: it raises RuntimeError naming the thread.
import asyncio
import threading


def worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("worker:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("worker after set_event_loop:", asyncio.get_event_loop() is loop)
    print("worker result:", loop.run_until_complete(asyncio.sleep(0.1, "slept")))
    loop.close()


t = threading.Thread(target=worker, name="Worker-A")
t.start()
t.join()
print("main thread:", threading.current_thread().name)
