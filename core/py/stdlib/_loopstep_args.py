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


def bind(qualname, params, defaults, args, kwargs, first=None):
    """Binds args/kwargs to the positional-or-keyword parameters `params` (names, in order;
    `defaults` maps some of them to default values) and returns the values in order.
    `first` names a leading parameter already bound (self or cls): it counts in CPython's
    'takes N positional arguments' message."""
    extra = 0 if first is None else 1
    n = len(params)
    given = len(args)
    values = list(args[:n])
    bound = dict(zip(params, values))
    for key in kwargs:
        if key not in params:
            if key == first:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
        if key in bound:
            raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        bound[key] = kwargs[key]
    if given > n:
        required = sum(1 for p in params if p not in defaults) + extra
        most = n + extra
        total = given + extra
        takes = f"{most}" if required == most else f"from {required} to {most}"
        plural = "argument" if most == 1 and required == most else "arguments"
        were = "was" if total == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} positional {plural} "
                        f"but {total} {were} given")
    missing = [p for p in params if p not in bound and p not in defaults]
    if missing:
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(f"{qualname}() missing {len(missing)} required positional {plural}: "
                        f"{_quoted_list(missing)}")
    return [bound[p] if p in bound else defaults[p] for p in params]
