# loopstep-module: _threading_local
# loopstep-file: /usr/lib/python3.11/_threading_local.py
"""Thread-local objects, for loopstep: threading.local.

An instance keeps one attribute dictionary per thread, keyed by the thread's ident; every
attribute access reads or writes the running thread's dictionary. A thread's first access runs
the subclass's __init__ again with the arguments given at creation, as CPython does. Attribute
lookup is object.__getattribute__'s order (data descriptors of the class, then the instance's
dictionary, then the class), done here by hand because the dictionary is not the instance's own.
A finished thread's dictionary stays until the object goes: the simulated threads' idents are
never reused, so no later thread can see it.
"""

from threading import get_ident

__all__ = ["local"]

_MISSING = object()


def _data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            kind = type(attr)
            if hasattr(kind, '__set__') or hasattr(kind, '__delete__'):
                return attr
            return _MISSING
    return _MISSING


class local:
    """Thread-local data: attributes set in one thread are not seen by the others."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kw = object.__getattribute__(self, '_local__args')
                cls.__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__dict(self)
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        desc = _data_descriptor(type(self), name)
        if desc is _MISSING and name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self).__module__ != '_thread':
                raise
        # threading.local itself is CPython's C type _thread._local, named so in the message.
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        desc = _data_descriptor(type(self), name)
        if desc is not _MISSING:
            desc.__set__(self, value)
            return
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        desc = _data_descriptor(type(self), name)
        if desc is not _MISSING:
            desc.__delete__(self)
            return
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'")
        del d[name]
