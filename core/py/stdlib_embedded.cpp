// Lookup of the embedded library modules; see stdlib_embedded.h.
#include "core/py/stdlib_embedded.h"

#include <string_view>

namespace loopstep::py {

const EmbeddedModule* find_embedded_module(const std::string& name) {
    for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m)
        if (name == m->name) return m;
    return nullptr;
}

namespace {

// Splits "code  #@ 155" into the code (trailing blanks removed) and 155; -1 when not annotated.
int take_annotation(std::string_view& line) {
    size_t at = line.rfind("#@ ");
    if (at == std::string_view::npos) return -1;
    int n = 0;
    size_t p = at + 3;
    if (p >= line.size()) return -1;
    for (; p < line.size(); ++p) {
        if (line[p] < '0' || line[p] > '9') return -1;
        n = n * 10 + (line[p] - '0');
    }
    line = line.substr(0, at);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    return n;
}

} // namespace

std::shared_ptr<SourceFile> embedded_source(const EmbeddedModule& m) {
    std::string_view text = m.source;
    std::string cleaned;
    std::vector<int> reported;
    bool any = false;
    int line = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t eol = text.find('\n', pos);
        std::string_view l = text.substr(pos, (eol == std::string_view::npos ? text.size() : eol) - pos);
        ++line;
        int shown = take_annotation(l);
        if (shown >= 0) any = true;
        reported.push_back(shown >= 0 ? shown : line);
        cleaned.append(l);
        if (eol == std::string_view::npos) break;
        cleaned.push_back('\n');
        pos = eol + 1;
    }
    auto src = std::make_shared<SourceFile>(m.filename, std::move(cleaned));
    src->is_library = true;
    src->hide_frames = std::string_view(m.source).find("# loopstep-hidden-frames") != std::string_view::npos;
    src->no_text = m.filename[0] == '<';
    if (any) src->reported_line = std::move(reported);
    return src;
}

} // namespace loopstep::py
