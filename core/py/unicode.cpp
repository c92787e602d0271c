// Lookups in the generated Unicode tables and the UTF-8 helpers; see unicode_tables.h.
#include "core/py/unicode_tables.h"

namespace loopstep::py::unicode {

bool in_ranges(const CodeRange* ranges, std::size_t n, std::uint32_t cp) {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (cp < ranges[mid].first)
            hi = mid;
        else if (cp > ranges[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool is_identifier_start(std::uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return in_ranges(kIdentifierStart, kIdentifierStart_size, cp);
}

bool is_identifier_continue(std::uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == '_';
    return in_ranges(kIdentifierContinue, kIdentifierContinue_size, cp);
}

bool is_printable(std::uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return in_ranges(kPrintable, kPrintable_size, cp);
}

bool decode_utf8(std::string_view s, std::size_t& i, std::uint32_t& cp) {
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        ++i;
        return true;
    }
    int n;
    std::uint32_t min;
    if (b0 >= 0xC2 && b0 < 0xE0)
        n = 1, cp = b0 & 0x1F, min = 0x80;
    else if (b0 >= 0xE0 && b0 < 0xF0)
        n = 2, cp = b0 & 0x0F, min = 0x800;
    else if (b0 >= 0xF0 && b0 < 0xF5)
        n = 3, cp = b0 & 0x07, min = 0x10000;
    else {
        cp = b0;
        ++i;
        return false;
    }
    if (i + n >= s.size()) {
        cp = b0;
        ++i;
        return false;
    }
    for (int k = 1; k <= n; ++k) {
        auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            cp = b0;
            ++i;
            return false;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) {
        cp = b0;
        ++i;
        return false;
    }
    i += n + 1;
    return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
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

std::size_t count_code_points(std::string_view s) {
    std::size_t i = 0, n = 0;
    std::uint32_t cp;
    while (i < s.size()) {
        decode_utf8(s, i, cp);
        ++n;
    }
    return n;
}

std::size_t find_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    std::uint32_t cp;
    while (i < s.size()) {
        std::size_t at = i;
        if (!decode_utf8(s, i, cp) || (cp >= 0xD800 && cp <= 0xDFFF)) return at;
    }
    return std::string_view::npos;
}

} // namespace loopstep::py::unicode
