# Conformance: __iter__/__next__: user iterators in for, list(), unpacking, and exhaustion behaviour.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.current <= 0:
            print("  StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print("got", n)
c = Countdown(2)
print(list(c), list(c))
a, b, c3 = Countdown(3)
print(a, b, c3)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r = Range2(3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), 2 in r)
it = iter(r)
print(next(it), next(it), next(it), next(it, "exhausted"))
class NotIterator:
    def __iter__(self):
        return 42
try:
    iter(NotIterator())
except TypeError as exc:
    print("TypeError:", exc)
try:
    next([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
try:
    for x in 3.5:
        pass
except TypeError as exc:
    print("TypeError:", exc)
