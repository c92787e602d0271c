# Conformance: modules next to the program (sys.path[0]) in every import form: `import m`,
# `import m as alias`, `from m import name`, `from m import *`-free repeats, a module that runs
# once however often it is imported, its globals shared by every importer, sys.modules.
import sys

print("before import")
import _counter
import _counter as again
from _counter import bump
from _greeting import GREETING

print(again is _counter, bump is _counter.bump, GREETING)
print(bump(), bump(), _counter.count, again.count)
import _counter

print(_counter.count, "_counter" in sys.modules, sys.modules["_greeting"].GREETING)
try:
    from _counter import missing
except ImportError as exc:
    print("ImportError:", exc.name, str(exc).split(" (")[0])
try:
    import _no_such_sibling
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc.name, exc)
