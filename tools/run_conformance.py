#!/usr/bin/python3
"""Runs conformance programs under `loopstep run` and compares with what CPython printed.

    tools/run_conformance.py --loopstep PATH/TO/loopstep [--trace] [--expected-dir DIR]
                             [--timeout SECONDS] PROGRAM.py...

For each program: runs `loopstep run NAME.py` (or `loopstep run --trace NAME.py`, keeping only
the #TRACE lines) from the program's directory, builds the same form as NAME.expected
(NAME.trace), masks object addresses (0x...) on both sides, and on a mismatch prints a unified
diff. Exit status 0 when every program matches, 1 otherwise. Formats and locations:
tools/conformance_common.py.
"""

import argparse
import difflib
import os
import subprocess
import sys

import conformance_common as cc


def check(program, loopstep, trace, expected_dir, timeout):
    if "nondeterministic" in cc.directives(program):
        print(f"skip {program}: marked nondeterministic (no expected output)")
        return True
    base = cc.expected_base(program, expected_dir)
    expected_path = base + (".trace" if trace else ".expected")
    try:
        with open(expected_path, "rb") as f:
            expected = f.read()
    except FileNotFoundError:
        print(f"FAIL {program}: no {os.path.relpath(expected_path)}; "
              "generate it with tools/regen_expected.py")
        return False
    command = [loopstep, "run"] + (["--trace"] if trace else [])
    shown = " ".join(command[1:] + [os.path.basename(program)])
    try:
        output, status = cc.run(command, program, timeout)
    except subprocess.TimeoutExpired:
        print(f"FAIL {program}: TIMEOUT, `loopstep {shown}` did not finish within {timeout} s")
        return False
    actual = cc.trace_form(output) if trace else cc.expected_form(output, status)
    want = cc.mask(cc.decode(expected))
    got = cc.mask(cc.decode(actual))
    if want == got:
        print(f"ok   {program}" + (" (trace)" if trace else ""))
        return True
    print(f"FAIL {program}: `loopstep {shown}` differs from CPython 3.11")
    sys.stdout.writelines(difflib.unified_diff(
        want.splitlines(keepends=True), got.splitlines(keepends=True),
        f"{os.path.relpath(expected_path)} (CPython)", "loopstep"))
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopstep", required=True, help="the loopstep executable")
    ap.add_argument("--trace", action="store_true", help="compare the #TRACE lines")
    ap.add_argument("--expected-dir", help="where NAME.expected / NAME.trace are")
    ap.add_argument("--timeout", type=float, default=cc.TIMEOUT)
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()
    loopstep = os.path.abspath(args.loopstep)
    results = [check(p, loopstep, args.trace, args.expected_dir, args.timeout)
               for p in args.programs]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
