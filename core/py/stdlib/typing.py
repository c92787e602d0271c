# loopstep-module: typing
# loopstep-file: /usr/lib/python3.11/typing.py
"""The typing module for loopstep: the names programs use in annotations, with CPython 3.11's
reprs (typing.List[int], typing.Optional[str], ~T), subscription, get_origin / get_args,
isinstance() on unsubscripted aliases, Generic and Protocol bases (runtime_checkable),
NamedTuple and TypedDict class syntax, NewType, TypeVar, overload, cast, get_type_hints.

loopstep has no metaclasses and classes have one base: Protocol derives from abc.ABC (for
isinstance() through runtime_checkable protocols), NamedTuple classes derive from a
NamedTuple base (itself a tuple), TypedDict classes from a TypedDict base (a dict); the
results of calling them and their reprs are CPython's."""

import sys
import types
import functools
import collections
import collections.abc
import contextlib
from abc import ABC, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'AnyStr', 'assert_never', 'assert_type', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """The repr of an object as it shows inside typing's reprs: classes by qualified name
    (builtins without their module), ... as '...', functions by name."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None in an annotation means type(None); strings are forward references."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if (callable(arg) or arg is ... or isinstance(arg, (_Final, types.UnionType)) or
            hasattr(arg, '__origin__')):
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        elif not isinstance(t, type):
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subs(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subs(a, subst) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_subs(a, subst) for a in arg)
    params = getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ()
    if params:
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _Final:
    """Mixin to prohibit subclassing."""

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    """A typing construct that is an instance, not a class: Any, Union, Optional, ..."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyType(_SpecialForm, _root=True):
    def __call__(self, *args, **kwargs):
        raise TypeError("Any cannot be instantiated")

    def __mro_entries__(self, bases):
        return (object,)


Any = _AnyType('Any', """Special type indicating an unconstrained type.""")


def _plain_form(name, doc):
    return _SpecialForm(name, doc)


NoReturn = _plain_form('NoReturn', "Special type indicating functions that never return.")
Never = _plain_form('Never', "The bottom type, a type that has no members.")
Self = _plain_form('Self', "Used to spell the type of \"self\" in classes.")
LiteralString = _plain_form('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _plain_form('TypeAlias', "Special form for marking type aliases.")


def _one_type_form(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm('ClassVar', "Special type construct to mark class variables.",
                        _one_type_form)
Final = _SpecialForm('Final', "Special typing construct to indicate final names to type "
                     "checkers.", _one_type_form)
TypeGuard = _SpecialForm('TypeGuard', "Special typing form used to annotate the return type "
                         "of a user-defined type guard function.", _one_type_form)
Required = _SpecialForm('Required', "A special typing construct to mark a key of a total=False "
                        "TypedDict as required.", _one_type_form)
NotRequired = _SpecialForm('NotRequired', "A special typing construct to mark a key of a "
                           "TypedDict as potentially missing.", _one_type_form)
Unpack = _SpecialForm('Unpack', "Type unpack operator.", _one_type_form)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    args = []
    for p in parameters:
        p = _type_check(p, msg)
        for q in (p.__args__ if isinstance(p, (_UnionGenericAlias, types.UnionType)) else (p,)):
            if q not in args:
                args.append(q)
    if len(args) == 1:
        return args[0]
    if len(args) == 2 and _NoneType in args:
        return _UnionGenericAlias(self, tuple(args), name="Optional")
    return _UnionGenericAlias(self, tuple(args))


Union = _SpecialForm('Union', """Union type; Union[X, Y] means either X or Y.""",
                     _union_getitem)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


Optional = _SpecialForm('Optional', """Optional type: Optional[X] is equivalent to
Union[X, None].""", _optional_getitem)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        for q in (p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)):
            if not any(type(q) is type(v) and q == v for v in values):
                values.append(q)
    return _LiteralGenericAlias(self, tuple(values))


Literal = _SpecialForm('Literal', """Special typing form to define literal types (a.k.a.
value types).""", _literal_getitem)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm('Concatenate', """Used in conjunction with ParamSpec and
Callable to represent a higher order function which adds, removes or transforms
parameters of a callable.""", _concatenate_getitem)


class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


class _TypeVarLike(_Final, _root=True):
    _is_type_var = True

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__covariant__', False):
            prefix = '+'
        elif getattr(self, '__contravariant__', False):
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


class TypeVar(_TypeVarLike, _root=True):
    """Type variable.

    Usage::

      T = TypeVar('T')  # Can be anything
      A = TypeVar('A', str, bytes)  # Must be str or bytes
    """

    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple."""

    __module__ = 'typing'
    _is_type_var = True

    def __init__(self, name):
        self.__name__ = name
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """The args for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    """The kwargs for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike, _root=True):
    """Parameter specification variable."""

    __module__ = 'typing'

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: typing.List[int], Stack[int], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')) and attr != '_name':
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments "
                            f"for {self}; actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_subs(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name=name)

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_Final, _root=True):
    """An unsubscripted alias of a class: typing.List, typing.Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name if name is not None else origin.__name__
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}'

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, (*params, _TypingEllipsis), name="Tuple",
                                 inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*args, result)
        elif args is ...:
            params = (..., result)
        else:
            params = (args, result)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc

Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


