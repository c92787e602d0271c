# Conformance: functools.partial: fixed positional and keyword arguments, overriding keywords,
# attributes func/args/keywords, nesting, and its repr.
import functools

def power(base, exponent, *, modulo=None):
    result = base ** exponent
    return result % modulo if modulo else result
square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
two_to = functools.partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, modulo=7))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(3, exponent=4))
mod_square = functools.partial(square, modulo=10)
print(mod_square(7), mod_square.func is power, mod_square.keywords)
print(repr(two_to).startswith("functools.partial(<function power at 0x"), repr(two_to).endswith(", 2)"))
print(repr(functools.partial(max, 1, key=abs)))
hex_int = functools.partial(int, base=16)
print(hex_int("ff"), hex_int("10"), list(map(hex_int, ["a", "b"])))
join_dash = functools.partial("-".join)
print(join_dash(["a", "b"]))
try:
    square()
except TypeError as exc:
    print("TypeError:", exc)
try:
    functools.partial(5)
except TypeError as exc:
    print("TypeError:", exc)
print(callable(square), type(square).__name__)
