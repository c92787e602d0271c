# Conformance: warnings.warn output format on stderr ("file:line: Category: message" then the
# source line), default once-per-location filtering, categories, stacklevel, and simplefilter.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(value):
    if value < 0:
        warnings.warn(f"negative value {value} clamped to 0")
        return 0
    return value


print("start")
print(risky(-1))
print(risky(-2))
for i in range(3):
    print(risky(-3))
warnings.warn("module level warning", RuntimeWarning)
warnings.warn("a UserWarning is the default category")
print(old_api(5))
warnings.simplefilter("always")
for i in range(2):
    print(risky(-4))
warnings.simplefilter("error")
try:
    risky(-5)
except UserWarning as exc:
    print("raised as an exception:", repr(exc))
warnings.simplefilter("ignore")
print(risky(-6), "(ignored)")
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__bases__)
