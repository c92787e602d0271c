# Conformance: a traceback through a generator pipeline: the generator frames appear where the
# generator was resumed (next() / a for loop / yield from).
def read_numbers(texts):
    for t in texts:
        yield int(t)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


def delegate(texts):
    yield from running_total(read_numbers(texts))


print(list(delegate(["1", "2", "3"])))
gen = delegate(["4", "five", "6"])
print(next(gen))
print(next(gen))
