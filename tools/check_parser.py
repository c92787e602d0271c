#!/usr/bin/python3
"""Compares loopstep's parser with CPython's on a corpus of Python files.

For each file, CPython (this interpreter: run it as /usr/bin/python3, the 3.11 we match)
either parses it, giving ast.dump(tree, include_attributes=True), or raises SyntaxError,
giving (type, msg, lineno, offset, end_lineno, end_offset). loopstep_astdump prints the same
for loopstep's parser. The script reports every file where they differ and a summary.

    /usr/bin/python3 tools/check_parser.py [--astdump build/tests/loopstep_astdump]
        [--show N] [--snippets FILE] [FILE_OR_DIR...]

--snippets FILE: a file of small programs separated by lines "#---" (see
tests/parser_corpus/snippets.txt); each is checked as a file of its own.
Exit status: 0 when everything matched, 1 otherwise, 77 when this is not CPython 3.11.
"""
import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import warnings


def cpython_result(path):
    with open(path, 'rb') as f:
        src = f.read()
    if b'\0' in src:
        return None  # CPython's file reader and compile() disagree on NUL bytes
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', SyntaxWarning)
        try:
            tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
            result = None
        except SyntaxError as e:
            result = 'ERROR %s\n%s\n%s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                    e.end_lineno, e.end_offset)
        except (ValueError, MemoryError, RecursionError) as e:
            result = 'ERROR %s' % type(e).__name__
    head = ''.join('WARNING %s %s %s\n' % (w.category.__name__, w.lineno, w.message)
                   for w in caught if issubclass(w.category, SyntaxWarning))
    if result is not None:
        return head + result
    try:
        return head + ast.dump(tree, include_attributes=True)
    except RecursionError:
        return head + 'TOO DEEP'


def loopstep_results(astdump, paths):
    out = {}
    # Batches keep the command line short; each result follows a "=== path" line.
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        args = [astdump] + batch
        if len(batch) == 1:
            args = [astdump, batch[0], batch[0]]
        res = subprocess.run(args, capture_output=True)
        if res.returncode != 0:
            for p in batch:
                out[p] = 'CRASH (exit %d) %s' % (res.returncode, res.stderr.decode()[-300:])
            continue
        text = res.stdout.decode('utf-8', 'replace')
        cur = None
        lines = []
        for line in text.split('\n'):
            if line.startswith('=== '):
                if cur is not None:
                    out.setdefault(cur, '\n'.join(lines).rstrip('\n'))
                cur = line[4:]
                lines = []
            else:
                lines.append(line)
        if cur is not None:
            out.setdefault(cur, '\n'.join(lines).rstrip('\n'))
    return out


def collect(args):
    paths = []
    for a in args:
        if os.path.isdir(a):
            for root, _, files in os.walk(a):
                for f in sorted(files):
                    if f.endswith('.py'):
                        paths.append(os.path.join(root, f))
        else:
            paths.append(a)
    return paths


def is_error(result):
    # An error report, possibly after warning lines (a dump may mention 'ERROR' too).
    return any(line.startswith('ERROR') for line in result.split('\n')[:8]
               if not line.startswith('Module('))


def first_difference(a, b):
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[max(0, n - 150):n + 150], b[max(0, n - 150):n + 150]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--astdump', default='build/tests/loopstep_astdump')
    ap.add_argument('--show', type=int, default=10, help='differences to print in full')
    ap.add_argument('--snippets', help='a file of programs separated by "#---" lines')
    ap.add_argument('paths', nargs='*')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print('check_parser: needs CPython 3.11 (run it with /usr/bin/python3)')
        return 77
    paths = collect(args.paths)
    tmp = None
    if args.snippets:
        tmp = tempfile.mkdtemp()
        with open(args.snippets, encoding='utf-8') as f:
            text = f.read()
        pieces = [p for p in text.split('#---\n')[1:] if p.strip()]
        for i, piece in enumerate(pieces):
            path = os.path.join(tmp, 'snippet_%03d.py' % i)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(piece)
            paths.append(path)
    try:
        return compare(args, paths)
    finally:
        if tmp:
            shutil.rmtree(tmp)


def compare(args, paths):
    ours = loopstep_results(args.astdump, paths)
    same = differ = skipped = errors = 0
    shown = 0
    for p in paths:
        want = cpython_result(p)
        if want is None:
            skipped += 1
            continue
        if is_error(want):
            errors += 1
        got = ours.get(p, 'MISSING')
        if got == want:
            same += 1
            continue
        differ += 1
        print('DIFF', p)
        if shown < args.show:
            shown += 1
            if is_error(want) or is_error(got) or len(want) < 400:
                print('  cpython :', want.replace('\n', ' | ')[:300])
                print('  loopstep:', got.replace('\n', ' | ')[:300])
            else:
                w, g = first_difference(want, got)
                print('  cpython : ...' + w + '...')
                print('  loopstep: ...' + g + '...')
    print('%d files compared (%d of them syntax errors), %d identical, %d different, %d skipped'
          % (same + differ, errors, same, differ, skipped))
    return 0 if differ == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
