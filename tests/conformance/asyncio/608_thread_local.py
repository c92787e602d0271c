# loopstep: no-trace
# threading.local: each thread sees its own attributes; a subclass's __init__
# runs again in every thread that touches the object; attributes set in the
# main thread stay invisible to the workers.
import threading


class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        print(f"init in {threading.current_thread().name}")

    def bump(self):
        self.value += 1
        return self.value


data = threading.local()
data.name = "main"
counter = Counter(10)


def worker():
    me = threading.current_thread().name
    print(me, "sees name:", getattr(data, "name", "<unset>"))
    data.name = me
    print(me, "bumps:", counter.bump(), counter.bump())
    print(me, "now has:", data.name, sorted(data.__dict__))


threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main still has:", data.name, counter.value)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.name
print(hasattr(data, "name"))
