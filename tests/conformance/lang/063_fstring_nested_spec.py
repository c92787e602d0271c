# Conformance: nested replacement fields inside format specs (width, precision, fill, align, type).
value = 3.14159265
for width in (6, 10):
    for precision in (1, 3):
        print(f"[{value:{width}.{precision}f}]")
align, fill, width = "^", "*", 12
print(f"[{'centre':{fill}{align}{width}}]")
spec = ">10.2f"
print(f"[{value:{spec}}]")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
name_w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{name_w}} | {price:>{6}.{2}f} | {qty:>{3}d} | {price * qty:{'>'}{8},.2f}")
print(f"[{'x':{'<' if True else '>'}{2 + 3}}]")
print("[{:{}{}}]".format("ab", "^", 6), "[{0:{1}.{2}f}]".format(value, 9, 4))
print("[{val:{w}}]".format(val=7, w=4), "[{:{w}.{p}}]".format("truncate", w=6, p=3))
n = 42
for base in "bdox":
    print(f"{n:#{base}}", f"{n:>{8}{base}}")
print(format(value, f"{'+'}.{2}e"))
