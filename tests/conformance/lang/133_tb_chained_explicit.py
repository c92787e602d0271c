# Conformance: raise ... from exc prints the cause first, then "The above exception was the direct
# cause of the following exception:", then the new exception's traceback.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"port must be a number, got {text!r}") from exc


def configure(raw):
    port = parse_port(raw["port"])
    return {"port": port}


print(configure({"port": "8080"}))
configure({"port": "http"})
