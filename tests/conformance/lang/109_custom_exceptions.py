# Conformance: user-defined exception classes: hierarchies, extra attributes, catching by base.
class AppError(Exception):
    """Base class for this application's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    pass
class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)
    def __str__(self):
        return f"gave up after {self.attempts} attempts"
def run(kind):
    if kind == "validation":
        raise ValidationError("email", "missing @")
    if kind == "missing":
        raise NotFound("user 42")
    if kind == "retry":
        raise RetryableError(3)
for kind in ("validation", "missing", "retry"):
    try:
        run(kind)
    except ValidationError as exc:
        print("validation:", exc, "|", exc.field, "|", exc.problem, "|", repr(exc))
    except AppError as exc:
        print(type(exc).__name__ + ":", exc, "|", repr(exc), "|", exc.args)
print(AppError.__doc__, [c.__name__ for c in ValidationError.__mro__])
class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)
print(repr(WithDefault()), str(WithDefault("given")))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise ValueError
except ValueError as exc:
    print("raising a class instantiates it:", repr(exc))
try:
    try:
        raise NotFound("x")
    except (ValidationError, RetryableError):
        print("wrong handler")
except Exception as exc:
    print("fell through to:", type(exc).__name__)
