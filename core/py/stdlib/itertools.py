# loopstep-module: itertools
# loopstep-file: /usr/lib/python3.11/itertools.py
# loopstep-hidden-frames: CPython implements itertools in C
"""Functional tools for creating and using iterators, written for loopstep in Python with
CPython 3.11's observable behaviour: each tool is a class of that name (type(chain()).__name__
is 'chain'), with the same laziness (how many items each one pulls from its input, and when),
the reprs CPython has (count(5), repeat(1, 3)) and the same TypeError/ValueError messages."""

import sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


def _check_kwargs(name, kwargs, allowed=()):
    for key in kwargs:
        if key not in allowed:
            if not allowed:
                raise TypeError(f"{name}() takes no keyword arguments")
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")


def _nargs(name, args, lo, hi):
    n = len(args)
    if n < lo:
        raise TypeError(f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, "
                        f"got {n}")
    if n > hi:
        raise TypeError(f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, "
                        f"got {n}")


def _as_index(n):
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return index(n)


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    __module__ = "itertools"
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float)) or hasattr(t, "__index__") or
                    hasattr(t, "__float__") or hasattr(t, "__int__")):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __module__ = "itertools"
    __slots__ = ("_it", "_saved", "_index", "_firstpass")

    def __init__(self, *args, **kwargs):
        _check_kwargs("cycle", kwargs)
        _nargs("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._firstpass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __module__ = "itertools"
    __slots__ = ("_obj", "_times")

    def __init__(self, *args, **kwargs):
        _check_kwargs("repeat", kwargs, ("object", "times"))
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        if args:
            obj = args[0]
            if "object" in kwargs:
                raise TypeError("argument for repeat() given by name ('object') and position (1)")
        elif "object" in kwargs:
            obj = kwargs["object"]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = args[1] if len(args) > 1 else kwargs.get("times", None)
        if times is not None:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __module__ = "itertools"
    __slots__ = ("_it", "_func", "_total", "_initial", "_started")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __module__ = "itertools"
    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables, **kwargs):
        _check_kwargs("chain", kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                for source in self._sources:
                    self._active = iter(source)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    __module__ = "itertools"
    __slots__ = ("_data", "_selectors")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __module__ = "itertools"
    __slots__ = ("_pred", "_it", "_dropping")

    def __init__(self, *args, **kwargs):
        _check_kwargs("dropwhile", kwargs)
        _nargs("dropwhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for item in self._it:
                if not self._pred(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __module__ = "itertools"
    __slots__ = ("_pred", "_it", "_done")

    def __init__(self, *args, **kwargs):
        _check_kwargs("takewhile", kwargs)
        _nargs("takewhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""

    __module__ = "itertools"
    __slots__ = ("_pred", "_it")

    def __init__(self, *args, **kwargs):
        _check_kwargs("filterfalse", kwargs)
        _nargs("filterfalse", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for item in self._it:
            if pred is None:
                if not item:
                    return item
            elif not pred(item):
                return item
        raise StopIteration


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __module__ = "itertools"
    __slots__ = ("_func", "_it")

    def __init__(self, *args, **kwargs):
        _check_kwargs("starmap", kwargs)
        _nargs("starmap", args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    __module__ = "itertools"
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __init__(self, *args, **kwargs):
        _check_kwargs("islice", kwargs)
        _nargs("islice", args, 2, 4)
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
        else:
            start = args[1]
            stop = args[2]
            if len(args) == 4:
                step = args[3]
        stop = self._arg(stop, "Stop argument for islice() must be None or an integer: "
                               "0 <= x <= sys.maxsize.")
        if len(args) > 2:
            start = self._arg(start, "Indices for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.", 0)
            step = self._arg(step, "Step for islice() must be a positive integer or None.", 1)
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _arg(value, message, default=None):
        if value is None:
            return default
        try:
            n = _as_index(value)
        except TypeError:
            n = -1
        if n < 0 or n > sys.maxsize:
            raise ValueError(message)
        return n

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __module__ = "itertools"
    __slots__ = ("_it", "_old")

    def __init__(self, *args, **kwargs):
        _check_kwargs("pairwise", kwargs)
        _nargs("pairwise", args, 1, 1)
        self._it = iter(args[0])
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


_MISSING = object()


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.
"""

    __module__ = "itertools"
    __slots__ = ("_its", "_active", "_fill")

    def __init__(self, *iterables, **kwargs):
        for key in kwargs:
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument '"
                                + key + "'")
        self._fill = kwargs.get("fillvalue")
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    self._its = []
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __module__ = "itertools"
    __slots__ = ("_pools", "_indices", "_result", "_done")

    def __init__(self, *iterables, **kwargs):
        for key in kwargs:
            if key != "repeat":
                raise TypeError(f"product() got an unexpected keyword argument '{key}'")
        repeat = _as_index(kwargs.get("repeat", 1))
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(it) for it in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._done = any(not p for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        indices = self._indices
        for i in range(len(pools) - 1, -1, -1):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                self._result[i] = pools[i][indices[i]]
                return tuple(self._result)
            indices[i] = 0
            self._result[i] = pools[i][0]
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, *args, **kwargs):
        iterable, r = _two_args("combinations", args, kwargs, ("iterable", "r"))
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, *args, **kwargs):
        iterable, r = _two_args("combinations_with_replacement", args, kwargs,
                                ("iterable", "r"))
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


def _two_args(name, args, kwargs, names):
    values = list(args)
    if len(values) > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} arguments ({len(values)} given)")
    for i, key in enumerate(names):
        if key in kwargs:
            if i < len(args):
                raise TypeError(f"argument for {name}() given by name ('{key}') "
                                f"and position ({i + 1})")
            values.append(kwargs.pop(key))
        elif i >= len(values):
            raise TypeError(f"{name}() missing required argument '{key}' (pos {i + 1})")
    for key in kwargs:
        raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
    return values


class permutations:
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_first", "_done")

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _as_index(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    __module__ = "itertools"
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_current_grouper")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._current_grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current_grouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
                break
            if self._tgtkey is _MISSING:
                break
            if not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __module__ = "itertools"
    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._current_grouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _MISSING
        return value


class _tee_dataobject:
    """The items one tee family has read, shared by its iterators."""

    __slots__ = ("it", "values")

    def __init__(self, it):
        self.it = it
        self.values = []


class _tee:
    """Iterator wrapped to make it copyable."""

    __module__ = "itertools"
    __slots__ = ("_data", "_index")

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._data = iterable._data
            self._index = iterable._index
        else:
            self._data = _tee_dataobject(iter(iterable))
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index < len(data.values):
            value = data.values[self._index]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        return _tee(self)



def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _check_kwargs("tee", kwargs)
    _nargs("tee", args, 1, 2)
    iterable = args[0]
    n = _as_index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    first = iterable if isinstance(iterable, _tee) else _tee(iterable)
    copies = [first]
    for _ in range(n - 1):
        copies.append(_tee(first))
    return tuple(copies)
