# Conformance: a traceback through coroutines (driven by hand with send(), no event loop): the
# coroutine frames appear like function frames, awaited from one another.
class Pause:
    def __await__(self):
        yield "paused"


async def fetch(url):
    await Pause()
    if not url.startswith("http"):
        raise ValueError(f"unsupported url {url!r}")
    return len(url)


async def fetch_all(urls):
    sizes = []
    for url in urls:
        sizes.append(await fetch(url))
    return sizes


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(fetch_all(["http://a", "https://bb"])))
print(run(fetch_all(["http://a", "ftp://c"])))
