// SourceFile: the text of a program or library module split into lines; see source.h.
#include "core/py/source.h"

#include "core/py/code.h"

namespace loopstep::py {

SourceFile::SourceFile(std::string fname, std::string t)
    : filename(std::move(fname)), text(std::move(t)) {
    line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size()) line_starts.push_back(i + 1);
}

std::string_view SourceFile::line(int lineno) const {
    if (lineno < 1 || lineno > line_count()) return {};
    size_t start = line_starts[static_cast<size_t>(lineno - 1)];
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view l(text.data() + start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l;
}

int SourceFile::report(int lineno) const {
    if (reported_line.empty() || lineno < 1 || lineno > static_cast<int>(reported_line.size()))
        return lineno;
    return reported_line[static_cast<size_t>(lineno - 1)];
}

int CodeObject::shown_line(size_t ip) const {
    int line = line_at(ip);
    return source ? source->report(line) : line;
}

const std::string& CodeObject::filename() const {
    static const std::string unknown = "<unknown>";
    return source ? source->filename : unknown;
}

} // namespace loopstep::py
