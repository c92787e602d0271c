# loopstep-module: _dataclass_code
# loopstep-file: <string>
"""The methods that dataclasses adds to a class. CPython writes their source text and runs it
with exec(), so their frames show in tracebacks as File "<string>", line N, with no source
line; loopstep has no exec, so they are written here once, take what each class needs as
arguments, and report CPython's line numbers with _loopstep.set_line(): line 1 holds
`def __create_fn__`, line 2 the method's `def`, its body starts at line 3."""

import _loopstep

# What the generated __init__ receives for a field whose default comes from a factory.
HAS_DEFAULT_FACTORY = object()


def make_init(steps, post_init, initvar_indexes, frozen):
    """steps: (name, index of the argument or -1, default factory or None, default) for each
    field that __init__ assigns, in order (one line each)."""

    def __init__(self, values):
        line = 3
        for name, index, factory, default in steps:
            _loopstep.set_line(line)
            if index >= 0:
                value = values[index]
                if value is HAS_DEFAULT_FACTORY:
                    value = factory()
            elif factory is not None:
                value = factory()
            else:
                value = default
            if frozen:
                object.__setattr__(self, name, value)
            else:
                setattr(self, name, value)
            line += 1
        if post_init:
            _loopstep.set_line(line)
            self.__post_init__(*[values[i] for i in initvar_indexes])

    return __init__


def make_repr(names):
    def __repr__(self):
        _loopstep.set_line(3)
        parts = []
        for name in names:
            parts.append(f"{name}={getattr(self, name)!r}")
        return f"{self.__class__.__qualname__}({', '.join(parts)})"

    return __repr__


def make_eq(names):
    def __eq__(self, other):
        _loopstep.set_line(3)
        if other.__class__ is self.__class__:
            _loopstep.set_line(4)
            mine = []
            theirs = []
            for name in names:
                mine.append(getattr(self, name))
                theirs.append(getattr(other, name))
            return tuple(mine) == tuple(theirs)
        return NotImplemented

    return __eq__


def make_order(names):
    """__lt__, __le__, __gt__, __ge__: the fields' values compared as tuples."""

    def __lt__(self, other):
        _loopstep.set_line(3)
        if other.__class__ is self.__class__:
            _loopstep.set_line(4)
            mine = []
            theirs = []
            for name in names:
                mine.append(getattr(self, name))
                theirs.append(getattr(other, name))
            return tuple(mine) < tuple(theirs)
        return NotImplemented

    def __le__(self, other):
        _loopstep.set_line(3)
        if other.__class__ is self.__class__:
            _loopstep.set_line(4)
            mine = []
            theirs = []
            for name in names:
                mine.append(getattr(self, name))
                theirs.append(getattr(other, name))
            return tuple(mine) <= tuple(theirs)
        return NotImplemented

    def __gt__(self, other):
        _loopstep.set_line(3)
        if other.__class__ is self.__class__:
            _loopstep.set_line(4)
            mine = []
            theirs = []
            for name in names:
                mine.append(getattr(self, name))
                theirs.append(getattr(other, name))
            return tuple(mine) > tuple(theirs)
        return NotImplemented

    def __ge__(self, other):
        _loopstep.set_line(3)
        if other.__class__ is self.__class__:
            _loopstep.set_line(4)
            mine = []
            theirs = []
            for name in names:
                mine.append(getattr(self, name))
                theirs.append(getattr(other, name))
            return tuple(mine) >= tuple(theirs)
        return NotImplemented

    return __lt__, __le__, __gt__, __ge__


def make_hash(names):
    def __hash__(self):
        _loopstep.set_line(3)
        values = []
        for name in names:
            values.append(getattr(self, name))
        return hash(tuple(values))

    return __hash__


def make_frozen(cls, names, FrozenInstanceError):
    names = tuple(names)

    def __setattr__(self, name, value):
        _loopstep.set_line(3)
        if type(self) is cls or name in names:
            _loopstep.set_line(4)
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        _loopstep.set_line(5)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        _loopstep.set_line(3)
        if type(self) is cls or name in names:
            _loopstep.set_line(4)
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        _loopstep.set_line(5)
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__
