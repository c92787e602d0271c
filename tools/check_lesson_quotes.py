#!/usr/bin/python3
"""Checks that the lessons quote their scenarios' output truthfully.

    /usr/bin/python3 tools/check_lesson_quotes.py [SCENARIOS_DIR]

A lesson (scenarios/lessons/<stem>.<lang>.md) quotes what its scenario prints in ASCII double
quotes, with the virtual time first: "0.5 order 101 saved". Each such quote must be part of what
the scenario prints under the reference runner (tools/cpython_oracle.py, CPython 3.11 with the
virtual clock that loopstep uses), so a figure a lesson states is one a student sees. Quotes that
do not start with a time are interface labels or fragments and are not checked.

Exit status: 0 when every quote was found, 1 otherwise, 77 when this is not CPython 3.11.
"""
import pathlib
import re
import subprocess
import sys

TOOLS = pathlib.Path(__file__).resolve().parent
# A quote that starts like a line the scenarios print: a time such as 0.5 or 1.20, then a space.
TIMED_QUOTE = re.compile(r'"(\d+\.\d+ [^"\n]*)"')


def oracle_output(scenario):
    result = subprocess.run(
        [sys.executable, str(TOOLS / "cpython_oracle.py"), scenario.name],
        cwd=scenario.parent, capture_output=True, text=True, timeout=300)
    return result.stdout


def main():
    if sys.version_info[:2] != (3, 11):
        print("check_lesson_quotes: needs CPython 3.11, skipped", file=sys.stderr)
        return 77
    scenarios = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else TOOLS.parent / "scenarios")
    failures = 0
    checked = 0
    for scenario in sorted(scenarios.glob("*.py")):
        lessons = sorted((scenarios / "lessons").glob(scenario.stem + ".*.md"))
        if not lessons:
            continue
        output = oracle_output(scenario)
        for lesson in lessons:
            for quote in TIMED_QUOTE.findall(lesson.read_text(encoding="utf-8")):
                checked += 1
                if quote not in output:
                    failures += 1
                    print(f"{lesson.relative_to(scenarios)}: \"{quote}\" is not in what "
                          f"{scenario.name} prints")
    print(f"check_lesson_quotes: {checked} quotes checked, {failures} not found")
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
