# loopstep-module: _collections
# loopstep-file: /usr/lib/python3.11/_collections.py
# loopstep-hidden-frames: CPython implements deque, defaultdict, OrderedDict and _tuplegetter in C
"""The container types that CPython writes in C (_collections), written for loopstep in Python
with CPython 3.11's reprs, error messages and edge cases: deque, defaultdict, OrderedDict,
the _tuplegetter descriptor behind namedtuple fields, and _count_elements for Counter."""

from _loopstep_args import bind as _bind

__all__ = ["deque", "defaultdict", "OrderedDict", "_tuplegetter", "_count_elements"]

_repr_running = set()
_NO_ITEMS = object()


def _as_int(n):
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return index(n)


def _index(i, what="sequence index must be integer, not"):
    if isinstance(i, int):
        return int(i)
    index = getattr(type(i), "__index__", None)
    if index is None:
        raise TypeError(f"{what} '{type(i).__name__}'")
    return index(i)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = "collections"

    # The items are _front reversed, then _back: appends and pops at either end are O(1)
    # amortized; a pop from an empty side moves half of the other side over.
    __slots__ = ("_front", "_back", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"deque expected at most 2 arguments, got {len(args)}")
        for key in kwargs:
            if key not in ("iterable", "maxlen"):
                raise TypeError(f"deque() got an unexpected keyword argument '{key}'")
        iterable = args[0] if args else kwargs.get("iterable", _NO_ITEMS)
        maxlen = args[1] if len(args) > 1 else kwargs.get("maxlen", None)
        if maxlen is not None:
            maxlen = _index(maxlen, "an integer is required, not")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not _NO_ITEMS:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _items(self):
        return self._front[::-1] + self._back

    def _set_items(self, items):
        self._front = []
        self._back = list(items)

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._back.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._front.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._pop()

    def _pop(self):
        if not self._back:
            front = self._front
            if not front:
                raise IndexError("pop from an empty deque")
            # front holds the items reversed: its first items are the rightmost.
            k = (len(front) + 1) // 2
            self._back = front[:k][::-1]
            self._front = front[k:]
        return self._back.pop()

    def _popleft(self):
        if not self._front:
            back = self._back
            if not back:
                raise IndexError("pop from an empty deque")
            k = (len(back) + 1) // 2
            self._front = back[:k][::-1]
            self._back = back[k:]
        return self._front.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        x = self._pop()
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        x = self._popleft()
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._front = []
        self._back = []
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """D.count(value) -- return number of occurrences of value"""
        state = self._state
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """D.index(value, [start, [stop]]) -- return first index of value.
        Raises ValueError if the value is not present."""
        items = self._items()
        n = len(items)
        start = _index(start, "slice indices must be integers or have an __index__ method, not")
        if start < 0:
            start = max(start + n, 0)
        stop = n if stop is None else _index(stop)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            x = items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """D.insert(index, object) -- insert object before index"""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._set_items(items)
        self._state += 1

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        # asyncio removes a woken waiter, nearly always the leftmost item: no copy for that.
        front = self._front
        if front and front[-1] is value:
            front.pop()
            self._state += 1
            return
        if not front and self._back and self._back[0] is value:
            del self._back[0]
            self._state += 1
            return
        items = self._items()
        for i, x in enumerate(items):
            if x is value or x == value:
                del items[i]
                self._set_items(items)
                self._state += 1
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._front, self._back = self._back, self._front
        self._state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_int(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])
        self._state += 1

    def _normalize(self, i):
        i = _index(i)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._normalize(i)
        nf = len(self._front)
        if i < nf:
            return self._front[nf - 1 - i]
        return self._back[i - nf]

    def __setitem__(self, i, value):
        i = self._normalize(i)
        nf = len(self._front)
        if i < nf:
            self._front[nf - 1 - i] = value
        else:
            self._back[i - nf] = value

    def __delitem__(self, i):
        i = self._normalize(i)
        items = self._items()
        del items[i]
        self._set_items(items)
        self._state += 1

    def __contains__(self, value):
        state = self._state
        for x in self._items():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is not None:
            return f"{name}({items}, maxlen={self._maxlen})"
        return f"{name}({items})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = self._items()
        b = other._items()
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, 0)

    def __ne__(self, other):
        return self._compare(other, 1)

    def __lt__(self, other):
        return self._compare(other, 2)

    def __le__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n, "can't multiply sequence by non-int of type")
        items = self._items()
        self.clear()
        if n > 0:
            self.extend(items * n)
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class _deque_iterator:
    __module__ = "_collections"
    # It reads the deque in place rather than a copy: asyncio's locks iterate their waiter
    # deques on every acquire and wake-up, and a copy made that O(waiters) in allocations.
    # Any mutation changes the deque's _state, so a stale position is never read.
    __slots__ = ("_deque", "_len", "_pos", "_state", "_reverse")

    def __init__(self, d, reverse):
        self._deque = d
        self._len = len(d)
        self._pos = 0
        self._state = d._state
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        pos = self._pos
        if pos >= self._len:
            raise StopIteration
        self._pos = pos + 1
        if self._reverse:
            pos = self._len - 1 - pos
        front = d._front
        if pos < len(front):
            return front[len(front) - 1 - pos]
        return d._back[pos - len(front)]

    def __length_hint__(self):
        return self._len - self._pos


class _GenericAlias:
    """list[int]-style aliases for the classes here (deque[int], defaultdict[str, int])."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return f"{a.__module__}.{a.__qualname__}"
            if a is ...:
                return "..."
            return repr(a)
        o = self.__origin__
        return f"{o.__module__}.{o.__qualname__}[{', '.join(name(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __module__ = "collections"

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            if factory is None:
                factory_repr = "None"
            elif id(factory) in _repr_running:
                factory_repr = "..."
            else:
                factory_repr = repr(factory)
            return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"
        finally:
            _repr_running.discard(key)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __module__ = "collections"

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"OrderedDict expected at most 1 argument, got {len(args)}")
        dict.__init__(self, *args, **kwargs)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        if not self:
            return f"{type(self).__name__}()"
        _repr_running.add(key)
        try:
            return f"{type(self).__name__}({list(self.items())!r})"
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class _tuplegetter:
    __module__ = "collections"

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return tuple.__getitem__(instance, self._index)
        except IndexError:
            pass
        raise IndexError("tuple index out of range")

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"<_collections._tuplegetter object at {id(self):#x}>"


def _count_elements(mapping, iterable):
    """Count elements in the iterable, updating the mapping"""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _namedtuple_new(typename, field_names, defaults):
    """The __new__ of a namedtuple class (CPython builds it with eval)."""
    qualname = f"{typename}.__new__"

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == len(field_names):
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, _bind(qualname, field_names, defaults, args, kwargs, "_cls"))

    __new__.__qualname__ = qualname
    return __new__
