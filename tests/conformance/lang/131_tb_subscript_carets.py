# Conformance: 3.11 carets for a failing subscript in a chain: ~~~~ under the value, ^^^^ under the
# index that failed.
config = {
    "server": {"host": "localhost", "ports": [8080, 8081]},
    "client": {"retries": 3},
}
print(config["server"]["ports"][1])
print(config["client"]["retries"])
try:
    config["server"]["ports"][5]
except IndexError as exc:
    print("caught:", exc)
timeout = config["client"]["timeout"]
print("unreachable", timeout)
