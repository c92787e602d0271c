# loopstep-module: copy
# loopstep-file: /usr/lib/python3.11/copy.py
"""Generic (shallow and deep) copying operations, for loopstep.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

CPython copies instances through the pickle protocol (__reduce_ex__); loopstep's objects have
no pickling, so an instance is rebuilt the way that protocol would for ordinary classes: a new
object from cls.__new__ (with __getnewargs__ when the class has it), then its __dict__ and
slots, and the items of list and dict subclasses. __copy__, __deepcopy__, __getstate__ and
__setstate__ are honoured as in CPython."""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, types.BuiltinFunctionType, types.FunctionType, property}
_shallow_copy_of_builtin = {list: list.copy, dict: dict.copy, set: set.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    copier = _shallow_copy_of_builtin.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The memo may have filled in this tuple meanwhile (a recursive structure).
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)

    # A copy that is not the original is remembered, and so is the original (it must
    # outlive the memo, whose keys are ids).
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{c.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if cls.__module__ in ("builtins", "types") and cls.__name__ in (
            "generator", "coroutine", "async_generator", "module", "frame", "traceback",
            "code", "cell", "list_iterator", "dict_keyiterator"):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y

    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        state = None
        d = getattr(x, "__dict__", None)
        if d:
            state = dict(d)
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    object.__setattr__(y, key, value)

    if isinstance(x, list) and not args:
        for item in x:
            list.append(y, deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in x:
            set.add(y, deepcopy(item, memo) if deep else item)
    return y
