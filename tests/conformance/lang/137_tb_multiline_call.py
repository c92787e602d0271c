# Conformance: a traceback where the failing call spans several source lines: 3.11 shows only the
# first line of the statement for the frame, and carets only when they fit on that line.
def build_report(title, rows, width):
    header = title.center(width)
    body = "\n".join(
        f"{name:<10}{value:>{width - 10}}"
        for name, value in rows
    )
    return header + "\n" + body


print(build_report("ok", [("a", 1), ("b", 2)], 20))
report = build_report(
    "broken",
    [("a", 1), ("b", None)],
    width=20,
)
print(report)
