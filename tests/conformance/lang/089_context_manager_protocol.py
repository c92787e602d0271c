# Conformance: __enter__/__exit__ ordering with nested managers, exceptions and suppression.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress
with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("inner problem")
    log.append("after inner")
print(log)
log.clear()
try:
    with CM("a") as a, CM("b") as b:
        log.append(f"body {a.name}{b.name}")
        raise KeyError("k")
except KeyError:
    log.append("caught KeyError")
print(log)
log.clear()
def gen_manager_use():
    with CM("in-func"):
        return "returned"
print(gen_manager_use(), log)
class Timer:
    def __enter__(self):
        self.entered = True
        return "the as value is what __enter__ returns"
    def __exit__(self, *exc_info):
        print("exit args:", exc_info)
t = Timer()
with t as value:
    print(value)
print(t.entered)
