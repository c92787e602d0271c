// Reading the generated cases in stdlib_cases.inc: lists are space-separated text and floats are
// in float.hex() form, which strtod reads exactly. Also formats a LibError the way CPython prints
// an exception's type and message, so expected errors compare as text.
#pragma once

#include "core/py/lib/lib_error.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace case_parsing {

inline std::vector<std::string> split(const char* text) {
    std::vector<std::string> parts;
    std::istringstream in(text ? text : "");
    std::string part;
    while (in >> part) parts.push_back(part);
    return parts;
}

inline std::vector<std::int64_t> ints(const char* text) {
    std::vector<std::int64_t> out;
    for (const std::string& p : split(text)) out.push_back(std::strtoll(p.c_str(), nullptr, 10));
    return out;
}

inline std::vector<std::uint64_t> u64s(const char* text) {
    std::vector<std::uint64_t> out;
    for (const std::string& p : split(text)) out.push_back(std::strtoull(p.c_str(), nullptr, 10));
    return out;
}

inline std::vector<double> floats(const char* text) {
    std::vector<double> out;
    for (const std::string& p : split(text)) out.push_back(std::strtod(p.c_str(), nullptr));
    return out;
}

// Little-endian 32-bit words with the high zero words dropped (so 0 is the empty list).
inline std::vector<std::uint32_t> trimmed(std::vector<std::uint32_t> words) {
    while (!words.empty() && words.back() == 0) words.pop_back();
    return words;
}

inline std::vector<std::uint32_t> words(const char* text) {
    std::vector<std::uint32_t> out;
    for (std::uint64_t v : u64s(text)) out.push_back(static_cast<std::uint32_t>(v));
    return trimmed(out);
}

// Equal as Python sees a float's repr: the same bits, or both NaN.
inline bool same_float(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

inline bool same_floats(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same_float(a[i], b[i])) return false;
    return true;
}

// "ValueError: message", or "OSError: [Errno 75] message" as str(OSError) shows it.
inline std::string error_text(const loopstep::py::LibError& e) {
    std::string text = std::string(loopstep::py::py_error_type_name(e.type())) + ": ";
    if (e.os_errno() != 0) text += "[Errno " + std::to_string(e.os_errno()) + "] ";
    return text + e.what();
}

} // namespace case_parsing
