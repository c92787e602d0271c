# loopstep: no-trace
# An exception escaping a thread's target is reported by threading.excepthook
# ("Exception in thread NAME:" and the traceback through threading.py), the
# thread ends and the program goes on; then a custom hook gets the
# ExceptHookArgs; SystemExit in a thread is silent.
import sys
import threading


def worker(items):
    return items[3]


class Failing(threading.Thread):
    def run(self):
        raise ValueError(f"{self.name} gave up")


t = threading.Thread(target=worker, args=([1, 2],))
t.start()
t.join()
print("after the failed thread: alive =", t.is_alive())

f = Failing(name="failing")
f.start()
f.join()


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)


threading.excepthook = hook
t = threading.Thread(target=worker, args=([],), name="hooked")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print("excepthook restored:", threading.excepthook is threading.__excepthook__)
threading.Thread(target=worker, args=("ab",), name="last").start()
print("main ends")
