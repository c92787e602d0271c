#!/usr/bin/python3
"""Regenerates the conformance expectations from the real thing: runs every conformance program
(or the given ones) under tools/cpython_oracle.py with /usr/bin/python3 and writes NAME.expected
and, where wanted, NAME.trace (see tools/conformance_common.py for the formats and locations).

    tools/regen_expected.py [--expected-dir DIR] [PATHS...]   write (only files that change)
    tools/regen_expected.py --check [PATHS...]                 fail listing stale files

PATHS are programs or folders; without them: tests/conformance/**/*.py and scenarios/*.py, and
--check then also reports expectation files that no program produces any more. --check only
means something when /usr/bin/python3 is CPython 3.11; otherwise it says so and exits 77
(CTest's skip code). Programs run two at a time.
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

import conformance_common as cc

SKIP = 77


def cpython_version():
    out = subprocess.run([cc.CPYTHON, "-c", "import sys; print(*sys.version_info[:2])"],
                         stdout=subprocess.PIPE, text=True, check=True).stdout.split()
    return tuple(int(x) for x in out)


def collect(paths):
    if not paths:
        return cc.all_programs()
    programs = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                programs += [os.path.join(dirpath, f) for f in sorted(filenames)
                             if cc.is_program(f)]
        elif cc.is_program(p) and os.path.isfile(p):
            programs.append(p)
        else:
            sys.exit(f"regen_expected.py: not a program or folder: {p}")
    return programs


def generate(program, expected_dir):
    """Returns {path: content} for the expectation files of one program."""
    base = cc.expected_base(program, expected_dir)
    oracle = [cc.CPYTHON, cc.ORACLE]
    files = {}
    try:
        output, status = cc.run(oracle, program)
        files[base + ".expected"] = cc.expected_form(output, status)
        if cc.wants_trace(program):
            output, _ = cc.run(oracle + ["--trace"], program)
            files[base + ".trace"] = cc.trace_form(output)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{program}: CPython did not finish within {cc.TIMEOUT} s "
                           "(does it wait forever? mark it or fix it)") from None
    return files


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def rel(path):
    return os.path.relpath(path, os.getcwd())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 listing stale or missing files")
    ap.add_argument("--expected-dir", help="write NAME.expected / NAME.trace into this folder")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    version = cpython_version()
    if args.check and version[:2] != (3, 11):
        print(f"regen_expected.py --check: skipped: {cc.CPYTHON} is Python "
              f"{'.'.join(map(str, version))}, the expectations come from 3.11")
        return SKIP

    programs = collect(args.paths)
    skipped = [p for p in programs if "nondeterministic" in cc.directives(p)]
    programs = [p for p in programs if p not in skipped]

    wanted = {}
    errors = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {pool.submit(generate, p, args.expected_dir): p for p in programs}
        for job in concurrent.futures.as_completed(jobs):
            try:
                wanted.update(job.result())
            except RuntimeError as e:
                errors.append(str(e))

    def same(old, new):
        # Object addresses differ from run to run; the conformance check masks them on both
        # sides, so a file is stale only when something else changed.
        if old is None:
            return False
        return old == new or cc.mask(cc.decode(old)) == cc.mask(cc.decode(new))

    changed = [path for path in sorted(wanted) if not same(read(path), wanted[path])]
    orphans = []
    if not args.paths:
        produced = set(wanted)
        for folder in (cc.CONFORMANCE_DIR,):
            for dirpath, _, filenames in os.walk(folder):
                for f in filenames:
                    path = os.path.join(dirpath, f)
                    if f.endswith((".expected", ".trace")) and path not in produced:
                        orphans.append(path)
        orphans.sort()

    if args.check:
        for path in changed:
            old = cc.decode(read(path) or b"").splitlines(keepends=True)
            new = cc.decode(wanted[path]).splitlines(keepends=True)
            state = "missing" if read(path) is None else "stale"
            print(f"{state}: {rel(path)}")
            diff = list(difflib.unified_diff(old, new, "checked in", "CPython now", n=1))
            sys.stdout.writelines(diff[:40])
            if len(diff) > 40:
                print(f"... ({len(diff) - 40} more diff lines)")
        for path in orphans:
            print(f"orphan (no program produces it): {rel(path)}")
        for e in errors:
            print(f"error: {e}")
        bad = len(changed) + len(orphans) + len(errors)
        print(f"{len(programs)} programs checked, {len(skipped)} nondeterministic skipped, "
              f"{bad} problem(s)" + ("; run tools/regen_expected.py" if bad else ""))
        return 1 if bad else 0

    for path in changed:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(wanted[path])
        print(f"wrote {rel(path)}")
    for path in orphans:
        print(f"note: orphan, no program produces it: {rel(path)}")
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    print(f"{len(programs)} programs, {len(changed)} file(s) written, "
          f"{len(skipped)} nondeterministic skipped")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
