# Conformance: every augmented assignment operator, on ints, strs, lists (in place) and tuples (rebinding).
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n /= 4; print(n, type(n).__name__)
m = 0b1100
m &= 0b1010; print(m)
m |= 0b0001; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 1; print(m)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {"k": 1}
d["k"] += 41
print(d)
class Box:
    v = 1
b = Box()
b.v += 1
print(b.v, Box.v)
