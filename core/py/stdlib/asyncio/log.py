# loopstep-module: asyncio.log
# loopstep-file: /usr/lib/python3.11/asyncio/log.py
"""Logging configuration for asyncio."""

import logging

# Name the logger after the package.
logger = logging.getLogger('asyncio')
