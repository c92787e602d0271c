# Conformance: an uncaught ModuleNotFoundError for a module that does not exist ends the program.
# (loopstep's sandbox reports blocked real modules the same way; this program uses a name that
# exists nowhere, so CPython and loopstep agree on the module being missing.)
import sys

print("before the import")
sys.stdout.flush()


def load_plugins():
    print("loading plugins")
    import no_such_module_xyz
    return no_such_module_xyz


load_plugins()
print("unreachable")
