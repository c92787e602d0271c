# Conformance: functools (partial of partial, keywords, repr; reduce with an initial value and
# its empty-sequence error; wraps copying __name__/__doc__/__wrapped__; lru_cache and
# cache_info; total_ordering) and itertools (count with a step, islice with start/stop/step,
# chain.from_iterable, cycle, accumulate, groupby, product, permutations, zip_longest, tee).
import functools
import itertools


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(functools.partial(power, mod=7), exp=3)
print(square(5), cube_mod(4), square.func is power, square.keywords, cube_mod.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], "init"))
try:
    functools.reduce(max, [])
except TypeError as exc:
    print("TypeError:", exc)


def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@logged
def greet(name):
    """Say hello."""
    return "hi " + name


print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


print(Money(5) >= Money(3), Money(2) > Money(9), Money(4) <= Money(4))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefgh", 1, 7, 2)))
print(list(itertools.chain.from_iterable(["ab", [1, 2], ()])), list(itertools.islice(itertools.cycle("xy"), 5)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbcd")])
print(list(itertools.product("ab", range(2))), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.combinations("abcd", 3)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.repeat("z", 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
