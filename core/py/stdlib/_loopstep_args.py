# loopstep-module: _loopstep_args
# loopstep-file: /usr/lib/python3.11/_loopstep_args.py
# loopstep-hidden-frames: CPython checks these arguments before the function's frame exists
"""Argument binding with CPython's error messages, for the functions that CPython's library
generates with exec() (namedtuple's __new__, the dataclass __init__): loopstep has no exec, so
those take *args/**kwargs and bind them here, raising the TypeError that the generated
function's own signature would raise."""


def _quoted_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind(qualname, params, defaults, args, kwargs, first=None, kwonly=()):
    """Binds args/kwargs to the positional-or-keyword parameters `params` (names, in order)
    and the keyword-only parameters `kwonly`; `defaults` maps some of them to default values.
    Returns the values in order (params, then kwonly). `first` names a leading parameter
    already bound (self or cls): it counts in CPython's 'takes N positional arguments'."""
    extra = 0 if first is None else 1
    n = len(params)
    given = len(args)
    bound = dict(zip(params, args))
    for key in kwargs:
        if key not in bound and (key in params or key in kwonly):
            bound[key] = kwargs[key]
        elif key in bound or key == first:
            raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
    if given > n:
        required = sum(1 for p in params if p not in defaults) + extra
        most = n + extra
        total = given + extra
        takes = f"{most}" if required == most else f"from {required} to {most}"
        plural = "argument" if most == 1 and required == most else "arguments"
        kw_given = sum(1 for k in kwargs if k in kwonly)
        if kw_given:
            kw_plural = "argument" if kw_given == 1 else "arguments"
            pos_plural = "argument" if total == 1 else "arguments"
            raise TypeError(f"{qualname}() takes {takes} positional {plural} but {total} "
                            f"positional {pos_plural} (and {kw_given} keyword-only "
                            f"{kw_plural}) were given")
        were = "was" if total == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} positional {plural} "
                        f"but {total} {were} given")
    for kind, names in (("positional", params), ("keyword-only", kwonly)):
        missing = [p for p in names if p not in bound and p not in defaults]
        if missing:
            plural = "argument" if len(missing) == 1 else "arguments"
            raise TypeError(f"{qualname}() missing {len(missing)} required {kind} {plural}: "
                            f"{_quoted_list(missing)}")
    return [bound[p] if p in bound else defaults[p] for p in list(params) + list(kwonly)]


def bound_method(qualname, params, defaults, kwonly, body, first="self"):
    """A method (first, *params, *, *kwonly) named by `qualname` that binds its arguments as a
    function with that signature would and passes their values to body(first, values)."""

    def method(self, *args, **kwargs):
        return body(self, bind(qualname, params, defaults, args, kwargs, first, kwonly))

    method.__name__ = qualname.rpartition(".")[2]
    method.__qualname__ = qualname
    return method
