# Uncaught exceptions print CPython's traceback, with both kinds of chaining.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e


def load(values):
    try:
        return [parse(v) for v in values]
    except ConfigError:
        print("load failed, cleaning up")
        cleanup = {}
        return cleanup["missing"]


print(load(["1", "2"]))
load(["3", "x"])
