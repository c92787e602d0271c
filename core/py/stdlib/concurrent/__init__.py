# loopstep-module: concurrent
# loopstep-file: /usr/lib/python3.11/concurrent/__init__.py
"""The concurrent package: only concurrent.futures lives here, as in CPython."""
