# Conformance: while loops, the else clause runs only when the loop ends without break.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while-else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("never printed")
n = 10
while n < 3:
    print("never")
else:
    print("else runs even with zero iterations")
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
total, k = 0, 0
while k < 10:
    k += 1
    if k % 2:
        continue
    total += k
print("even total", total)
