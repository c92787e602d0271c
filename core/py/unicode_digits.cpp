// Unicode digits and whitespace for the numeric layer; the tables are generated from CPython's own
// unicodedata by tools/gen_unicode_digits.py so they match the interpreter we compare against.
#include "core/py/unicode_digits.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace loopstep::py {

namespace {
#include "core/py/unicode_digits_table.inc"
} // namespace

char32_t utf8_next(std::string_view text, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    int extra = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra <= 0 || pos + extra >= text.size()) {
        ++pos;
        return lead;
    }
    char32_t cp = lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return lead;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    pos += extra + 1;
    return cp;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::size_t utf8_offset(std::string_view text, std::size_t count) {
    std::size_t pos = 0;
    while (count > 0 && pos < text.size()) {
        utf8_next(text, pos);
        --count;
    }
    return pos;
}

int unicode_decimal_value(char32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (cp < 0x660) return -1;
    auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
    char32_t zero = *(it - 1);
    return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

bool unicode_is_space(char32_t cp) {
    return std::binary_search(std::begin(kSpaces), std::end(kSpaces), cp);
}

std::string transform_decimal_and_space_to_ascii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = utf8_next(text, pos);
        if (cp < 127) {
            out += static_cast<char>(cp);
        } else if (unicode_is_space(cp)) {
            out += ' ';
        } else if (int d = unicode_decimal_value(cp); d >= 0) {
            out += static_cast<char>('0' + d);
        } else {
            out += '?';
            break;
        }
    }
    return out;
}

namespace {

// Non-ASCII code points CPython's repr escapes that a short list can cover: C1 controls, the
// separators (category Z* except ' ') and the common format characters.
bool basic_is_unprintable(char32_t cp) {
    if (cp >= 0x80 && cp <= 0xA0) return true;
    if (cp == 0xAD || cp == 0x1680 || cp == 0x061C || cp == 0x180E) return true;
    if (cp >= 0x2000 && cp <= 0x200F) return true;
    if (cp >= 0x2028 && cp <= 0x202F) return true;
    if (cp >= 0x205F && cp <= 0x206F) return true;
    if (cp == 0x3000 || cp == 0xFEFF) return true;
    if (cp >= 0xD800 && cp <= 0xF8FF) return true; // surrogates and private use
    if (cp >= 0xFFF0 && cp <= 0xFFFB) return true;
    return cp >= 0xE0000;
}

} // namespace

std::string basic_str_repr(std::string_view text) {
    bool has_single = text.find('\'') != std::string_view::npos;
    bool has_double = text.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    std::size_t pos = 0;
    char buf[16];
    while (pos < text.size()) {
        char32_t cp = utf8_next(text, pos);
        if (cp == static_cast<char32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
            out += buf;
        } else if (cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (basic_is_unprintable(cp)) {
            if (cp < 0x100) {
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
            } else if (cp < 0x10000) {
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            } else {
                std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
            }
            out += buf;
        } else {
            utf8_append(out, cp);
        }
    }
    out += quote;
    return out;
}

} // namespace loopstep::py
