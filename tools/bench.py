#!/usr/bin/python3
"""Side-by-side speed of loopstep and CPython on the same programs (tests/bench/*.py).

Each program runs under /usr/bin/python3 and under `loopstep run`, alternately, REPEAT times;
the figure is the least CPU time (user + sys of the child process) of each, so that other load
on the machine disturbs it as little as possible. Both outputs must be identical, or the
benchmark fails: a fast wrong answer is not a result. Prints a Markdown table (the README's) with
the ratio loopstep / CPython (below 1: loopstep is faster).

usage: tools/bench.py [--loopstep build/app/loopstep] [--repeat 3] [PROGRAM.py ...]
"""

import argparse
import os
import platform
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_time_of(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, cwd=ROOT)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, proc


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().lstrip("# ").strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loopstep", default=os.path.join(ROOT, "build/app/loopstep"))
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = args.programs or sorted(
        os.path.join(ROOT, "tests/bench", f) for f in os.listdir(os.path.join(ROOT, "tests/bench"))
        if f.endswith(".py"))
    failed = False
    print(f"CPU seconds, least of {args.repeat} runs; {platform.python_implementation()} "
          f"{platform.python_version()} vs loopstep; {os.cpu_count()} cores\n")
    print("| program | what it exercises | CPython (s) | loopstep (s) | ratio |")
    print("|---|---|---:|---:|---:|")
    for path in programs:
        name = os.path.basename(path)
        best = {"python": None, "loopstep": None}
        outputs = {}
        for _ in range(args.repeat):
            for who, cmd in (("python", [args.python, path]),
                             ("loopstep", [args.loopstep, "run", path])):
                cpu, _, proc = cpu_time_of(cmd)
                outputs[who] = (proc.returncode, proc.stdout, proc.stderr)
                if best[who] is None or cpu < best[who]:
                    best[who] = cpu
        what = first_line(path).removeprefix("Benchmark: ")
        if outputs["python"] != outputs["loopstep"]:
            failed = True
            code, out, err = outputs["loopstep"]
            print(f"| {name} | {what} | {best['python']:.3f} | differs | — |")
            sys.stderr.write(f"{name}: loopstep's output differs from CPython's (status {code})\n"
                             f"{err.decode(errors='replace')[-2000:]}\n")
            continue
        ratio = best["loopstep"] / best["python"] if best["python"] > 0 else float("inf")
        print(f"| {name} | {what} | {best['python']:.3f} | {best['loopstep']:.3f} | {ratio:.2f} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
