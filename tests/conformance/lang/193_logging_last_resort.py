# Conformance: without any configuration, logging uses the "last resort" handler: WARNING and above
# print only the message to stderr; INFO/DEBUG are dropped; root functions call basicConfig.
import logging

log = logging.getLogger("worker")
print("no configuration yet")
log.debug("dropped debug")
log.info("dropped info")
log.warning("last resort warning: %s", "message only")
log.error("last resort error")
log.critical("last resort critical")
print("the root logger still has no handlers:", logging.getLogger().handlers)
logging.warning("a module-level call configures the root logger")
print("now handlers:", len(logging.getLogger().handlers))
log.warning("after basicConfig the default format applies")
log.info("info still below the WARNING default")
