// Parsing of the scenario header comment; see header.h.
#include "core/scenario/header.h"

namespace loopstep::scenario {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

} // namespace

std::string Header::get(const std::string& key, std::string_view lang) const {
    if (lang != "en") {
        auto it = fields.find(key + "." + std::string(lang));
        if (it != fields.end() && !it->second.empty()) return it->second;
    }
    auto it = fields.find(key);
    return it == fields.end() ? std::string() : it->second;
}

Header parse_header(std::string_view source) {
    Header h;
    std::string* last = nullptr;
    size_t pos = 0;
    // A UTF-8 byte order mark is not part of the first line.
    if (source.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < source.size()) {
        size_t eol = source.find('\n', pos);
        if (eol == std::string_view::npos) eol = source.size();
        std::string_view line = source.substr(pos, eol - pos);
        pos = eol + 1;
        std::string_view t = trim(line);
        if (t.empty()) {
            last = nullptr;
            continue;
        }
        if (t.front() != '#') break;
        std::string_view body = t.substr(1);
        size_t indent = 0;
        while (indent < body.size() && body[indent] == ' ') ++indent;
        std::string_view rest = body.substr(indent);
        size_t k = 0;
        while (k < rest.size() && is_key_char(rest[k])) ++k;
        if (indent <= 1 && k > 0 && k < rest.size() && rest[k] == ':') {
            std::string key(rest.substr(0, k));
            last = &h.fields[key];
            *last = std::string(trim(rest.substr(k + 1)));
        } else if (last && indent >= 2 && !trim(rest).empty()) {
            if (!last->empty()) last->push_back(' ');
            last->append(trim(rest));
        } else {
            last = nullptr;
        }
    }
    return h;
}

} // namespace loopstep::scenario
