# Conformance: sys.exit("message") prints the message to stderr and exits with status 1.
import sys

print("checking configuration")
settings = {"port": "eighty"}
if not settings["port"].isdigit():
    sys.exit(f"error: port must be a number, got {settings['port']!r}")
print("unreachable")
# The lines below never run; they keep the program a realistic size.
for key, value in settings.items():
    print(key, value)
