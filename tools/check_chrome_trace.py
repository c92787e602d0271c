#!/usr/bin/python3
"""Records PROGRAM.py with `loopstep record -o OUT.json` and checks OUT.json the way Perfetto
will read it: the file is JSON
with a traceEvents list; every task that CPython ran (each Task-N in the program's CPython-made
.trace file, which names every task's __step) has a track of its own (a thread_name metadata
event "Task-N (coroutine)"), so does the main thread; callbacks are complete slices ("X") with a
non-negative duration, and each line of output is an instant event.

usage: tools/check_chrome_trace.py --loopstep build/app/loopstep PROGRAM.py PROGRAM.trace
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loopstep", required=True)
    ap.add_argument("program")
    ap.add_argument("cpython_trace")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trace_json = os.path.join(tmp, "out.json")
        proc = subprocess.run([os.path.abspath(args.loopstep), "record", "-o", trace_json,
                               os.path.basename(args.program)],
                              cwd=os.path.dirname(os.path.abspath(args.program)),
                              capture_output=True)
        if not os.path.exists(trace_json):
            print(f"loopstep record wrote no file (status {proc.returncode}):\n"
                  f"{proc.stderr.decode(errors='replace')}", file=sys.stderr)
            return 1
        return check(trace_json, args.cpython_trace)


def check(trace_json, cpython_trace):
    with open(trace_json, encoding="utf-8") as f:
        doc = json.load(f)  # raises (and fails the test) on malformed JSON
    events = doc["traceEvents"]
    tracks = {e["tid"]: e["args"]["name"] for e in events
              if e.get("ph") == "M" and e.get("name") == "thread_name"}
    with open(cpython_trace, encoding="utf-8") as f:
        tasks = sorted(set(re.findall(r"\b(Task-\d+)\.__step", f.read())),
                       key=lambda t: int(t.split("-")[1]))
    problems = []
    for task in tasks:
        owners = [tid for tid, name in tracks.items() if name.startswith(task + " (")]
        if len(owners) != 1:
            problems.append(f"{task}: {len(owners)} tracks (want 1)")
    if not any(name.startswith("MainThread") for name in tracks.values()):
        problems.append("no track for MainThread")
    slices = [e for e in events if e.get("ph") == "X"]
    if not slices:
        problems.append("no slices")
    problems += [f"slice {e['name']!r} has a negative duration" for e in slices if e["dur"] < 0]
    if not any(e.get("ph") == "i" for e in events):
        problems.append("no instant events (the program prints)")
    for p in problems:
        print(f"{trace_json}: {p}", file=sys.stderr)
    print(f"{len(events)} events, {len(tracks)} tracks, tasks {', '.join(tasks)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
