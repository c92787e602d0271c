# Conformance: an uncaught exception raised while handling another prints both tracebacks joined by
# "During handling of the above exception, another exception occurred:".
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        fallback = settings["defaults"][key]
        return fallback


settings = {"defaults": {"colour": "blue"}, "size": 3}
print(load(settings, "size"), load(settings, "colour"))
print(load(settings, "font"))
