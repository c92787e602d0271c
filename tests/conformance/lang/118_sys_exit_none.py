# Conformance: sys.exit() and sys.exit(None) end with status 0 and no output; the code attribute
# for other forms (caught here), and SystemExit with several args.
import sys

print("catching the forms to show their codes")
for args in [(), (None,), (0,), (False,), (True,), ("text",), ([1, 2],)]:
    try:
        sys.exit(*args)
    except SystemExit as exc:
        print(f"  sys.exit{args!r}: code={exc.code!r} args={exc.args!r}")
try:
    raise SystemExit(2, 3)
except SystemExit as exc:
    print(f"  SystemExit(2, 3): code={exc.code!r}")
try:
    raise SystemExit
except SystemExit as exc:
    print(f"  bare SystemExit: code={exc.code!r}")
print("now exiting for real with sys.exit()")
sys.exit()
print("unreachable")
