# Conformance: break/continue inside nested loops, inside try/finally and with else clauses.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j == 2:
            break
        print(i, j)
    else:
        print("inner else", i)
print("---")
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("---")
i = 0
while i < 5:
    i += 1
    try:
        if i % 2 == 0:
            continue
    finally:
        print("cleanup", i)
    print("odd", i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = (row, v)
            break
    if found:
        break
print(found)
