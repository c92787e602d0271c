# loopstep-module: asyncio.constants
# loopstep-file: /usr/lib/python3.11/asyncio/constants.py
"""asyncio's constants, with CPython 3.11's values."""

# After the connection is lost, log warnings after this many write()s.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds to wait before retrying accept().
ACCEPT_RETRY_DELAY = 1

# Number of stack entries to capture in debug mode.
DEBUG_STACK_DEPTH = 10

# Number of seconds to wait for SSL handshake to complete
SSL_HANDSHAKE_TIMEOUT = 60.0

# Number of seconds to wait for SSL shutdown to complete
SSL_SHUTDOWN_TIMEOUT = 30.0

# Used in sendfile fallback code.
SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256

FLOW_CONTROL_HIGH_WATER_SSL_READ = 256  # KiB
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512  # KiB

# Default value of the limit on the number of threads of the default executor: min(32, cpus + 4)
THREAD_JOIN_TIMEOUT = 300
