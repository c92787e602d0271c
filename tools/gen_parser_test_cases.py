#!/usr/bin/python3
"""Writes the expectations of tests/unit/test_parser.cpp from CPython 3.11 itself:

- tests/unit/syntax_error_cases.inc: broken programs and the SyntaxError CPython raises for
  each (type, msg, lineno, offset, end_lineno, end_offset, text), as `python3 FILE.py` reports
  them (the source is compiled from a real file's bytes);
- tests/unit/ast_dump_cases.inc: valid programs and their
  ast.dump(ast.parse(source), include_attributes=True).

Run with the CPython we match:  /usr/bin/python3 tools/gen_parser_test_cases.py
"""
import ast
import os
import sys
import tempfile

CASES = [
    # The brief's list of common mistakes
    "x = = 1\n",
    "if x\n    pass\n",
    "x = 1\n    y = 2\n",
    "if x:\n    pass\n  y\n",
    "if x:\npass\n",
    "for x in y:\npass\n",
    "while x:\npass\n",
    "def f():\npass\n",
    "class A:\npass\n",
    "try:\npass\n",
    "with a:\npass\n",
    "if x:\n    pass\nelse:\npass\n",
    "if x:\n    pass\nelif y:\npass\n",
    "try:\n    pass\nexcept:\npass\n",
    "try:\n    pass\nexcept E:\npass\n",
    "try:\n    pass\nfinally:\npass\n",
    "x = (1,\n",
    "x = [1, 2\nprint(x)\n",
    "x = (]\n",
    "x = [1,\n2)\n",
    "x = 1)\n",
    "x = 'abc\n",
    "x = \"\"\"abc\n\ny = 1\n",
    "x = (1 2)\n",
    "f(a b)\n",
    "f() = 1\n",
    "if f() = 1: pass\n",
    "1 = x\n",
    "x = 1__0\n",
    "x = 1a\n",
    "print 'hello'\n",
    "print x\n",
    "try:\n    x\ny = 1\n",
    # Indentation and tabs
    "  x = 1\n",
    "if x:\n\tpass\n        pass\n",
    "if x:\n        pass\n\tpass\n",
    "def f():\n\treturn 1\n  x = 2\n",
    "if x:\n",
    "def f():\n    x = 1\n   y = 2\n",
    # Brackets and line continuation
    "print('hello'\nprint('world')\n",
    "foo(a,\n    b\n",
    "x = ]\n",
    "}\n",
    "y = [ 1, 2 }\n",
    "x = 1 \\ y\n",
    "x = 1 + \\\n",
    "x = (" * 201 + ")" * 201 + "\n",
    # Numbers and strings
    "x = 0777\n",
    "x = 0b102\n",
    "x = 0o8\n",
    "x = 0x\n",
    "x = 1e\n",
    "x = 1_\n",
    "x = 09\n",
    "x = 1.2.3\n",
    "s = \"\\x4\"\n",
    "s = \"\\U00110000\"\n",
    "s = b\"\\x4\"\n",
    "s = b\"\\xc3\\xa9\"\n".encode().decode('unicode_escape'),
    "s = 'a' b'b'\n",
    "x = $\n",
    "a\u20acb = 1\n",
    "x = \u00a0 1\n",
    # f-strings
    "s = f'{}'\n",
    "s = f'{x!z}'\n",
    "s = f'{x'\n",
    "s = f'}'\n",
    "s = f'{a b}'\n",
    "s = f'{x#}'\n",
    "s = f'{x:{y:{z}}}'\n",
    # Assignments and targets
    "x + 1 = 2\n",
    "(a, b) += 1\n",
    "[a, b]: int = 1\n",
    "a, b: int\n",
    "del f()\n",
    "for f() in x: pass\n",
    "with a as f(): pass\n",
    "None = 1\n",
    "True += 1\n",
    "f'{x}' = 1\n",
    "[x for x in y] = 1\n",
    "... = 1\n",
    "a if b else c = 1\n",
    "x = yield = 1\n",
    "x := 1\n",
    "(a.b := 1)\n",
    # Calls and definitions
    "f(**k, *a)\n",
    "f(a=1, b)\n",
    "f(**k, b)\n",
    "f(x for x in y, 1)\n",
    "f(True=1)\n",
    "f(a+1=2)\n",
    "def f(x=1, y): pass\n",
    "def f(*): pass\n",
    "def f(**k, a): pass\n",
    "def f(a, /, b, /): pass\n",
    "def f((a, b)): pass\n",
    "def f\n",
    "def f(:\n",
    "class A(object) pass\n",
    "lambda x=1, y: x\n",
    # Expressions and statements
    "x = 1 if 2\n",
    "x = {1: 2 3: 4}\n",
    "x = {a:}\n",
    "[*a for a in b]\n",
    "[a, b for a in c]\n",
    "import\n",
    "from x import a,\n",
    "x = a.\n",
    "raise from x\n",
    "assert x = 1\n",
    "try:\n    pass\nexcept Exception, e:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
    "else:\n    pass\n",
    "match x\n    case 1: pass\n",
    "match x:\n    case a as _:\n        pass\n",
    "case 1:\n    pass\n",
    # Non-ASCII source: parser errors count UTF-8 bytes, tokenizer errors characters
    "x = \ud55c\uad6d\uc5b4 = 1 2\n",
    "x = \"\ud55c\uad6d\uc5b4\" + 'abc\n",
    "\uc774\ub984 = = 1\n",
]


