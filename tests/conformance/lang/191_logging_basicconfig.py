# Conformance: logging.basicConfig default format "LEVEL:name:message" on stderr, level filtering,
# %-style arguments, named loggers and the root logger, interleaved with prints.
import logging

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("app")
print("configured")
log.debug("hidden debug message")
log.info("info message")
log.warning("warning with %s and %d", "args", 42)
log.error("error message")
log.critical("critical message")
logging.info("root logger info")
logging.warning("root logger warning")
db = logging.getLogger("app.db")
db.info("child logger inherits handlers: %r", {"rows": 3})
print("between log lines")
logging.getLogger().setLevel(logging.ERROR)
log.warning("filtered now")
log.error("still shown")
log.setLevel(logging.DEBUG)
log.debug("logger level DEBUG lets debug through")
logging.basicConfig(level=logging.DEBUG, format="ignored: %(message)s")
log.info("second basicConfig call is a no-op")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failure while dividing")
print("done")
