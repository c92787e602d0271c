#!/usr/bin/python3
"""Side-by-side speed of loopstep and CPython on the same programs (tests/bench/*.py).

Each program runs under /usr/bin/python3 and under `loopstep run`, alternately, REPEAT times;
the figure is the least CPU time (user + sys of the child process) of each, so that other load
on the machine disturbs it as little as possible. Both outputs must be identical, or the
benchmark fails: a fast wrong answer is not a result. Prints a Markdown table (the README's) with
the ratio loopstep / CPython (below 1: loopstep is faster).

With --record, loopstep runs as `loopstep record --stats` instead: the program runs with everything
recorded (every line, frame, callback, await, lock and queue operation) and the recording is
sealed (keyframes, timeline indexes) before it exits. The table then adds the recording's size:
its events and bytes per event, from the statistics line that `--stats` writes as the last line
of stderr (left out of the comparison with CPython's output).

usage: tools/bench.py [--loopstep build/app/loopstep] [--repeat 3] [--record] [PROGRAM.py ...]
"""

import argparse
import os
import platform
import re
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


STATS = re.compile(rb"loopstep record: (\d+) events.*?; ([0-9.]+) bytes/event[^\n]*\n\Z")


def split_stats(stderr):
    """stderr without `loopstep record --stats`'s last line, and (events, bytes per event)."""
    m = STATS.search(stderr)
    if not m:
        return stderr, None
    return stderr[:m.start()], (int(m.group(1)), float(m.group(2)))


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().lstrip("# ").strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loopstep", default=os.path.join(ROOT, "build/app/loopstep"))
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--record", action="store_true",
                    help="time `loopstep record --stats` (everything recorded) instead of `run`")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = args.programs or sorted(
        os.path.join(ROOT, "tests/bench", f) for f in os.listdir(os.path.join(ROOT, "tests/bench"))
        if f.endswith(".py"))
    failed = False
    mode = "record --stats" if args.record else "run"
    print(f"CPU seconds, least of {args.repeat} runs; {platform.python_implementation()} "
          f"{platform.python_version()} vs `loopstep {mode}`; {os.cpu_count()} cores\n")
    if args.record:
        print("| program | what it exercises | CPython (s) | loopstep record (s) | ratio "
              "| events | bytes/event |")
        print("|---|---|---:|---:|---:|---:|---:|")
    else:
        print("| program | what it exercises | CPython (s) | loopstep (s) | ratio |")
        print("|---|---|---:|---:|---:|")
    for path in programs:
        name = os.path.basename(path)
        best = {"python": None, "loopstep": None}
        outputs = {}
        stats = None
        loopstep_cmd = [args.loopstep] + (["record", "--stats"] if args.record else ["run"])
        for _ in range(args.repeat):
            for who, cmd in (("python", [args.python, path]), ("loopstep", loopstep_cmd + [path])):
                cpu, _, proc = cpu_time_of(cmd)
                stderr = proc.stderr
                if who == "loopstep" and args.record:
                    stderr, stats = split_stats(stderr)
                outputs[who] = (proc.returncode, proc.stdout, stderr)
                if best[who] is None or cpu < best[who]:
                    best[who] = cpu
        what = first_line(path).removeprefix("Benchmark: ")
        if outputs["python"] != outputs["loopstep"]:
            failed = True
            code, out, err = outputs["loopstep"]
            print(f"| {name} | {what} | {best['python']:.3f} | differs | — |" +
                  (" — | — |" if args.record else ""))
            sys.stderr.write(f"{name}: loopstep's output differs from CPython's (status {code})\n"
                             f"{err.decode(errors='replace')[-2000:]}\n")
            continue
        ratio = best["loopstep"] / best["python"] if best["python"] > 0 else float("inf")
        row = f"| {name} | {what} | {best['python']:.3f} | {best['loopstep']:.3f} | {ratio:.2f} |"
        if args.record:
            if stats is None:
                failed = True
                sys.stderr.write(f"{name}: no statistics line from loopstep record --stats\n")
                row += " — | — |"
            else:
                row += f" {stats[0]:,} | {stats[1]:.1f} |"
        print(row)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
