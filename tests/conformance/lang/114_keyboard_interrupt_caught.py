# Conformance: KeyboardInterrupt is a BaseException: except Exception does not catch it, bare except
# and except BaseException do, finally blocks run while it propagates.
def work():
    try:
        print("  working")
        raise KeyboardInterrupt
    finally:
        print("  cleanup in finally")
try:
    try:
        work()
    except Exception:
        print("not printed: KeyboardInterrupt is not an Exception")
except KeyboardInterrupt as exc:
    print("caught KeyboardInterrupt:", repr(exc), "str:", repr(str(exc)))
try:
    raise KeyboardInterrupt("with a message")
except BaseException as exc:
    print("BaseException handler:", type(exc).__name__, exc.args)
try:
    raise KeyboardInterrupt
except:
    print("bare except catches it too")
def loop_until_interrupt():
    count = 0
    try:
        while True:
            count += 1
            if count == 5:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("interrupted after", count, "iterations")
        return count
print(loop_until_interrupt())
def gen():
    try:
        yield 1
    except KeyboardInterrupt:
        print("  generator saw KeyboardInterrupt")
        yield "recovered"
g = gen()
next(g)
print(g.throw(KeyboardInterrupt))
