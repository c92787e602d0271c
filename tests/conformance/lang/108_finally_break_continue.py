# Conformance: break and continue inside try/finally: finally always runs; break/continue in finally
# discard an in-flight exception (allowed in 3.11).
for i in range(3):
    try:
        if i == 1:
            print("break in try at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("---")
for i in range(3):
    try:
        if i < 2:
            continue
        print("body", i)
    finally:
        print("finally", i)
print("---")
for i in range(3):
    try:
        raise ValueError(f"error {i}")
    finally:
        print("finally discards", i)
        continue
print("loop completed: the exceptions were discarded by continue")
while True:
    try:
        raise KeyError("dropped")
    finally:
        print("break in finally")
        break
print("after while")
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("  gen finally", i)
for v in gen():
    if v == 1:
        break
print("done")
count = 0
while count < 3:
    count += 1
    try:
        try:
            if count == 2:
                continue
        finally:
            print("inner finally", count)
    finally:
        print("outer finally", count)
