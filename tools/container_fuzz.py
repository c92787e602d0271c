#!/usr/bin/python3
"""Differential check of the built-in containers against CPython: generates random programs that
build and change sets, frozensets, dicts, lists and tuples (adds and removals, set algebra in
operator and method form, slicing and slice assignment, sorting with keys, views, pops) and
print the results after every step, then runs each program under /usr/bin/python3 (with
PYTHONHASHSEED=0, as the conformance oracle does) and under `loopstep run`, and reports the
first line where they differ. Set iteration order depends on every detail of CPython's table,
so random programs reach cases that hand-written tests miss.

    tools/container_fuzz.py --loopstep build/app/loopstep [--seed N] [--count N] [--keep DIR]

Exit status 0 when every program agrees, 1 otherwise. With --keep, the failing programs are
written to DIR as fuzz_SEED.py.
"""

import argparse
import os
import random
import subprocess
import sys

CPYTHON = "/usr/bin/python3"
WORDS = ["a", "b", "abc", "xyz", "task", "loop", "set", "dict", "한글", "가나다", "코루틴",
         "イベント", "é", ""]


def value(r, kinds):
    kind = r.choice(kinds)
    if kind == "int":
        return repr(r.choice([r.randint(-20, 60), r.randint(-10**6, 10**6), r.randint(0, 300),
                              r.choice([2**61, -2**61, 2**64 + 3, 10**20])]))
    if kind == "str":
        word = r.choice(WORDS)
        return repr(word + str(r.randint(0, 40)) if r.random() < 0.5 else word)
    if kind == "float":
        return repr(r.choice([0.5, -1.25, 3.0, 1e16, 0.1, 2.75]))
    return "(" + "".join(value(r, ["int", "str"]) + ", " for _ in range(r.randint(0, 3))) + ")"


def guarded(line):
    return f"try:\n    {line}\nexcept Exception as exc:\n    print(type(exc).__name__, exc)"


def set_program(r):
    kinds = r.choice([["int"], ["str"], ["int", "str"], ["int", "str", "tuple"], ["float", "int"]])
    out = ["a = set()", "b = set()", "c = set()", "d = {}"]
    names = "abc"
    for _ in range(r.randint(5, 100)):
        op = r.random()
        n, m, t = r.choice(names), r.choice(names), r.choice(names)
        if op < 0.35:
            out.append(f"{n}.add({value(r, kinds)})")
        elif op < 0.45:
            out.append(f"{n}.discard({value(r, kinds)})")
        elif op < 0.5:
            out.append(guarded(f"print({n}.pop())"))
        elif op < 0.55:
            out.append(f"d[{value(r, kinds)}] = {r.randint(0, 9)}")
        elif op < 0.6:
            out.append(f"{t} = {n} {r.choice('|&-^')} {m}")
        elif op < 0.64:
            out.append(f"{n} {r.choice('|&-^')}= {m}")
        elif op < 0.72:
            meth = r.choice(["union", "intersection", "difference", "symmetric_difference",
                             "update", "intersection_update", "difference_update",
                             "symmetric_difference_update", "issubset", "issuperset",
                             "isdisjoint"])
            arg = r.choice([m, "d", f"list({m})", f"frozenset({m})", "d.keys()"])
            out.append(f"print({n}.{meth}({arg}))")
        elif op < 0.75:
            out.append(f"{m} = {n}.copy()")
        elif op < 0.77:
            out.append(f"{n}.clear()")
        elif op < 0.8:
            out.append(f"print({n} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {m})")
        elif op < 0.84:
            out.append(f"print(frozenset({n}), hash(frozenset({n})))")
        elif op < 0.87:
            out.append(f"{n} = set(d)")
        elif op < 0.9:
            out.append(f"{n} = d.keys() {r.choice('|&-^')} {m}")
        elif op < 0.93:
            start = r.randint(-500, 500)
            stop = start + r.randint(0, 3000)
            meth = r.choice(["update", "difference_update", "intersection_update"])
            out.append(f"{n}.{meth}(range({start}, {stop}, {r.choice([1, 2, 3, 7])}))")
        else:
            out.append(f"print({value(r, kinds)} in {n})")
        out.append(f"print({n})")
    out += [f"print({n}, list({n}), len({n}))" for n in names] + ["print(d)"]
    return "\n".join(out) + "\n"


