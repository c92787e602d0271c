// The little Unicode knowledge the numeric layer needs: UTF-8 stepping, the decimal value of any
// Unicode digit and str.isspace(), as CPython 3.11 (Unicode 14) has them. int('٣٤'), float('１.５')
// and a format width written in Devanagari digits all work in CPython, so they work here too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace loopstep::py {

// Decodes the code point at `pos` and advances `pos` past it. Input is well-formed UTF-8 (Python
// strings are); a stray byte is returned as itself so that malformed input still terminates.
char32_t utf8_next(std::string_view text, std::size_t& pos);

void utf8_append(std::string& out, char32_t cp);

// The number of code points, which is what Python's len() counts.
std::size_t utf8_length(std::string_view text);

// The byte offset just past the first `count` code points (or text.size()).
std::size_t utf8_offset(std::string_view text, std::size_t count);

// 0..9 for any Unicode decimal digit (category Nd), otherwise -1.
int unicode_decimal_value(char32_t cp);

// str.isspace() for one code point.
bool unicode_is_space(char32_t cp);

// Py_ISSPACE: the ASCII whitespace int() and float() skip after the transform below.
inline bool ascii_is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits become ASCII digits,
// Unicode whitespace becomes ' ', ASCII passes through, and the text is cut after a '?' at the
// first other character (so it can no longer parse). int() and float() read the result.
std::string transform_decimal_and_space_to_ascii(std::string_view text);

// repr() of a str for error messages. Exact for ASCII and for printable non-ASCII text; non-ASCII
// control, format and separator characters are escaped from a short list rather than the full
// Unicode tables. Callers with the object model's repr pass that instead (see ReprFn).
std::string basic_str_repr(std::string_view text);

using ReprFn = std::string (*)(std::string_view text);

} // namespace loopstep::py
