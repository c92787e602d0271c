# loopstep-module: abc
# loopstep-file: /usr/lib/python3.11/abc.py
"""Abstract Base Classes (ABCs) according to PEP 3119, for loopstep.

loopstep has no metaclasses: derive from ABC (not metaclass=ABCMeta) to get abstract methods
enforced ("Can't instantiate abstract class X with abstract method y"), register(), and
isinstance()/issubclass() through __subclasshook__ and the registry, as in CPython."""

from _abc import ABC, get_cache_token, _compute_abstracts


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the class derives from ABC. A class that has abstract methods
    cannot be instantiated unless all of its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead.
    """

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    loopstep has no metaclasses: `class C(metaclass=ABCMeta)` is refused when the program is
    compiled; derive from ABC instead, which behaves the same.
    """


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls
