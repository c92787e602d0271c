# get_event_loop() in the main thread with no loop set creates one and keeps
# returning it; after set_event_loop(None) it raises.
import asyncio

loop = asyncio.get_event_loop()
loop2 = asyncio.get_event_loop()
print("same loop:", loop is loop2)
print(loop)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print("after set_event_loop:", asyncio.get_event_loop() is new)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
loop.close()
new.close()
