# Conformance (bad input): an async comprehension inside a plain def gives "SyntaxError:
# asynchronous comprehension outside of an asynchronous function".
print("never printed")


async def numbers():
    yield 1


def collect():
    return [n async for n in numbers()]


print(collect())
