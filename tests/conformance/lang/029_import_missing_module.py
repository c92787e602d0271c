# Conformance: importing a module that does not exist raises ModuleNotFoundError (a subclass of ImportError).
try:
    import no_such_module_xyz
except ModuleNotFoundError as exc:
    print("caught:", type(exc).__name__, exc)
    print("name attribute:", exc.name)
    print("is ImportError:", isinstance(exc, ImportError))
try:
    from no_such_module_xyz import thing
except ImportError as exc:
    print("from-import:", type(exc).__name__, exc)
try:
    import no_such_module_xyz.sub
except ImportError as exc:
    print("dotted:", type(exc).__name__, exc)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
def loader():
    import another_missing_module_abc
try:
    loader()
except ModuleNotFoundError as exc:
    print("from a function:", exc, exc.name)
