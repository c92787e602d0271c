# loopstep-module: _template_pattern
# loopstep-file: /usr/lib/python3.11/_template_pattern.py
# loopstep-hidden-frames: CPython matches string.Template's pattern with re, whose engine is C code
"""The pattern of string.Template, matched without regular expressions (loopstep has no re):
`delimiter` followed by the delimiter again (escaped), an identifier (named), an identifier
in braces (braced), or anything else (invalid). Identifiers are ASCII letters, digits and
underscores, not starting with a digit, as Template's default idpattern says."""


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class TemplateMatch:
    """The part of re.Match that Template uses."""

    def __init__(self, string, start, end, groups, starts):
        self.string = string
        self._start = start
        self._end = end
        self._groups = groups
        self._starts = starts

    def group(self, name=0):
        if name == 0:
            return self.string[self._start:self._end]
        return self._groups[name]

    def groupdict(self):
        return dict(self._groups)

    def start(self, name=0):
        if name == 0:
            return self._start
        return self._starts[name]

    def end(self, name=0):
        return self._end

    def span(self, name=0):
        return self.start(name), self.end(name)

    def __repr__(self):
        return f"<re.Match object; span=({self._start}, {self._end}), " \
               f"match={self.group()!r}>"


class TemplatePattern:
    def __init__(self, delimiter):
        self.delimiter = delimiter
        self.pattern = f"{delimiter}(?:(?P<escaped>{delimiter})|(?P<named>...)|" \
                       f"{{(?P<braced>...)}}|(?P<invalid>))"

    def __repr__(self):
        return f"re.compile({self.pattern!r}, re.IGNORECASE|re.VERBOSE)"

    def _match_at(self, text, i):
        d = self.delimiter
        j = i + len(d)
        groups = {'escaped': None, 'named': None, 'braced': None, 'invalid': None}
        starts = {'escaped': -1, 'named': -1, 'braced': -1, 'invalid': -1}
        if text.startswith(d, j):
            groups['escaped'] = d
            starts['escaped'] = j
            return TemplateMatch(text, i, j + len(d), groups, starts)
        if j < len(text) and _is_id_start(text[j]):
            k = j + 1
            while k < len(text) and _is_id_char(text[k]):
                k += 1
            groups['named'] = text[j:k]
            starts['named'] = j
            return TemplateMatch(text, i, k, groups, starts)
        if j < len(text) and text[j] == '{' and j + 1 < len(text) and \
                _is_id_start(text[j + 1]):
            k = j + 2
            while k < len(text) and _is_id_char(text[k]):
                k += 1
            if k < len(text) and text[k] == '}':
                groups['braced'] = text[j + 1:k]
                starts['braced'] = j + 1
                return TemplateMatch(text, i, k + 1, groups, starts)
        groups['invalid'] = ''
        starts['invalid'] = j
        return TemplateMatch(text, i, j, groups, starts)

    def finditer(self, text):
        i = 0
        d = self.delimiter
        while True:
            i = text.find(d, i)
            if i < 0:
                return
            m = self._match_at(text, i)
            yield m
            i = m.end() if m.end() > i else i + len(d)

    def sub(self, repl, text):
        out = []
        last = 0
        for m in self.finditer(text):
            out.append(text[last:m.start()])
            out.append(repl(m))
            last = m.end()
        out.append(text[last:])
        return ''.join(out)

    def search(self, text, pos=0):
        for m in self.finditer(text[pos:] if pos else text):
            return m
        return None