class Annotated:
    """Add context specific metadata to a type.

    Example: Annotated[int, runtime_check.Unsigned] indicates to the
    hypothetical runtime_check module that this type is an unsigned int.
    """

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                            f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params, name=cls.__name__)
    expected = cls.__dict__.get('__parameters__', ())
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    if len(params) != len(expected):
        raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments "
                        f"for {cls}; actual {len(params)}, expected {len(expected)}")
    return _GenericAlias(cls, params)


def _generic_init_subclass(cls):
    tvars = []
    orig_bases = cls.__dict__.get('__orig_bases__')
    if orig_bases is not None:
        gvars = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
        tvars = list(_collect_parameters(orig_bases))
        if gvars is not None:
            tvars = list(gvars)
    else:
        tvars = list(getattr(cls.__base__, '__parameters__', ()))
    cls.__parameters__ = tuple(tvars)


class Generic:
    """Abstract base class for generic types.

    A generic type is typically declared by inheriting from
    this class parameterized with one or more type variables.
    For example, a generic mapping type might be defined as::

      class Mapping(Generic[KT, VT]):
          def __getitem__(self, key: KT) -> VT:
              ...
          # Etc.
    """

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _generic_init_subclass(cls)


_PROTO_EXCLUDED = {
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_is_protocol', '_is_runtime_protocol', '__parameters__',
    '__orig_bases__', '__qualname__', '__init_subclass__', '__instancecheck__',
    '__subclasscheck__', '__match_args__', '__orig_class__',
}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base in (Protocol, Generic, ABC):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class Protocol(ABC):
    """Base class for protocol classes.

    Protocol classes are defined as::

        class Proto(Protocol):
            def meth(self) -> int:
                ...

    Such classes are primarily used with static type checkers that recognize
    structural subtyping (static duck-typing). Protocols marked with
    @typing.runtime_checkable also answer isinstance() structurally.
    """

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _generic_init_subclass(cls)
        # Only a class naming Protocol as its base is a protocol; its subclasses implement it.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = cls.__base__ is Protocol
        if '_is_runtime_protocol' not in cls.__dict__:
            cls._is_runtime_protocol = False

    def __new__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)

    @classmethod
    def __instancecheck__(cls, instance):
        if cls._is_protocol and not cls._is_runtime_protocol:
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not cls._is_protocol or _is_callable_members_only(cls)) and
                issubclass(type(instance), cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return ABC.__dict__['__instancecheck__'].__func__(cls, instance)

    @classmethod
    def __subclasshook__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not cls._is_runtime_protocol:
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not _is_callable_members_only(cls):
            raise TypeError("Protocols with non-method members"
                            " don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in _get_protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return NotImplemented
                    break
                annotations = base.__dict__.get('__annotations__', {})
                if isinstance(annotations, collections.abc.Mapping) and attr in annotations \
                        and issubclass(other, Generic) and other._is_protocol:
                    break
            else:
                return NotImplemented
        return True


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol.

    Such protocol can be used with isinstance() and issubclass().
    Raise TypeError if applied to a non-protocol class.
    """
    if not (isinstance(cls, type) and issubclass(cls, Protocol)) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _protocol(name, method):
    ns = {'__slots__': (), method: abstractmethod(lambda self: None), '__module__': 'typing'}
    return runtime_checkable(type(name, (Protocol,), ns))


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsIndex = _protocol('SupportsIndex', '__index__')
SupportsAbs = _protocol('SupportsAbs', '__abs__')
SupportsRound = _protocol('SupportsRound', '__round__')


def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged.  To the type checker this
    signals that the return value has the designated type, but at
    runtime we intentionally don't check anything (we want this
    to be as fast as possible).
    """
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type.

    At runtime this does nothing: it returns the first argument unchanged.
    """
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable.

    At runtime it prints the runtime type of the argument to stderr and returns it.
    """
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods.

    The overloads are only for the type checker; the last, undecorated definition is the
    implementation. get_overloads() returns the decorated ones.
    """
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes.

    The decorator sets __final__ = True on the decorated object when it can.
    """
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks a function, class, or metaclass as providing
    dataclass-like behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead.

    NewType(name, tp) is considered a subtype of tp by static type checkers.
    At runtime, NewType(name, tp) returns a dummy callable that simply returns
    its argument.
    """

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{superclass_name} = NewType({superclass_name!r}, "
                        f"{superclass_name})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]



_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__doc__', '__orig_bases__'})
_NAMEDTUPLE_COPIED = ('__new__', '_make', '_replace', '__repr__', '_asdict',
                      '__getnewargs__', '_fields', '_field_defaults', '__match_args__')


def _make_nmtuple(name, types_list, module, defaults=()):
    fields = [n for n, t in types_list]
    annotations = {n: _type_check(t, "field annotation must be a type") for n, t in types_list}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


class NamedTuple(tuple):
    """Typed version of namedtuple.

    Usage::

        class Employee(NamedTuple):
            name: str
            id: int

    This is equivalent to::

        Employee = collections.namedtuple('Employee', ['name', 'id'])

    The resulting class has an extra __annotations__ attribute, giving a
    dict that maps field names to types.
    """

    def __new__(cls, *args, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls, *args)
        # The functional form: NamedTuple('Employee', [('name', str), ('id', int)]).
        if len(args) < 1:
            raise TypeError("NamedTuple() missing required argument 'typename'")
        typename = args[0]
        fields = args[1] if len(args) > 1 else None
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module=_caller_module())

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        ns = cls.__dict__
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        nm_tpl = _make_nmtuple(cls.__name__, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__'))
        for key in _NAMEDTUPLE_COPIED + tuple(types_):
            setattr(cls, key, nm_tpl.__dict__[key])
        cls.__annotations__ = dict(types_)
        if ns.get('__doc__') is None:
            cls.__doc__ = nm_tpl.__doc__

    def __setattr__(self, name, value):
        descriptor = getattr(type(self), name, None)
        if hasattr(type(descriptor), '__set__'):
            descriptor.__set__(self, value)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


def _typeddict_keys(cls, total):
    annotations = {}
    required = set()
    optional = set()
    base = cls.__base__
    if base is not TypedDict and isinstance(base, type) and issubclass(base, TypedDict):
        annotations.update(base.__dict__.get('__annotations__', {}))
        required.update(base.__required_keys__)
        optional.update(base.__optional_keys__)
    own = {n: _type_check(t, "TypedDict('Name', {f0: t0, f1: t1, ...}); "
                             "f0 must be a type") for n, t in
           cls.__dict__.get('__annotations__', {}).items()}
    annotations.update(own)
    for name, tp in own.items():
        origin = getattr(tp, '__origin__', None)
        if origin is Required:
            required.add(name)
        elif origin is NotRequired:
            optional.add(name)
        elif total:
            required.add(name)
        else:
            optional.add(name)
    return annotations, frozenset(required), frozenset(optional)


class TypedDict(dict):
    """A simple typed namespace. At runtime it is equivalent to a plain dict.

    Usage::

        class Point2D(TypedDict):
            x: int
            y: int
            label: str

    Calling the class makes a plain dict. total=False makes the keys optional.
    """

    def __new__(cls, *args, total=True, **kwargs):
        if cls is not TypedDict:
            return dict(*args, **kwargs)
        # The functional form: TypedDict('Point2D', {'x': int, 'y': int}, total=True).
        typename = args[0]
        fields = args[1] if len(args) > 1 else kwargs
        ns = {'__annotations__': dict(fields)}
        module = _caller_module()
        if module is not None:
            ns['__module__'] = module
        td = type(typename, (TypedDict,), ns)
        td.__total__ = total
        td.__annotations__, td.__required_keys__, td.__optional_keys__ = \
            _typeddict_keys(td, total)
        return td

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total
        cls.__annotations__, cls.__required_keys__, cls.__optional_keys__ = \
            _typeddict_keys(cls, total)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


def get_origin(tp):
    """Get the unsubscripted version of a type.

    This supports generic types, Callable, Tuple, Union, Literal, Final, ClassVar
    and Annotated. Return None for unsupported types.
    """
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs,
                       _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed.

    For unions, basic simplifications used by Union constructor are performed.
    """
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if (isinstance(tp, _CallableGenericAlias) or
                (getattr(tp, '__origin__', None) is collections.abc.Callable and
                 isinstance(tp, _GenericAlias))) and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


class _AnnotationReader:
    """Evaluates a string annotation ("List[int]", "Optional['Node']", "int | None") by
    looking names up, as eval() would for these forms (loopstep has no eval)."""

    def __init__(self, text, globalns, localns):
        self.text = text
        self.pos = 0
        self.globalns = globalns
        self.localns = localns

    def fail(self):
        raise SyntaxError(f"Forward reference must be an expression -- got {self.text!r}")

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t':
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def read(self):
        value = self.union()
        if self.peek():
            self.fail()
        return value

    def union(self):
        value = self.primary()
        while self.peek() == '|':
            self.pos += 1
            value = value | self.primary()
        return value

    def name(self):
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or
                                             self.text[self.pos] == '_'):
            self.pos += 1
        return self.text[start:self.pos]

    def lookup(self, name):
        for ns in (self.localns, self.globalns):
            if ns is not None and name in ns:
                return ns[name]
        import builtins
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError(f"name '{name}' is not defined")

    def primary(self):
        c = self.peek()
        if c in '\'"':
            end = self.text.find(c, self.pos + 1)
            if end < 0:
                self.fail()
            inner = self.text[self.pos + 1:end]
            self.pos = end + 1
            value = _AnnotationReader(inner, self.globalns, self.localns).read()
        elif c == '[':
            self.pos += 1
            items = self.items(']')
            value = list(items)
        elif c == '.' and self.text.startswith('...', self.pos):
            self.pos += 3
            return ...
        elif c.isalpha() or c == '_':
            name = self.name()
            value = None if name == 'None' else self.lookup(name)
            while self.peek() == '.':
                self.pos += 1
                value = getattr(value, self.name())
        else:
            self.fail()
        while self.peek() == '[':
            self.pos += 1
            items = self.items(']')
            value = value[items[0] if len(items) == 1 else tuple(items)]
        return value

    def items(self, close):
        items = []
        while self.peek() != close:
            if self.peek() == '(' and self.text.startswith('()', self.pos):
                self.pos += 2
                items.append(())
            else:
                items.append(self.union())
            if self.peek() == ',':
                self.pos += 1
            elif self.peek() != close:
                self.fail()
        self.pos += 1
        return items


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(_AnnotationReader(t.__forward_arg__, globalns, localns).read(),
                          globalns, localns)
    if t is None:
        return _NoneType
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object.

    This is often the same as obj.__annotations__, but it handles
    forward references encoded as string literals and recursively replaces all
    'Annotated[T, ...]' with 'T' (unless 'include_extras=True').
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, '__module__', None))
            globalns = getattr(module, '__dict__', {})
    if localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, types.ModuleType):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = {name: _eval_type(value, globalns, localns) for name, value in hints.items()}
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
