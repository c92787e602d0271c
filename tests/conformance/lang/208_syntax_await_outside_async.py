# Conformance (bad input): await inside a plain def gives "SyntaxError: 'await' outside async
# function", before anything runs.
print("never printed")


async def fetch():
    return 42


def main():
    value = await fetch()
    print(value)


main()
