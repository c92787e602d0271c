# Conformance: raise ... from None hides the context in the uncaught traceback: only the last
# exception is printed.
class MissingSetting(Exception):
    pass


def get(settings, name):
    try:
        return settings[name]
    except KeyError:
        raise MissingSetting(f"setting {name!r} is required") from None


settings = {"debug": False}
print(get(settings, "debug"))
get(settings, "secret_key")
