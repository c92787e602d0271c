# loopstep-module: keyword
# loopstep-file: /usr/lib/python3.11/keyword.py
"""Keywords (from "Grammar/python.gram") of Python 3.11, for loopstep.

This file lists the keywords and soft keywords of the language loopstep parses, with
iskeyword() and issoftkeyword() tests."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a Python keyword."""
    return s in _keywords


def issoftkeyword(s):
    """Return True if s is a Python soft keyword."""
    return s in _soft_keywords
