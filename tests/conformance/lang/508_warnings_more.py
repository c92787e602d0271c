# Conformance: warnings.warn from nested functions with stacklevel, the default filter showing
# a warning once per location, simplefilter("always"), "error" turning a warning into an
# exception, filterwarnings by message regex, warn_explicit-free formatting of custom categories.
import warnings


class ConfigWarning(UserWarning):
    pass


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper", ConfigWarning)


for _ in range(3):
    old_api()
    helper()

warnings.simplefilter("always", ConfigWarning)
for _ in range(2):
    helper()

warnings.filterwarnings("ignore", message="quiet.*")
warnings.warn("quiet please")
warnings.warn("loud please")

warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as exc:
    print("caught:", type(exc).__name__, exc)

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    warnings.warn(ConfigWarning("as an instance"))
print([(w.category.__name__, str(w.message)) for w in seen])
print("done")
