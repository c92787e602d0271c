# Conformance: a traceback through several nested function calls, each with its caret line.
def parse_line(line):
    key, value = line.split("=")
    return key.strip(), int(value)


def parse_all(lines):
    return dict(parse_line(line) for line in lines)


def load_config(text):
    lines = [ln for ln in text.splitlines() if ln.strip()]
    config = parse_all(lines)
    return config


def main():
    good = load_config("a = 1\nb = 2")
    print("good config:", good)
    load_config("a = 1\nb = two")


main()
