# Conformance: logging beyond basicConfig's defaults: a StreamHandler on stdout with its own
# Formatter (%(name)s, %(levelname)s, %(funcName)s, %(lineno)d, %(module)s, %(asctime)s with a
# datefmt on the virtual clock), handler and logger levels, exception() with its traceback,
# log() with a numeric level, getLevelName, child loggers propagating to the root.
import logging
import sys

root = logging.getLogger()
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s:%(lineno)d|%(message)s"))
root.addHandler(handler)
root.setLevel(logging.DEBUG)

log = logging.getLogger("app.db")


def query(n):
    log.debug("query %d starts", n)
    if n > 1:
        log.warning("slow query %s took %.1f s", n, 2.5)
    return n


query(1)
query(2)
logging.getLogger("app").info("parent logger, %s", "propagates")
log.log(25, "custom level 25")
print(logging.getLevelName(25), logging.getLevelName(logging.ERROR), logging.getLevelName("INFO"))

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")

handler.setLevel(logging.ERROR)
log.warning("dropped by the handler level")
log.error("kept: %r", {"k": 1})

timed = logging.StreamHandler(sys.stdout)
timed.setFormatter(logging.Formatter("%(asctime)s %(module)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S"))
other = logging.getLogger("timed")
other.propagate = False
other.addHandler(timed)
other.warning("at the start of virtual time")
print(other.getEffectiveLevel(), log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
print(log.parent.name, log.parent.parent is root, logging.getLogger("app.db") is log)
