# Conformance: logging levels and names, getLogger identity and hierarchy, effective levels,
# isEnabledFor, a custom format with %(levelname)-8s and %(name)s, and propagate.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(40), logging.getLevelName("WARNING"), logging.getLevelName(15))
logging.basicConfig(format="%(levelname)-8s|%(name)s|%(funcName)s|%(message)s", level=logging.WARNING, stream=sys.stdout)
a = logging.getLogger("shop")
print(a is logging.getLogger("shop"), a.name, a.parent.name, logging.getLogger("shop.cart").parent is a)
print(a.level, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.ERROR))
a.setLevel(logging.INFO)
print(a.level, a.getEffectiveLevel(), logging.getLogger("shop.cart").getEffectiveLevel())
def checkout():
    logging.getLogger("shop.cart").info("checkout for %s items", 3)
checkout()
a.warning("plain %s", "warning")
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.error("last resort prints this: no handlers and no propagation")
print("root name:", logging.getLogger().name, logging.root is logging.getLogger())
print(repr(a), repr(logging.getLogger()))
a.log(logging.ERROR, "via log(%s)", "ERROR")
a.warning("%d%% done", 50)
a.info("no args keeps %s literally")
