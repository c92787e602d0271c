# Conformance: the built-in exception hierarchy: bases of common exceptions, catching by base class.
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ModuleNotFoundError, ImportError,
         UnboundLocalError, NameError, RecursionError, NotImplementedError, RuntimeError,
         StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
         ExceptionGroup, BaseExceptionGroup, AssertionError, AttributeError, TypeError, ValueError,
         UnicodeError, LookupError, ArithmeticError, FileNotFoundError, OSError, TimeoutError,
         Exception, BaseException]
for cls in names:
    chain = [c.__name__ for c in cls.__mro__[1:] if c is not object]
    print(f"{cls.__name__}: {' -> '.join(chain) or '(root)'}")
for exc in (ZeroDivisionError("z"), KeyError("k"), IndexError("i")):
    try:
        raise exc
    except ArithmeticError as caught:
        print("ArithmeticError caught", repr(caught))
    except LookupError as caught:
        print("LookupError caught", repr(caught))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError))
try:
    raise NotImplementedError
except RuntimeError as exc:
    print("NotImplementedError is a RuntimeError:", repr(exc))
