// Loading a scenario for display; see scenario_document.h.
#include "app/scenario_document.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

std::string ScenarioDocument::title(std::string_view lang) const {
    std::string t = header.get("title", lang);
    return t.empty() ? path.filename().string() : t;
}

std::vector<std::string> split_source_lines(std::string_view text) {
    constexpr size_t tab_stop = 8;
    std::vector<std::string> lines;
    std::string current;
    size_t column = 0; // in code points, so a tab after non-ASCII text still lands on a stop
    bool open = false; // whether `current` holds a line that has not ended yet
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            lines.push_back(std::move(current));
            current.clear();
            column = 0;
            open = false;
            continue;
        }
        open = true;
        if (c == '\t') {
            size_t spaces = tab_stop - column % tab_stop;
            current.append(spaces, ' ');
            column += spaces;
            continue;
        }
        current.push_back(c);
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    }
    if (open) lines.push_back(std::move(current));
    return lines;
}

std::optional<std::string> read_file(const fs::path& path, std::string* error) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        if (error) *error = "cannot open '" + path.string() + "': it is a folder, not a file";
        return std::nullopt;
    }
    struct Closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Closer> f(std::fopen(path.c_str(), "rb"));
    if (!f) {
        if (error) *error = "cannot open '" + path.string() + "': " + std::strerror(errno);
        return std::nullopt;
    }
    std::string text;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) text.append(buf, n);
    if (std::ferror(f.get())) {
        if (error) *error = "cannot read '" + path.string() + "': " + std::strerror(errno);
        return std::nullopt;
    }
    return text;
}

std::optional<ScenarioDocument> load_scenario(const fs::path& path, std::string* error) {
    auto text = read_file(path, error);
    if (!text) return std::nullopt;
    ScenarioDocument doc;
    doc.path = path;
    doc.text = std::move(*text);
    doc.lines = split_source_lines(doc.text);
    doc.header = scenario::parse_header(doc.text);
    return doc;
}

} // namespace loopstep::app
