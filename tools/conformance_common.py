"""What the conformance files look like, shared by tools/regen_expected.py (which writes them from
CPython's output) and tools/run_conformance.py (which compares `loopstep run` with them).

A conformance program is any tests/conformance/**/NAME.py, or a lesson scenarios/NAME.py; a
file whose name starts with "_" is a module that programs import, not a program.
  - NAME.expected: the program's stdout and stderr merged in order, a newline if the output does
    not end with one, then `[exit status: N]` and a newline.
  - NAME.trace: only the `#TRACE t=... label` lines of a --trace run, one per line.
Where they live: next to the program, except for scenarios/NAME.py, whose files are
tests/conformance/scenarios/NAME.expected and .trace (the scenarios folder holds lessons only);
--expected-dir DIR puts them in DIR instead.
Which programs get a trace: those under tests/conformance/asyncio/ and scenarios/, and any with
`# loopstep: trace`; never one with `# loopstep: no-trace`.
Directives are comment lines `# loopstep: WORD` within the first 30 lines of the program:
  nondeterministic  CPython's output varies from run to run: no expected file (its properties
                    are tested elsewhere);
  no-trace / trace  as above.
Comparison masks object addresses (0x followed by hex digits) and nothing else.
"""

import os
import re
import signal
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFORMANCE_DIR = os.path.join(ROOT, "tests", "conformance")
SCENARIOS_DIR = os.path.join(ROOT, "scenarios")
ORACLE = os.path.join(ROOT, "tools", "cpython_oracle.py")
CPYTHON = "/usr/bin/python3"
TIMEOUT = 60

TRACE_LINE = re.compile(rb"#TRACE t=[^\n]*")
ADDRESS = re.compile(r"0x[0-9a-f]+")
DIRECTIVE = re.compile(r"^#\s*loopstep:\s*([\w-]+)\s*$")


def directives(program):
    found = set()
    with open(program, encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(30), f):
            m = DIRECTIVE.match(line.strip())
            if m:
                found.add(m.group(1))
    return found


def _inside(path, folder):
    return os.path.commonpath([os.path.abspath(path), folder]) == folder


def expected_base(program, expected_dir=None):
    """The path of NAME.expected / NAME.trace without the extension."""
    name = os.path.splitext(os.path.basename(program))[0]
    if expected_dir:
        return os.path.join(expected_dir, name)
    if _inside(program, SCENARIOS_DIR):
        return os.path.join(CONFORMANCE_DIR, "scenarios", name)
    return os.path.splitext(os.path.abspath(program))[0]


def wants_trace(program):
    marks = directives(program)
    if "no-trace" in marks:
        return False
    return ("trace" in marks or _inside(program, os.path.join(CONFORMANCE_DIR, "asyncio"))
            or _inside(program, SCENARIOS_DIR))


def all_programs():
    found = []
    for folder in (CONFORMANCE_DIR, SCENARIOS_DIR):
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            found += [os.path.join(dirpath, f) for f in sorted(filenames) if is_program(f)]
    return found


def is_program(filename):
    return filename.endswith(".py") and not os.path.basename(filename).startswith("_")


def run(command, program, timeout=TIMEOUT):
    """Runs command + [NAME.py] from the program's directory, stderr joined to stdout.
    Returns (output bytes, exit status); raises subprocess.TimeoutExpired."""
    folder = os.path.dirname(os.path.abspath(program))
    # A session of its own, so that a timeout ends whatever the command started, too.
    with subprocess.Popen(command + [os.path.basename(program)], cwd=folder,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, start_new_session=True) as proc:
        try:
            output, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
    return output, proc.returncode


def expected_form(output, status):
    """The content of NAME.expected for this output and exit status."""
    if output and not output.endswith(b"\n"):
        output += b"\n"
    return output + b"[exit status: %d]\n" % status


def trace_form(output):
    """The content of NAME.trace: the #TRACE lines of a --trace run."""
    return b"".join(line + b"\n" for line in TRACE_LINE.findall(output))


def mask(text):
    return ADDRESS.sub("0x?", text)


def decode(data):
    return data.decode("utf-8", errors="surrogateescape")
