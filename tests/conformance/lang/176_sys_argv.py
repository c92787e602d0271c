# Conformance: sys.argv holds the script name (compared by its last path component, so the harness's
# directory does not matter) and no further arguments.
import sys

print(type(sys.argv).__name__, len(sys.argv))
script = sys.argv[0].replace("\\", "/").split("/")[-1]
print("script name:", script)
print("ends with .py:", script.endswith(".py"))
print("arguments:", sys.argv[1:])
args = sys.argv[1:] or ["default-arg"]
for i, arg in enumerate(args, 1):
    print(f"arg {i}: {arg}")
sys.argv.append("added")
print(sys.argv[1:], len(sys.argv))