def sequence_program(r):
    mixed = r.random() < 0.3

    def item():
        return value(r, ["int", "str"]) if mixed else repr(r.randint(-9, 9))

    def bound():
        return r.choice(["", "", str(r.randint(-12, 12)), str(r.randint(-3, 3)), "2**70"])

    out = ["l = [" + ", ".join(item() for _ in range(r.randint(3, 12))) + "]", "d = {}"]
    for _ in range(r.randint(5, 60)):
        op = r.random()
        sl = f"{bound()}:{bound()}" + (f":{r.choice(['1', '2', '-1', '-2', '3', '0'])}"
                                       if r.random() < 0.6 else "")
        if op < 0.15:
            out.append(guarded(f"print(l[{sl}], tuple(l)[{sl}])"))
        elif op < 0.25:
            new = "[" + ", ".join(item() for _ in range(r.randint(0, 5))) + "]"
            out.append(guarded(r.choice([f"l[{sl}] = {new}", f"del l[{sl}]"])))
        elif op < 0.32:
            out.append(guarded(f"l[{r.randint(-15, 15)}] = {item()}"))
            out.append(guarded(f"print(l.pop({r.randint(-12, 12)}))"))
        elif op < 0.4:
            meth = r.choice([f"insert({r.randint(-20, 20)}, {item()})", f"remove({item()})",
                             f"index({item()})", f"count({item()})", "reverse()",
                             f"extend({item()} for _ in range(2))", f"append({item()})"])
            out.append(guarded(f"print(l.{meth})"))
        elif op < 0.48:
            key = r.choice(["None", "abs", "str"] if not mixed else ["None", "str"])
            out.append(guarded(f"l.sort(key={key}, reverse={r.choice(['True', 'False'])})"))
        elif op < 0.52:
            pairs = ", ".join(f"({r.randint(0, 4)}, {i})" for i in range(r.randint(0, 30)))
            out.append(f"print(sorted([{pairs}], key=lambda p: p[0], "
                       f"reverse={r.choice(['True', 'False'])}))")
        elif op < 0.62:
            k = item()
            out.append(guarded(r.choice([f"d[{k}] = {item()}", f"del d[{k}]",
                                         f"print(d.pop({k}, None))", "print(d.popitem())",
                                         f"print(d.setdefault({k}, {item()}))",
                                         "d.update(d.copy())"])))
            out.append("print(d, d.keys(), d.values(), list(reversed(d.items())))")
        elif op < 0.7:
            start = r.randint(-20, 20)
            rng = f"range({start}, {start + r.randint(-30, 30)}, {r.choice([1, 2, -1, -3, 7])})"
            out.append(guarded(f"print({rng}, {rng}[{sl}], list({rng}[{sl}]), "
                               f"{r.randint(-20, 20)} in {rng}, hash({rng}))"))
        elif op < 0.75:
            out.append(guarded("d = dict.fromkeys(l)"))
        elif op < 0.8:
            out.append(guarded(f"print(hash(tuple(l)), {item()} in tuple(l), tuple(l) < (0,))"))
        elif op < 0.85:
            out.append(guarded("x, *y, z = l\nprint(x, y, z)"))
        out.append("print(l)")
    return "\n".join(out) + "\n"


def run(command, path):
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run(command + [path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=env, timeout=120)
    return p.stdout.decode("utf-8", "replace") + f"[exit status: {p.returncode}]\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loopstep", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--keep", help="folder for the programs that differ")
    args = ap.parse_args()
    workdir = args.keep or "/tmp"
    bad = 0
    for seed in range(args.seed, args.seed + args.count):
        r = random.Random(seed)
        program = set_program(r) if seed % 2 == 0 else sequence_program(r)
        path = os.path.join(workdir, f"fuzz_{seed}.py")
        with open(path, "w") as f:
            f.write(program)
        expected = run([CPYTHON], path)
        got = run([args.loopstep, "run"], path)
        if expected != got:
            bad += 1
            for i, (x, y) in enumerate(zip(expected.splitlines(), got.splitlines())):
                if x != y:
                    print(f"seed {seed}, output line {i + 1}: CPython {x!r}, loopstep {y!r}")
                    break
        if expected == got or not args.keep:
            os.remove(path)
    print(f"{args.count - bad}/{args.count} programs agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
