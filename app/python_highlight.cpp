// The Source pane's line scanner; see python_highlight.h.
#include "app/python_highlight.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace loopstep::app {

namespace {

constexpr std::array<std::string_view, 35> keywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

constexpr std::array<std::string_view, 22> builtins = {
    "print", "len",       "range",      "list",      "dict",         "set",
    "tuple", "str",       "int",        "float",     "bool",         "isinstance",
    "super", "Exception", "ValueError", "TypeError", "RuntimeError", "KeyError",
    "self",  "enumerate", "zip",        "sorted"};

bool is_ident_start(unsigned char c) {
    return std::isalpha(c) || c == '_' || c >= 0x80;
}
bool is_ident(unsigned char c) {
    return std::isalnum(c) || c == '_' || c >= 0x80;
}

template <size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// An open triple-quoted string carried from one line to the next.
struct Open {
    std::string quote; // "" when none; else ''' or """
    bool fstring = false;
};

class LineScanner {
  public:
    LineScanner(const std::string& line, Open& open) : s_(line), open_(open) {}

    std::vector<HighlightSpan> run() {
        size_t i = 0;
        if (!open_.quote.empty()) i = string_body(0, open_.quote, open_.fstring, 0);
        while (i < s_.size()) {
            unsigned char c = static_cast<unsigned char>(s_[i]);
            if (c == '#') {
                add(i, s_.size(), TokenKind::Comment);
                break;
            }
            if (c == '@' && first_on_line(i)) {
                size_t j = i + 1;
                while (j < s_.size() &&
                       (is_ident(static_cast<unsigned char>(s_[j])) || s_[j] == '.'))
                    ++j;
                add(i, j, TokenKind::Decorator);
                i = j;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = string_at(i, i, false);
                continue;
            }
            if (std::isdigit(c) || (c == '.' && i + 1 < s_.size() &&
                                    std::isdigit(static_cast<unsigned char>(s_[i + 1])))) {
                i = number_at(i);
                continue;
            }
            if (is_ident_start(c)) {
                size_t j = i;
                while (j < s_.size() && is_ident(static_cast<unsigned char>(s_[j]))) ++j;
                std::string_view word(s_.data() + i, j - i);
                if (j < s_.size() && (s_[j] == '"' || s_[j] == '\'') && is_prefix(word)) {
                    bool f = word.find_first_of("fF") != std::string_view::npos;
                    i = string_at(i, j, f);
                    continue;
                }
                bool attribute = i > 0 && s_[i - 1] == '.';
                TokenKind k = TokenKind::Plain;
                if (contains(keywords, word))
                    k = TokenKind::Keyword;
                else if (!attribute && contains(builtins, word))
                    k = TokenKind::Builtin;
                add(i, j, k);
                i = j;
                continue;
            }
            add(i, i + 1, TokenKind::Plain);
            ++i;
        }
        return std::move(spans_);
    }

  private:
    static bool is_prefix(std::string_view w) {
        if (w.size() > 2) return false;
        return std::all_of(w.begin(), w.end(), [](char ch) {
            return std::string_view("rRbBfFuU").find(ch) != std::string_view::npos;
        });
    }

    bool first_on_line(size_t i) const { return s_.find_first_not_of(" \t") == i; }

    void add(size_t b, size_t e, TokenKind k) {
        if (e <= b) return;
        if (!spans_.empty() && spans_.back().kind == k && spans_.back().end == b) {
            spans_.back().end = static_cast<uint32_t>(e);
            return;
        }
        spans_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), k});
    }

    // A string starting at `start` (its prefix) whose quote is at `q`.
    size_t string_at(size_t start, size_t q, bool fstring) {
        std::string quote(1, s_[q]);
        if (s_.compare(q, 3, std::string(3, s_[q])) == 0) quote.assign(3, s_[q]);
        return string_body(q + quote.size(), quote, fstring, start);
    }

    // Scans to the closing quote; an unclosed triple quote stays open for the next line.
    // `quote` is a copy: the open string it may come from is reset here.
    size_t string_body(size_t i, std::string quote, bool fstring, size_t start) {
        const TokenKind k = fstring ? TokenKind::FString : TokenKind::String;
        while (i < s_.size()) {
            if (s_[i] == '\\') {
                i += 2;
                continue;
            }
            if (s_.compare(i, quote.size(), quote) == 0) {
                open_ = {};
                add(start, i + quote.size(), k);
                return i + quote.size();
            }
            ++i;
        }
        add(start, s_.size(), k);
        open_ = quote.size() == 3 ? Open{quote, fstring} : Open{};
        return s_.size();
    }

    size_t number_at(size_t i) {
        size_t j = i;
        auto at = [&](size_t k) { return k < s_.size() ? static_cast<unsigned char>(s_[k]) : 0; };
        while (j < s_.size()) {
            unsigned char c = at(j);
            if (std::isalnum(c) || c == '_' || c == '.') {
                ++j;
            } else if ((c == '+' || c == '-') && (at(j - 1) == 'e' || at(j - 1) == 'E') &&
                       !(at(i) == '0' && (at(i + 1) == 'x' || at(i + 1) == 'X'))) {
                ++j;
            } else {
                break;
            }
        }
        add(i, j, TokenKind::Number);
        return j;
    }

    const std::string& s_;
    Open& open_;
    std::vector<HighlightSpan> spans_;
};

} // namespace

std::vector<std::vector<HighlightSpan>> highlight_python(const std::vector<std::string>& lines) {
    std::vector<std::vector<HighlightSpan>> out;
    out.reserve(lines.size());
    Open open;
    for (const std::string& line : lines) out.push_back(LineScanner(line, open).run());
    return out;
}

} // namespace loopstep::app
