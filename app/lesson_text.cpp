// Reading lesson files; see lesson_text.h.
#include "app/lesson_text.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

namespace {

enum class Section { other, explanation, watch_for };

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

// The first code point of `s`, or its last one when `last`. Malformed UTF-8 yields 0, which
// counts as narrow.
char32_t code_point_at(std::string_view s, bool last) {
    if (s.empty()) return 0;
    size_t i = 0;
    if (last) {
        i = s.size() - 1;
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    }
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b0 = byte(i);
    size_t len = b0 < 0x80           ? 1
                 : (b0 >> 5) == 0x6  ? 2
                 : (b0 >> 4) == 0xE  ? 3
                 : (b0 >> 3) == 0x1E ? 4
                                     : 0;
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 1) return b0;
    char32_t cp = b0 & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
    return cp;
}

// Chinese and Japanese text has no spaces between words, so a line break inside a paragraph
// between two such characters disappears instead of becoming a space (the rule CSS Text 3 uses
// for segment breaks). Hangul is excluded: Korean separates words with spaces.
bool is_wide_unspaced(char32_t cp) {
    return (cp >= 0x3000 && cp <= 0x30FF) || // CJK punctuation, hiragana, katakana
           (cp >= 0x31F0 && cp <= 0x31FF) || // katakana extensions
           (cp >= 0x3400 && cp <= 0x4DBF) || // CJK ideographs, extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) || // CJK ideographs
           (cp >= 0xF900 && cp <= 0xFAFF) || // CJK compatibility ideographs
           (cp >= 0xFF00 && cp <= 0xFF60) || // fullwidth forms
           (cp >= 0xFFE0 && cp <= 0xFFE6);
}

// Appends a continuation line to `text`, joined as a soft line break.
void join_line(std::string& text, std::string_view line) {
    if (text.empty()) {
        text = line;
        return;
    }
    if (!(is_wide_unspaced(code_point_at(text, true)) &&
          is_wide_unspaced(code_point_at(line, false))))
        text += ' ';
    text += line;
}

} // namespace

LessonText parse_lesson(std::string_view markdown) {
    if (markdown.substr(0, 3) == "\xEF\xBB\xBF") markdown.remove_prefix(3);
    LessonText lesson;
    Section section = Section::other;
    std::string paragraph; // the explanation paragraph being read
    bool in_item = false;  // the last line read belongs to a watch_for bullet
    auto end_paragraph = [&] {
        if (paragraph.empty()) return;
        if (!lesson.explanation.empty()) lesson.explanation += "\n\n";
        lesson.explanation += paragraph;
        paragraph.clear();
    };

    size_t pos = 0;
    while (pos <= markdown.size()) {
        size_t nl = markdown.find('\n', pos);
        std::string_view raw = markdown.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        pos = nl == std::string_view::npos ? markdown.size() + 1 : nl + 1;
        std::string_view line = trim(raw);

        if (line.substr(0, 1) == "#") {
            end_paragraph();
            in_item = false;
            size_t hashes = std::min(line.find_first_not_of('#'), line.size());
            std::string_view title = trim(line.substr(hashes));
            section = Section::other;
            if (hashes == 2 && equals_ignoring_case(title, "Explanation")) {
                section = Section::explanation;
            } else if (hashes == 2 && equals_ignoring_case(title, "What to watch for")) {
                section = Section::watch_for;
            }
            continue;
        }
        if (section == Section::explanation) {
            if (line.empty()) {
                end_paragraph();
            } else {
                join_line(paragraph, line);
            }
        } else if (section == Section::watch_for) {
            if (line.empty()) {
                in_item = false;
            } else if (line.substr(0, 2) == "- " || line.substr(0, 2) == "* ") {
                lesson.watch_for.emplace_back(trim(line.substr(2)));
                in_item = true;
            } else if (in_item) {
                join_line(lesson.watch_for.back(), line);
            }
        }
    }
    end_paragraph();
    return lesson;
}

fs::path lesson_path(const fs::path& scenario, std::string_view lang) {
    return scenario.parent_path() / "lessons" /
           (scenario.stem().string() + "." + std::string(lang) + ".md");
}

std::optional<LessonText> load_lesson(const fs::path& scenario, std::string_view lang) {
    for (std::string_view candidate : {lang, std::string_view("en")}) {
        if (candidate.empty()) continue;
        fs::path path = lesson_path(scenario, candidate);
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) continue;
        std::ifstream in(path, std::ios::binary);
        if (!in) continue;
        std::ostringstream text;
        text << in.rdbuf();
        LessonText lesson = parse_lesson(text.str());
        lesson.lang = candidate;
        return lesson;
    }
    return std::nullopt;
}

} // namespace loopstep::app
