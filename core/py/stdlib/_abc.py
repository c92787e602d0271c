# loopstep-module: _abc
# loopstep-file: /usr/lib/python3.11/_abc.py
# loopstep-hidden-frames: CPython implements ABCMeta's checks in C (_abc) and refuses abstract classes in object.__new__
"""The machinery of abstract base classes. CPython puts it in the metaclass ABCMeta (with its
C helpers in _abc); loopstep has no metaclasses, so the base class ABC carries it: its
__init_subclass__ computes __abstractmethods__ and gives every subclass its own registry and
caches, its __new__ refuses abstract classes with CPython's message, and the interpreter calls
its __instancecheck__/__subclasscheck__ class methods for isinstance() and issubclass() on
classes derived from it (see _loopstep.set_abc_root)."""

import _loopstep

_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC.
    """
    return _abc_invalidation_counter


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    base = cls.__base__
    for name in getattr(base, "__abstractmethods__", ()):
        if _is_abstract(getattr(cls, name, None)):
            abstracts.add(name)
    return frozenset(abstracts)


def _init_state(cls):
    cls._abc_registry = []
    cls._abc_subclasses = []
    cls._abc_cache = set()
    cls._abc_negative_cache = set()
    cls._abc_negative_cache_version = _abc_invalidation_counter


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __module__ = "abc"
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        _init_state(cls)
        base = cls.__base__
        if "_abc_subclasses" in base.__dict__:
            base._abc_subclasses.append(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter and
                    subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    @classmethod
    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    @classmethod
    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry = []

    @classmethod
    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


ABC.__abstractmethods__ = frozenset()
_init_state(ABC)
_loopstep.set_abc_root(ABC)
