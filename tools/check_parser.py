#!/usr/bin/python3
"""Compares loopstep's parser with CPython's on a corpus of Python files.

For each file, CPython (this interpreter: run it as /usr/bin/python3, the 3.11 we match)
either parses it, giving ast.dump(tree, include_attributes=True), or raises SyntaxError,
giving (type, msg, lineno, offset, end_lineno, end_offset). loopstep_astdump prints the same
for loopstep's parser. The script reports every file where they differ and a summary.

    /usr/bin/python3 tools/check_parser.py [--astdump build/tests/loopstep_astdump]
        [--show N] FILE_OR_DIR...
"""
import argparse
import ast
import os
import subprocess
import sys


def cpython_result(path):
    with open(path, 'rb') as f:
        src = f.read()
    if b'\0' in src:
        return None  # CPython's file reader and compile() disagree on NUL bytes
    try:
        tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return 'ERROR %s\n%s\n%s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                              e.end_lineno, e.end_offset)
    except (ValueError, MemoryError, RecursionError) as e:
        return 'ERROR %s' % type(e).__name__
    try:
        return ast.dump(tree, include_attributes=True)
    except RecursionError:
        return 'TOO DEEP'


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


def first_difference(a, b):
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[max(0, n - 150):n + 150], b[max(0, n - 150):n + 150]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--astdump', default='build/tests/loopstep_astdump')
    ap.add_argument('--show', type=int, default=10, help='differences to print in full')
    ap.add_argument('paths', nargs='+')
    args = ap.parse_args()
    paths = collect(args.paths)
    ours = loopstep_results(args.astdump, paths)
    same = differ = skipped = errors = 0
    shown = 0
    for p in paths:
        want = cpython_result(p)
        if want is None:
            skipped += 1
            continue
        if want.startswith('ERROR'):
            errors += 1
        got = ours.get(p, 'MISSING')
        if got == want:
            same += 1
            continue
        differ += 1
        print('DIFF', p)
        if shown < args.show:
            shown += 1
            if want.startswith('ERROR') or got.startswith('ERROR') or len(want) < 400:
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
