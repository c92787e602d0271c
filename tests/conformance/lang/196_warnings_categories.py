# Conformance: warnings filters by category and message (filterwarnings), catch_warnings(record=True)
# capturing Warning objects, and warn with a Warning instance.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", DeprecationWarning)
    warnings.warn(FutureWarning("instance given"))
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, type(w.message).__name__)
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy message is filtered")
warnings.warn("quiet message is shown")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("runtime problem", RuntimeWarning)
except RuntimeWarning as exc:
    print("RuntimeWarning raised:", exc)
class CustomWarning(UserWarning):
    pass
warnings.warn("custom category", CustomWarning)
print("end")
