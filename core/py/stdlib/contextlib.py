# loopstep-module: contextlib
# loopstep-file: /usr/lib/python3.11/contextlib.py
"""Utilities for with-statement contexts (PEP 343), for loopstep, with CPython 3.11's
behaviour. A traceback that passes through these context managers shows CPython's frames:
the lines it shows carry CPython's line numbers (`#@ N`) and text."""

import abc
import sys
import _collections_abc
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self (a one-shot manager makes a new one)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():  #@ 80
                return func(*args, **kwds)  #@ 81
        return inner


class AsyncContextDecorator(object):
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self.
        """
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():  #@ 96
                return await func(*args, **kwds)  #@ 97
        return inner


def _copy_methods(cls, source, names):
    """loopstep classes have one base: take a second base's methods by copying them."""
    for name in names:
        if name not in cls.__dict__:
            setattr(cls, name, source.__dict__[name])


class _GeneratorContextManager(AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)  #@ 105
        self.func, self.args, self.kwds = func, args, kwds
        # The manager's docstring is the generator function's (issue 19330).
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once: a decorated function needs a new manager for each call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only a decorated function needs these again, to recreate the manager.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)  #@ 137
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None  #@ 139

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)  #@ 144
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")  #@ 148
        if value is None:
            # throw() needs an instance, to tell our exception from a new one.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)  #@ 155
        except StopIteration as exc:
            # The generator finished: the exception is suppressed, unless it is the
            # StopIteration that the with block raised.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned a StopIteration thrown in into a RuntimeError: let the
            # original propagate.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise  #@ 178
        except BaseException as exc:
            # The generator let our exception through: propagate it as it was (the with
            # statement re-raises it); any other exception is a failure of __exit__.
            if exc is not value:
                raise  #@ 187
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")  #@ 190


_copy_methods(_GeneratorContextManager, ContextDecorator, ("__call__",))


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """Helper for @asynccontextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)  #@ 105
        self.func, self.args, self.kwds = func, args, kwds
        # The manager's docstring is the generator function's (issue 19330).
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)  #@ 204
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None  #@ 206

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)  #@ 211
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")  #@ 215
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)  #@ 222
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and \
                    exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise  #@ 245
        except BaseException as exc:
            if exc is not value:
                raise  #@ 254
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")  #@ 257


_copy_methods(_AsyncGeneratorContextManager, AsyncContextDecorator, ("__call__",))


def contextmanager(func):
    """@contextmanager decorator.

    Typical usage:

        @contextmanager
        def some_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)  #@ 289
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator.

    Typical usage:

        @asynccontextmanager
        async def some_async_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)  #@ 322
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()  #@ 348


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource such as an async generator, calling its ``aclose()`` method."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()  #@ 374


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack: the same manager may be entered again while active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # issubclass, so a registered virtual subclass counts too (unlike except clauses).
        return exctype is not None and issubclass(exctype, self._exceptions)


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # An exception raised by a callback saw the exception active in __exit__ as its
    # context; make the chain read as nested with statements would make it.
    while 1:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)  #@ 457
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        _cb_type = type(exit)
        exit_method = getattr(_cb_type, "__exit__", None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        cls = type(cm)
        _enter = getattr(cls, "__enter__", None)
        _exit = getattr(cls, "__exit__", None)
        if _enter is None or _exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "  #@ 503
                            f"not support the context manager protocol") from None  #@ 504
        result = _enter(cm)  #@ 505
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Helper to correctly register callbacks to __exit__ methods."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        # Callbacks run last-in first-out, as nested with statements would exit.
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):  #@ 573
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                # A bare raise of exc_details[1] would chain it to what is being handled
                # here: keep the context set up above.
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]  #@ 589
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise  #@ 592
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)  #@ 597


class AsyncExitStack(AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks.

    For example:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(get_connection())
                for i in range(5)]
            # All opened connections will automatically be released at the
            # end of the async with statement, even if attempts to open a
            # connection later in the list raise an exception.
    """

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)  #@ 621
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        cls = type(cm)
        _enter = getattr(cls, "__aenter__", None)
        _exit = getattr(cls, "__aexit__", None)
        if _enter is None or _exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "  #@ 635
                            f"not support the asynchronous context manager protocol"  #@ 636
                           ) from None  #@ 637
        result = await _enter(cm)  #@ 638
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature.

        Can suppress exceptions the same way __aexit__ method can.
        Also accepts any object with an __aexit__ method (registering a call
        to the method instead of the object itself).
        """
        _cb_type = type(exit)
        exit_method = getattr(_cb_type, "__aexit__", None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        _exit_wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)  #@ 675

    def _push_async_cm_exit(self, cm, cm_exit):
        """Helper to correctly register coroutine function to __aexit__
        method."""
        _exit_wrapper = self._create_async_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)  #@ 714
                else:
                    cb_suppress = await cb(*exc_details)  #@ 716

                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]  #@ 733
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise  #@ 736
        return received_exc and suppressed_exc


_copy_methods(ExitStack, _BaseExitStack, ("_create_exit_wrapper", "_create_cb_wrapper",
                                          "__init__", "pop_all", "push", "enter_context",
                                          "callback", "_push_cm_exit", "_push_exit_callback"))
_copy_methods(AsyncExitStack, _BaseExitStack, ("_create_exit_wrapper", "_create_cb_wrapper",
                                               "__init__", "pop_all", "push", "enter_context",
                                               "callback", "_push_cm_exit",
                                               "_push_exit_callback"))


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing.
    Used as a stand-in for a normal context manager, when a particular
    block of code is only sometimes used with a normal context manager:

    cm = optional_cm if condition else nullcontext()
    with cm:
        # Perform operation, using optional_cm if condition is True
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


AbstractAsyncContextManager.register(nullcontext)


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory.

    loopstep scenarios have no file system: entering it raises the error os.chdir would."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os  # raises loopstep's ModuleNotFoundError for os

    def __exit__(self, *excinfo):
        pass