DUMP_CASES = [
    "x = 1\n",
    "-2**2\n",
    "a < b <= c != d is not e not in f\n",
    "x = a if b else c\n",
    "x = not a and b or c\n",
    "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
    "x = ~a + -b\n",
    "f(a, *b, c=1, **d)\n",
    "x[1:2, ::3, ...]\n",
    "a.b.c = d[e] = f\n",
    "a, *b = c\n",
    "x += 1\n",
    "x: int = 1\n(y): str\n",
    "del a, b[0], c.d\n",
    "[x for x in y if x for z in x]\n",
    "{k: v for k, v in d.items()}\n",
    "{x for x in y}\n",
    "(x async for x in y)\n",
    "lambda a, /, b=1, *c, d, e=2, **f: 0\n",
    "if (n := len(a)) > 10: pass\n",
    "@dec\n@dec2(x)\ndef f(a: int = 1, *args: str, **kw) -> None:\n    return\n",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass\n",
    "class A(B, metaclass=M):\n    x = 1\n",
    "def g():\n    yield 1\n    yield from h()\n    x = yield\n",
    "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as eg:\n    pass\n",
    "with (open(a) as f, open(b) as g):\n    pass\n",
    "for i, x in enumerate(y):\n    continue\nelse:\n    break\n",
    "while x:\n    pass\nelse:\n    pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "import a.b as c, d\nfrom .. import (e, f as g)\nfrom h import *\n",
    "global a, b\ndef f():\n    nonlocal c\n",
    "raise E from e\nassert x, 'msg'\n",
    "x = u'a' 'b'\ny = b'\\x00' rb'\\n'\nz = '\\u00e9\\101\\q'\n",
    "f'{x!r:>{w}} {y=} {{z}}'\n",
    "f" + "'" * 3 + "{\na\n}" + "'" * 3 + " f'{b}'\n",
    "x = 0x_ff + 1_000.5e-3 + 10j + 0o17 + 0b1\n",
    "x = ...\ny = None, True, False\n",
    "\ud55c\uad6d\uc5b4 = '\uac12'\n\u540d\u524d = \ud55c\uad6d\uc5b4\n",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw} | Point(x=0, y=_) as q:\n        pass\n    case -1 | 1+2j | 'a' 'b' | None | a.b:\n        pass\n",
    "x = 1 if y else 2 \\\n    + 3\n",
    "print(*a, sep='', end='\\n')\n",
]


def c_string(s):
    out = '"'
    for b in s.encode('utf-8'):
        c = chr(b)
        if c == '"' or c == '\\':
            out += '\\' + c
        elif c == '\n':
            out += '\\n'
        elif c == '\t':
            out += '\\t'
        elif 32 <= b < 127:
            out += c
        else:
            out += '\\x%02x""' % b
    return out + '"'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, '..', 'tests', 'unit', 'syntax_error_cases.inc')
    lines = ['// Generated by tools/gen_parser_test_cases.py from CPython %s; do not edit.'
             % sys.version.split()[0],
             '// {source, type, msg, lineno, offset, end_lineno, end_offset, text}']
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, 'test.py')
    for src in CASES:
        # A real file, so that CPython reads the error's source line back from it as it does
        # when running a script.
        with open(path, 'wb') as f:
            f.write(src.encode('utf-8'))
        try:
            compile(src.encode('utf-8'), path, 'exec')
        except SyntaxError as e:
            end_lineno = e.end_lineno if e.end_lineno is not None else 0
            end_offset = e.end_offset if e.end_offset is not None else 0
            lines.append('{%s, "%s", %s, %d, %d, %d, %d, %s},' % (
                c_string(src), type(e).__name__, c_string(e.msg), e.lineno, e.offset,
                end_lineno, end_offset, c_string(e.text or '')))
        else:
            sys.exit('not a syntax error: %r' % src)
    os.remove(path)
    os.rmdir(tmp)
    with open(out_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('%d cases written to %s' % (len(CASES), os.path.normpath(out_path)))

    dump_path = os.path.join(here, '..', 'tests', 'unit', 'ast_dump_cases.inc')
    lines = ['// Generated by tools/gen_parser_test_cases.py from CPython %s; do not edit.'
             % sys.version.split()[0],
             '// {source, ast.dump(ast.parse(source), include_attributes=True)}']
    for src in DUMP_CASES:
        tree = ast.parse(src.encode('utf-8'))
        lines.append('{%s,\n %s},' % (c_string(src),
                                        c_string(ast.dump(tree, include_attributes=True))))
    with open(dump_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('%d cases written to %s' % (len(DUMP_CASES), os.path.normpath(dump_path)))


main()
