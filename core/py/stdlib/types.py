# loopstep-module: types
# loopstep-file: /usr/lib/python3.11/types.py
"""types for loopstep: the names of the interpreter's built-in types, SimpleNamespace,
MappingProxyType, GenericAlias (what list[int] makes) and the coroutine() decorator, with
CPython 3.11's reprs and errors."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "TracebackType",
           "FrameType", "GetSetDescriptorType", "MemberDescriptorType", "new_class",
           "resolve_bases", "prepare_class", "DynamicClassAttribute", "coroutine",
           "GenericAlias", "UnionType", "EllipsisType", "NoneType", "NotImplementedType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(sys._getframe())

del _f, _g, _c, _ag, _C


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
    """

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if getattr(type(a), "_is_type_var", False) and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            many = "many" if len(items) > len(self.__parameters__) else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(items)}, "
                            f"expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, items))

        def sub(a):
            if getattr(type(a), "_is_type_var", False):
                return subst.get(a, a)
            params = getattr(a, "__parameters__", ()) if not isinstance(a, type) else ()
            if params:
                return a[tuple(subst.get(p, p) for p in params)]
            return a
        return GenericAlias(self.__origin__, tuple(sub(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        if other is None or isinstance(other, (type, GenericAlias, UnionType)):
            return UnionType(self, other)
        return NotImplemented

    def __ror__(self, other):
        if other is None or isinstance(other, (type, GenericAlias, UnionType)):
            return UnionType(other, self)
        return NotImplemented

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str"""

    __module__ = "types"

    def __new__(cls, *operands):
        args = []
        for a in operands:
            for b in (a.__args__ if isinstance(a, UnionType) else (a,)):
                b = NoneType if b is None else b
                if b not in args:
                    args.append(b)
        if len(args) == 1:
            return args[0]
        self = object.__new__(cls)
        self.__args__ = tuple(args)
        return self

    @property
    def __parameters__(self):
        params = []
        for a in self.__args__:
            for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        if other is None or isinstance(other, (type, GenericAlias, UnionType)):
            return UnionType(self, other)
        return NotImplemented

    def __ror__(self, other):
        if other is None or isinstance(other, (type, GenericAlias, UnionType)):
            return UnionType(other, self)
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    __module__ = "types"

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


class MappingProxyType:
    """A read-only view of a mapping."""

    __module__ = "builtins"
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or \
                isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not "
                            f"{type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    if kwds and "metaclass" in kwds:
        raise TypeError("metaclasses are not supported by loopstep")
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, resolve_bases(bases), ns)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = []
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            new_bases.extend(base.__mro_entries__(bases))
        else:
            new_bases.append(base)
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    return type, {}, dict(kwds or {})


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__."""


class _GeneratorWrapper:
    """What coroutine() returns for a generator: awaitable, and a generator otherwise."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x180:
        # Already a coroutine function (or an iterable coroutine).
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    return wrapped

