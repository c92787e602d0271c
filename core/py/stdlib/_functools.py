# loopstep-module: _functools
# loopstep-file: /usr/lib/python3.11/_functools.py
# loopstep-hidden-frames: CPython implements partial, reduce, cmp_to_key and the lru_cache wrapper in C
"""The parts of functools that CPython writes in C (_functools), written for loopstep in Python
with the same observable behaviour: reprs, attribute rules and error messages. Its frames never
show in tracebacks, as C functions have none."""

__all__ = ["partial", "reduce", "cmp_to_key", "_lru_cache_wrapper"]

_readonly_partial = ("func", "args", "keywords")


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __module__ = "functools"
    __slots__ = ("_partial_state", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial of a partial folds into one, as CPython does (not when the inner one
        # carries attributes of its own).
        if type(func) is partial and not object.__getattribute__(func, "__dict__"):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        object.__setattr__(self, "_partial_state", (func, tuple(args), dict(keywords)))
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._partial_state[0]

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._partial_state[1]

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._partial_state[2]

    def __setattr__(self, name, value):
        if name in _readonly_partial or name == "_partial_state":
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _readonly_partial or name == "_partial_state":
            raise AttributeError("readonly attribute")
        object.__delattr__(self, name)

    def __call__(self, *args, **keywords):
        func, fixed, fixed_kw = self._partial_state
        if fixed_kw:
            keywords = {**fixed_kw, **keywords}
        return func(*fixed, *args, **keywords)

    def __repr__(self):
        func, fixed, fixed_kw = self._partial_state
        parts = [repr(func)]
        parts.extend(repr(a) for a in fixed)
        parts.extend(f"{k}={v!r}" for k, v in fixed_kw.items())
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        return f"{name}({', '.join(parts)})"


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    n = len(args)
    if n < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {n}")
    if n > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {n}")
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        it = None
    if it is None:
        raise TypeError("reduce() arg 2 must support iteration")
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


class KeyWrapper:
    __module__ = "functools"
    __slots__ = ("obj", "_cmp")

    def __init__(self, obj):
        self.obj = obj

    def _check(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._check(other) < 0

    def __le__(self, other):
        return self._check(other) <= 0

    def __gt__(self, other):
        return self._check(other) > 0

    def __ge__(self, other):
        return self._check(other) >= 0

    def __eq__(self, other):
        return self._check(other) == 0

    __hash__ = None

    def __call__(self, obj):
        k = KeyWrapper(obj)
        k._cmp = self._cmp
        return k


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    k = KeyWrapper(None)
    k._cmp = mycmp
    return k


class _HashedSeq(tuple):
    __slots__ = ()


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    hash(key)
    return key


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function.

    user_function:      the function being cached

    maxsize:  0         for no caching
              None      for unlimited cache size
              n         for a bounded cache

    typed:    False     cache f(3) and f(3.0) as identical calls
              True      cache f(3) and f(3.0) as distinct calls

    cache_info_type:    namedtuple class with the fields:
                            hits misses currsize maxsize
    """

    __module__ = "functools"

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        func = self.__wrapped__
        if maxsize == 0:
            self._misses += 1
            return func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        self._misses += 1
        result = func(*args, **kwds)
        if key in cache:
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCache(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return self._info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}


class _BoundCache:
    """A cached function looked up on an instance: a bound method of the wrapper."""

    __slots__ = ("__func__", "__self__")

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __repr__(self):
        return f"<bound method {self.__func__.__qualname__} of {self.__self__!r}>"
