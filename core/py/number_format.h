// Numbers as text, exactly as CPython 3.11 writes them: repr() of a float (the shortest digits
// that read back to the same float), the format-spec mini-language behind format(), f-strings
// and str.format() for float, int and str, and the numeric conversions of the % operator.
//
// Digits come from std::to_chars, which (like CPython's dtoa) produces the shortest round-trip
// digits or the exactly rounded ones for a given precision; the layout rules on top of them are
// CPython's PyOS_double_to_string and Python/formatter_unicode.c, rewritten here. Errors carry
// CPython's exact messages. All text is UTF-8; widths, fills and precisions count code points.
#pragma once

#include "core/py/bigint.h"
#include "core/py/num_result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace loopstep::py {

// repr(x) and str(x) of a float: "1e+16", "1e-05", "0.0001", "-0.0", "inf", "nan",
// "0.30000000000000004".
std::string float_repr(double x);

// Flags of double_to_string (CPython's Py_DTSF_*).
enum DoubleToStringFlags : unsigned {
    kDtsSign = 1,    // always write a sign
    kDtsAddDot0 = 2, // "1.0" rather than "1" when the result looks like an integer
    kDtsAlt = 4,     // '#': keep trailing zeros and the decimal point
    kDtsNoNeg0 = 8,  // 'z': a negative zero after rounding loses its sign
};

// CPython's PyOS_double_to_string: code is one of e E f F g G r ('r' = repr, precision 0).
std::string double_to_string(double x, char code, int precision, unsigned flags);

enum class Grouping : char {
    None,
    Comma,          // ',' every three digits
    Underscore,     // '_' every three digits (decimal types)
    UnderscoreFour, // '_' every four digits (b, o, x, X)
};

// A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type].
struct FormatSpec {
    char32_t fill = ' ';
    char32_t align = '>';    // '<', '>', '^' or '='
    bool alternate = false;  // '#'
    char32_t sign = 0;       // '+', '-', ' ' or 0 when not given
    bool no_neg_0 = false;   // 'z'
    std::int64_t width = -1; // -1 when not given
    Grouping grouping = Grouping::None;
    std::int64_t precision = -1; // -1 when not given
    char32_t type = 0;           // the presentation type, or the default type when not given
};

// Parses a spec as CPython's parse_internal_render_format_spec does for an object whose type
// is named `type_name` and whose defaults are `default_type` ('d' int, 's' str, 0 float) and
// `default_align` ('>' numbers, '<' str). Errors: "Invalid format specifier '...' for object of
// type '...'", "Format specifier missing precision", "Cannot specify ',' with 's'.", ...
NumResult<FormatSpec> parse_format_spec(std::string_view spec, char32_t default_type,
                                        char32_t default_align, std::string_view type_name);

// format(x, spec) for a float (or a subclass named type_name). An empty spec is str(x).
NumResult<std::string> format_float(double x, std::string_view spec,
                                    std::string_view type_name = "float");

// format(n, spec) for an int. An empty spec is str(n); a bool's caller handles '' itself (it
// prints True/False) and passes type_name "bool" for the error messages. Decimal output obeys
// the int max str digits limit (0 = none).
NumResult<std::string> format_int(const BigInt& n, std::string_view spec,
                                  std::string_view type_name = "int",
                                  std::size_t max_str_digits = kDefaultMaxStrDigits);
NumResult<std::string> format_int(std::int64_t n, std::string_view spec,
                                  std::string_view type_name = "int",
                                  std::size_t max_str_digits = kDefaultMaxStrDigits);

// format(s, spec) for a str: alignment, fill and precision (truncation) in code points.
NumResult<std::string> format_str(std::string_view text, std::string_view spec,
                                  std::string_view type_name = "str");

// One %-conversion as the caller parsed it from the format string: flags, width, precision
// (-1 when absent; '*' already resolved, a negative '*' width already turned into '-') and the
// conversion character.
struct PrintfSpec {
    bool left_adjust = false; // '-'
    bool sign_plus = false;   // '+'
    bool sign_space = false;  // ' '
    bool alternate = false;   // '#'
    bool zero_pad = false;    // '0'
    std::int64_t width = -1;
    std::int64_t precision = -1;
    char conversion = 'd';
};

// %d %i %u %o %x %X of an int (the caller turns a float into an int first for d/i/u, with
// int()'s truncation, and raises TypeError for o/x/X of a float).
NumResult<std::string> printf_format_int(const BigInt& n, const PrintfSpec& spec,
                                         std::size_t max_str_digits = kDefaultMaxStrDigits);
// %e %E %f %F %g %G of a float.
NumResult<std::string> printf_format_float(double x, const PrintfSpec& spec);
// The code point %c prints for an int: OverflowError "%c arg not in range(0x110000)".
NumResult<char32_t> printf_char_code(const BigInt& n);
// %c once the character is known (from printf_char_code or a one-character str).
std::string printf_format_char(char32_t cp, const PrintfSpec& spec);
// %s %r %a once the caller has made str(), repr() or ascii() of the argument.
std::string printf_format_text(std::string_view text, const PrintfSpec& spec);

} // namespace loopstep::py
