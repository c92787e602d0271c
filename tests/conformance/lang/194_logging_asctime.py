# Conformance: %(asctime)s reads the virtual clock (1700000000.0 = 2023-11-14 22:13:20 UTC at start,
# advanced by time.sleep), with the default ",mmm" milliseconds and with a datefmt.
import logging
import sys
import time

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("clock")
log.info("program start")
time.sleep(1.25)
log.info("after sleeping 1.25 s")
time.sleep(3600)
log.warning("an hour later")
formatter = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%H:%M:%S")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(formatter)
other = logging.getLogger("other")
other.addHandler(handler)
other.propagate = False
other.warning("with a datefmt")
time.sleep(0.5)
other.warning("half a second later")
