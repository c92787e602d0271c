# Conformance: an uncaught ExceptionGroup prints CPython 3.11's boxed traceback form (the "| " and
# "+-+---------------- 1 ----------------" markers, nested groups), and exits with status 1.
def fetch(name):
    if name == "db":
        raise ConnectionError(f"cannot reach {name}")
    if name == "cache":
        raise TimeoutError(f"{name} timed out")
    return name


def gather_all(names):
    errors = []
    for name in names:
        try:
            fetch(name)
        except OSError as exc:
            errors.append(exc)
    nested = ExceptionGroup("config", [KeyError("missing key"), ValueError("bad port")])
    errors.append(nested)
    raise ExceptionGroup("startup failed", errors)


print("starting")
gather_all(["web", "db", "cache"])
