// Float repr, the format-spec mini-language and %-conversions, following CPython 3.11's
// Python/pystrtod.c (format_float_short), Python/formatter_unicode.c and the % machinery of
// Objects/unicodeobject.c. The digit strings come from std::to_chars.
#include "core/py/number_format.h"

#include "core/py/unicode_digits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace loopstep::py {

namespace {

// Beyond this many characters a formatted result is refused with MemoryError rather than built.
constexpr std::int64_t kMaxFormattedChars = std::int64_t{1} << 28;

NumError memory_error() {
    return num_error(NumErrorKind::MemoryError, "");
}

// Scratch space for std::to_chars: on the stack for the usual short results, on the heap for
// the rare thousand-digit ones.
class CharBuffer {
  public:
    explicit CharBuffer(std::size_t size) : size_(size) {
        if (size > small_.size()) large_.resize(size);
    }
    CharBuffer(const CharBuffer&) = delete;
    CharBuffer& operator=(const CharBuffer&) = delete;
    char* begin() { return large_.empty() ? small_.data() : large_.data(); }
    char* end() { return begin() + size_; }

  private:
    std::array<char, 400> small_;
    std::string large_;
    std::size_t size_;
};

// What CPython's _Py_dg_dtoa returns for a finite double: significant digits without trailing
// zeros ("0" for zero) and the position of the decimal point relative to them.
struct Digits {
    std::string digits;
    std::int64_t decpt = 0;
    bool negative = false;
};

// Reads "d.ddde+XX" (to_chars scientific) into digits and decimal point position.
void read_scientific(std::string_view s, Digits& out) {
    std::size_t e = s.find('e');
    for (std::size_t i = 0; i < e; ++i) {
        if (s[i] != '.') out.digits += s[i];
    }
    int exp10 = 0;
    std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp10);
    out.decpt = exp10 + 1;
}

void strip_trailing_zeros(Digits& d) {
    while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
    if (d.digits == "0") d.decpt = 1;
}

// mode 0: the shortest digits that round-trip.
Digits shortest_digits(double x) {
    Digits d;
    d.negative = std::signbit(x);
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
    read_scientific(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), d);
    strip_trailing_zeros(d);
    return d;
}

// mode 2: `ndigits` significant digits, correctly rounded.
Digits significant_digits(double x, int ndigits) {
    Digits d;
    d.negative = std::signbit(x);
    CharBuffer buf(static_cast<std::size_t>(ndigits) + 16);
    auto r = std::to_chars(buf.begin(), buf.end(), std::fabs(x), std::chars_format::scientific,
                           ndigits - 1);
    read_scientific(std::string_view(buf.begin(), static_cast<std::size_t>(r.ptr - buf.begin())),
                    d);
    strip_trailing_zeros(d);
    return d;
}

// mode 3: `ndigits` digits after the decimal point, correctly rounded.
Digits fixed_digits(double x, int ndigits) {
    Digits d;
    d.negative = std::signbit(x);
    CharBuffer buf(static_cast<std::size_t>(ndigits) + 330);
    auto r = std::to_chars(buf.begin(), buf.end(), std::fabs(x), std::chars_format::fixed, ndigits);
    std::string_view s(buf.begin(), static_cast<std::size_t>(r.ptr - buf.begin()));
    std::size_t dot = s.find('.');
    std::int64_t int_len =
        static_cast<std::int64_t>(dot == std::string_view::npos ? s.size() : dot);
    for (char c : s) {
        if (c != '.') d.digits += c;
    }
    std::size_t lead = 0;
    while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
    if (lead == d.digits.size()) {
        d.digits = "0";
        d.decpt = 1;
        return d;
    }
    d.digits.erase(0, lead);
    d.decpt = int_len - static_cast<std::int64_t>(lead);
    strip_trailing_zeros(d);
    return d;
}

// CPython's format_float_short: lays out dtoa digits for format code e, f, g or r.
std::string format_float_short(double x, char code, int mode, int precision, unsigned flags,
                               bool upper) {
    const bool add_dot_0 = flags & kDtsAddDot0;
    const bool alt = flags & kDtsAlt;
    std::string out;
    if (!std::isfinite(x)) {
        // The sign of a NaN is never shown.
        if (std::isinf(x) && x < 0) {
            out += '-';
        } else if (flags & kDtsSign) {
            out += '+';
        }
        out += std::isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        return out;
    }
    Digits d = mode == 0   ? shortest_digits(x)
               : mode == 2 ? significant_digits(x, precision)
                           : fixed_digits(x, precision);
    bool negative = d.negative;
    if ((flags & kDtsNoNeg0) && negative && d.digits == "0") negative = false;
    const auto digits_len = static_cast<std::int64_t>(d.digits.size());
    std::int64_t decpt = d.decpt;
    std::int64_t vdigits_end = digits_len;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default: // 'r': exponent form from 1e16 on, as repr() has done since Python 3.1
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    std::int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const std::int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) {
        vdigits_end = std::max(vdigits_end, decpt + 1);
    } else {
        vdigits_end = std::max(vdigits_end, decpt);
    }
    out.reserve(static_cast<std::size_t>(vdigits_end - vdigits_start) + 8);
    if (negative) {
        out += '-';
    } else if (flags & kDtsSign) {
        out += '+';
    }
    auto zeros = [&](std::int64_t n) {
        if (n > 0) out.append(static_cast<std::size_t>(n), '0');
    };
    if (decpt <= 0) {
        zeros(decpt - vdigits_start);
        out += '.';
        zeros(-decpt);
    } else {
        zeros(-vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(d.digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(d.digits, static_cast<std::size_t>(decpt));
    } else {
        out += d.digits;
    }
    if (digits_len < decpt) {
        zeros(decpt - digits_len);
        out += '.';
        zeros(vdigits_end - decpt);
    } else {
        zeros(vdigits_end - digits_len);
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exp));
        out += buf;
    }
    return out;
}

// ---- the mini-language ----

std::string code_point_text(char32_t cp) {
    if (cp > 32 && cp < 128) return std::string(1, static_cast<char>(cp));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(cp));
    return buf;
}

NumError unknown_presentation_type(char32_t type, std::string_view type_name) {
    return num_error(NumErrorKind::ValueError, "Unknown format code '" + code_point_text(type) +
                                                   "' for object of type '" +
                                                   std::string(type_name.substr(0, 200)) + "'");
}

// Reads decimal digits (any Unicode Nd digit, as CPython's get_integer); -1 on overflow.
int read_integer(std::u32string_view s, std::size_t& pos, std::int64_t& result) {
    std::int64_t acc = 0;
    int count = 0;
    for (; pos < s.size(); ++pos, ++count) {
        int digit = unicode_decimal_value(s[pos]);
        if (digit < 0) break;
        if (acc > (std::numeric_limits<std::int64_t>::max() - digit) / 10) return -1;
        acc = acc * 10 + digit;
    }
    result = acc;
    return count;
}

// A digit string with separators every `group` digits and zero padding up to `min_width`
// characters (CPython's _PyUnicode_InsertThousandsGrouping; group 0 = no separators).
std::string group_digits(std::string_view digits, std::int64_t min_width, int group, char sep) {
    std::string rev;
    auto remaining = static_cast<std::int64_t>(digits.size());
    std::int64_t pos = remaining;
    min_width = std::max<std::int64_t>(0, min_width);
    bool use_sep = false;
    auto emit = [&](std::int64_t len) {
        std::int64_t n_zeros = std::max<std::int64_t>(0, len - remaining);
        std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, len));
        if (use_sep) rev += sep;
        for (std::int64_t i = 0; i < n_chars; ++i) rev += digits[static_cast<std::size_t>(--pos)];
        rev.append(static_cast<std::size_t>(n_zeros), '0');
        remaining -= n_chars;
        return n_chars;
    };
    bool finished = false;
    if (group > 0) {
        for (;;) {
            std::int64_t len = std::min<std::int64_t>(
                group, std::max<std::int64_t>(std::max(remaining, min_width), 1));
            emit(len);
            use_sep = true;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!finished) emit(std::max<std::int64_t>(std::max(remaining, min_width), 1));
    return std::string(rev.rbegin(), rev.rend());
}

// CPython's calc_number_widths + fill_number: sign, prefix, zero padding with grouping,
// decimal point and remainder, aligned in the requested width.
NumResult<std::string> layout_number(bool negative, std::string_view prefix,
                                     std::string_view int_digits, bool has_decimal,
                                     std::string_view remainder, const FormatSpec& f, bool upper) {
    if (f.width > kMaxFormattedChars) return memory_error();
    char sign = 0;
    if (f.sign == '+') {
        sign = negative ? '-' : '+';
    } else if (f.sign == ' ') {
        sign = negative ? '-' : ' ';
    } else if (negative) {
        sign = '-';
    }
    const std::int64_t n_sign = sign ? 1 : 0;
    const auto n_prefix = static_cast<std::int64_t>(prefix.size());
    const std::int64_t n_decimal = has_decimal ? 1 : 0;
    const auto n_remainder = static_cast<std::int64_t>(utf8_length(remainder));
    const std::int64_t non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    const std::int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - non_digit : 0;
    int group = 0;
    char sep = 0;
    switch (f.grouping) {
    case Grouping::None: break;
    case Grouping::Comma: group = 3, sep = ','; break;
    case Grouping::Underscore: group = 3, sep = '_'; break;
    case Grouping::UnderscoreFour: group = 4, sep = '_'; break;
    }
    // Separators or zero padding need the grouping pass; plain digits are copied as they are.
    std::string grouped_storage;
    std::string_view grouped = int_digits;
    if (!int_digits.empty() &&
        (group > 0 || min_width > static_cast<std::int64_t>(int_digits.size()))) {
        grouped_storage = group_digits(int_digits, min_width, group, sep);
        grouped = grouped_storage;
    }
    const std::int64_t n_padding =
        f.width - (non_digit + static_cast<std::int64_t>(grouped.size()));
    std::int64_t lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (f.align) {
        case '<': rpad = n_padding; break;
        case '^':
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
            break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    std::string fill;
    if (n_padding > 0) utf8_append(fill, f.fill);
    std::string out;
    out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(n_padding, 0)) * fill.size() +
                static_cast<std::size_t>(non_digit) + grouped.size() + remainder.size());
    auto pad = [&](std::int64_t n) {
        for (std::int64_t i = 0; i < n; ++i) out += fill;
    };
    auto append = [&](std::string_view text) {
        if (!upper) {
            out += text;
            return;
        }
        for (char c : text) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    };
    pad(lpad);
    if (sign) out += sign;
    append(prefix);
    pad(spad);
    append(grouped);
    if (has_decimal) out += '.';
    out += remainder;
    pad(rpad);
    return out;
}

NumResult<std::string> format_float_with(double x, const FormatSpec& f) {
    if (f.precision > INT_MAX) return num_error(NumErrorKind::ValueError, "precision too big");
    if (f.precision > kMaxFormattedChars) return memory_error();
    int precision = static_cast<int>(f.precision);
    unsigned flags = 0;
    if (f.alternate) flags |= kDtsAlt;
    if (f.no_neg_0) flags |= kDtsNoNeg0;
    char type = static_cast<char>(f.type);
    int default_precision = 6;
    if (type == 0) {
        // No type: like repr() without a precision, else like 'g' keeping a ".0".
        flags |= kDtsAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        x *= 100;
        add_pct = true;
    }
    if (precision < 0) {
        precision = default_precision;
    } else if (type == 'r') {
        type = 'g';
    }
    if (type == 'f' || type == 'F') {
        // Fixed notation spells out every integer digit: 1e308 has 309 of them.
        if (std::isfinite(x) && precision + 400 > kMaxFormattedChars) return memory_error();
    }
    std::string body = double_to_string(x, type, precision, flags);
    if (add_pct) body += '%';
    bool negative = false;
    std::string_view s = body;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    std::size_t n_int = 0;
    while (n_int < s.size() && s[n_int] >= '0' && s[n_int] <= '9') ++n_int;
    bool has_decimal = n_int < s.size() && s[n_int] == '.';
    std::string_view remainder = s.substr(n_int + (has_decimal ? 1 : 0));
    return layout_number(negative, "", s.substr(0, n_int), has_decimal, remainder, f, false);
}

NumResult<std::string> format_int_digits(bool negative, const BigInt* big, std::int64_t small,
                                         const FormatSpec& f, std::size_t max_str_digits) {
    if (f.precision != -1) {
        return num_error(NumErrorKind::ValueError,
                         "Precision not allowed in integer format specifier");
    }
    if (f.no_neg_0) {
        return num_error(NumErrorKind::ValueError,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'c') {
        if (f.sign != 0) {
            return num_error(NumErrorKind::ValueError,
                             "Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate) {
            return num_error(NumErrorKind::ValueError,
                             "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        std::int64_t code = small;
        if (big) {
            if (!big->fits_int64()) {
                return num_error(NumErrorKind::OverflowError,
                                 "Python int too large to convert to C long");
            }
            code = big->to_int64();
        }
        if (code < 0 || code > 0x10FFFF) {
            return num_error(NumErrorKind::OverflowError, "%c arg not in range(0x110000)");
        }
        std::string ch;
        utf8_append(ch, static_cast<char32_t>(code));
        return layout_number(false, "", "", false, ch, f, false);
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
    case 'b':
        base = 2;
        prefix = "0b";
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        break;
    case 'x':
    case 'X':
        base = 16;
        prefix = "0x";
        break;
    default: break;
    }
    std::string digits;
    if (big) {
        if (base == 10) {
            auto r = big->abs().to_decimal_string(max_str_digits);
            if (!r.ok()) return r.error;
            digits = std::move(r.value);
        } else {
            digits = big->abs().to_string(base);
        }
    } else {
        std::uint64_t u =
            small < 0 ? 0 - static_cast<std::uint64_t>(small) : static_cast<std::uint64_t>(small);
        char buf[72];
        auto r = std::to_chars(buf, buf + sizeof buf, u, base);
        digits.assign(buf, r.ptr);
    }
    return layout_number(negative, f.alternate ? prefix : "", digits, false, "", f, f.type == 'X');
}

NumResult<std::string> format_int_impl(bool negative, const BigInt* big, std::int64_t small,
                                       std::string_view spec, std::string_view type_name,
                                       std::size_t max_str_digits) {
    if (spec.empty()) {
        if (big) return big->to_decimal_string(max_str_digits);
        return std::to_string(small);
    }
    auto parsed = parse_format_spec(spec, 'd', '>', type_name);
    if (!parsed.ok()) return parsed.error;
    const FormatSpec& f = parsed.value;
    switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n': return format_int_digits(negative, big, small, f, max_str_digits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double x = static_cast<double>(small);
        if (big) {
            auto d = big->to_double();
            if (!d.ok()) return d.error;
            x = d.value;
        }
        return format_float_with(x, f);
    }
    default: return unknown_presentation_type(f.type, type_name);
    }
}

// CPython's unicode_format_arg_output: sign, '0x' prefix, padding for one %-conversion.
std::string printf_output(std::string_view str, const PrintfSpec& spec, bool numeric) {
    const char32_t fill = numeric && spec.zero_pad ? '0' : ' ';
    const char conv = spec.conversion;
    auto len = static_cast<std::int64_t>(utf8_length(str));
    if ((conv == 's' || conv == 'r' || conv == 'a') && spec.precision >= 0 &&
        len > spec.precision) {
        len = spec.precision;
    }
    std::int64_t width = spec.width;
    std::size_t pindex = 0;
    bool sign = numeric;
    char signchar = 0;
    if (sign) {
        if (!str.empty() && (str[0] == '-' || str[0] == '+')) {
            signchar = str[0];
            --len;
            ++pindex;
        } else if (spec.sign_plus) {
            signchar = '+';
        } else if (spec.sign_space) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    std::string out;
    const bool radix_prefix = spec.alternate && (conv == 'x' || conv == 'X' || conv == 'o');
    if (sign) {
        if (fill != ' ') out += signchar;
        if (width > len) --width;
    }
    if (radix_prefix) {
        if (fill != ' ') {
            out += '0';
            out += conv;
            pindex += 2;
        }
        width = std::max<std::int64_t>(width - 2, 0);
        len -= 2;
    }
    if (width > len && !spec.left_adjust) {
        out.append(static_cast<std::size_t>(width - len), static_cast<char>(fill));
        width = len;
    }
    if (fill == ' ') {
        if (sign) out += signchar;
        if (radix_prefix) {
            out += '0';
            out += conv;
            pindex += 2;
        }
    }
    std::string_view rest = str.substr(pindex);
    out +=
        rest.substr(0, utf8_offset(rest, static_cast<std::size_t>(std::max<std::int64_t>(len, 0))));
    if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
    return out;
}

} // namespace

std::string double_to_string(double x, char code, int precision, unsigned flags) {
    bool upper = false;
    int mode = 0;
    switch (code) {
    case 'E':
        upper = true;
        code = 'e';
        [[fallthrough]];
    case 'e':
        mode = 2;
        ++precision;
        break;
    case 'F':
        upper = true;
        code = 'f';
        [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G':
        upper = true;
        code = 'g';
        [[fallthrough]];
    case 'g':
        mode = 2;
        if (precision == 0) precision = 1;
        break;
    default:
        code = 'r';
        mode = 0;
        break;
    }
    return format_float_short(x, code, mode, precision, flags, upper);
}

std::string float_repr(double x) {
    return double_to_string(x, 'r', 0, kDtsAddDot0);
}

NumResult<FormatSpec> parse_format_spec(std::string_view spec_text, char32_t default_type,
                                        char32_t default_align, std::string_view type_name) {
    // Specs are short: decode into a stack buffer unless this one is not.
    std::array<char32_t, 64> small_buf;
    std::vector<char32_t> large_buf;
    char32_t* decoded = small_buf.data();
    if (spec_text.size() > small_buf.size()) {
        large_buf.resize(spec_text.size());
        decoded = large_buf.data();
    }
    std::size_t count = 0;
    for (std::size_t p = 0; p < spec_text.size();) decoded[count++] = utf8_next(spec_text, p);
    const std::u32string_view s(decoded, count);
    FormatSpec f;
    f.align = default_align;
    f.type = default_type;
    const std::size_t end = s.size();
    std::size_t pos = 0;
    auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
    bool fill_specified = false, align_specified = false;
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f.align = s[pos + 1];
        f.fill = s[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f.align = s[pos];
        align_specified = true;
        ++pos;
    }
    if (pos < end && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) f.sign = s[pos++];
    if (pos < end && s[pos] == 'z') {
        f.no_neg_0 = true;
        ++pos;
    }
    if (pos < end && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fill_specified && pos < end && s[pos] == '0') {
        // A leading zero pads with zeros after the sign, for types that align right by default.
        f.fill = '0';
        if (!align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    auto too_many_digits = [] {
        return num_error(NumErrorKind::ValueError, "Too many decimal digits in format string");
    };
    std::int64_t width = 0;
    int consumed = read_integer(s, pos, width);
    if (consumed < 0) return too_many_digits();
    f.width = consumed == 0 ? -1 : width;
    auto both = [] {
        return num_error(NumErrorKind::ValueError, "Cannot specify both ',' and '_'.");
    };
    char separator = 0;
    if (pos < end && s[pos] == ',') {
        f.grouping = Grouping::Comma;
        separator = ',';
        ++pos;
    }
    if (pos < end && s[pos] == '_') {
        if (f.grouping != Grouping::None) return both();
        f.grouping = Grouping::Underscore;
        separator = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && f.grouping == Grouping::Underscore) return both();
    if (pos < end && s[pos] == '.') {
        ++pos;
        std::int64_t precision = 0;
        consumed = read_integer(s, pos, precision);
        if (consumed < 0) return too_many_digits();
        if (consumed == 0) {
            return num_error(NumErrorKind::ValueError, "Format specifier missing precision");
        }
        f.precision = precision;
    }
    if (end - pos > 1) {
        return num_error(NumErrorKind::ValueError, "Invalid format specifier '" +
                                                       std::string(spec_text) +
                                                       "' for object of type '" +
                                                       std::string(type_name.substr(0, 200)) + "'");
    }
    if (end - pos == 1) f.type = s[pos];
    if (f.grouping != Grouping::None) {
        switch (f.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0: break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (f.grouping == Grouping::Underscore) {
                f.grouping = Grouping::UnderscoreFour;
                break;
            }
            [[fallthrough]];
        default:
            return num_error(NumErrorKind::ValueError, std::string("Cannot specify '") + separator +
                                                           "' with '" + code_point_text(f.type) +
                                                           "'.");
        }
    }
    return f;
}

NumResult<std::string> format_float(double x, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) return float_repr(x);
    auto parsed = parse_format_spec(spec, 0, '>', type_name);
    if (!parsed.ok()) return parsed.error;
    switch (parsed.value.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': return format_float_with(x, parsed.value);
    default: return unknown_presentation_type(parsed.value.type, type_name);
    }
}

NumResult<std::string> format_int(const BigInt& n, std::string_view spec,
                                  std::string_view type_name, std::size_t max_str_digits) {
    return format_int_impl(n.is_negative(), &n, 0, spec, type_name, max_str_digits);
}

NumResult<std::string> format_int(std::int64_t n, std::string_view spec, std::string_view type_name,
                                  std::size_t max_str_digits) {
    return format_int_impl(n < 0, nullptr, n, spec, type_name, max_str_digits);
}

NumResult<std::string> format_str(std::string_view text, std::string_view spec,
                                  std::string_view type_name) {
    if (spec.empty()) return std::string(text);
    auto parsed = parse_format_spec(spec, 's', '<', type_name);
    if (!parsed.ok()) return parsed.error;
    const FormatSpec& f = parsed.value;
    if (f.type != 's') return unknown_presentation_type(f.type, type_name);
    auto fail = [](const char* message) { return num_error(NumErrorKind::ValueError, message); };
    if (f.sign == ' ') return fail("Space not allowed in string format specifier");
    if (f.sign != 0) return fail("Sign not allowed in string format specifier");
    if (f.no_neg_0) {
        return fail("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alternate) return fail("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return fail("'=' alignment not allowed in string format specifier");
    if (f.width > kMaxFormattedChars) return memory_error();
    auto len = static_cast<std::int64_t>(utf8_length(text));
    std::string_view body = text;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
        body = text.substr(0, utf8_offset(text, static_cast<std::size_t>(len)));
    }
    const std::int64_t total = std::max(f.width, len);
    std::int64_t lpad = 0;
    if (f.align == '>') {
        lpad = total - len;
    } else if (f.align == '^') {
        lpad = (total - len) / 2;
    }
    const std::int64_t rpad = total - len - lpad;
    std::string fill;
    utf8_append(fill, f.fill);
    std::string out;
    for (std::int64_t i = 0; i < lpad; ++i) out += fill;
    out += body;
    for (std::int64_t i = 0; i < rpad; ++i) out += fill;
    return out;
}

NumResult<std::string> printf_format_int(const BigInt& n, const PrintfSpec& spec,
                                         std::size_t max_str_digits) {
    if (spec.precision > INT_MAX - 3) {
        return num_error(NumErrorKind::OverflowError, "precision too large");
    }
    if (spec.width > kMaxFormattedChars || spec.precision > kMaxFormattedChars) {
        return memory_error();
    }
    const char type = spec.conversion;
    std::string text;
    std::int64_t nondigits = 0;
    if (type == 'o' || type == 'x' || type == 'X') {
        nondigits = 2;
        text = n.to_prefixed_string(type == 'o' ? 8 : 16);
    } else {
        auto r = n.to_decimal_string(max_str_digits);
        if (!r.ok()) return r.error;
        text = std::move(r.value);
    }
    const bool negative = text[0] == '-';
    nondigits += negative ? 1 : 0;
    if (!spec.alternate && (type == 'o' || type == 'x' || type == 'X')) {
        text.erase(negative ? 1 : 0, 2); // the 0o / 0x only shows with '#'
        nondigits -= 2;
    }
    const auto numdigits = static_cast<std::int64_t>(text.size()) - nondigits;
    if (spec.precision > numdigits) {
        text.insert(static_cast<std::size_t>(nondigits),
                    static_cast<std::size_t>(spec.precision - numdigits), '0');
    }
    if (type == 'X') {
        for (char& c : text) {
            if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return printf_output(text, spec, true);
}

NumResult<std::string> printf_format_float(double x, const PrintfSpec& spec) {
    if (spec.width > kMaxFormattedChars || spec.precision > kMaxFormattedChars) {
        return memory_error();
    }
    const int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
    if ((spec.conversion == 'f' || spec.conversion == 'F') && std::isfinite(x) &&
        precision + 400 > kMaxFormattedChars) {
        return memory_error();
    }
    std::string text =
        double_to_string(x, spec.conversion, precision, spec.alternate ? unsigned{kDtsAlt} : 0u);
    return printf_output(text, spec, true);
}

NumResult<char32_t> printf_char_code(const BigInt& n) {
    if (n.is_negative() || n > BigInt(0x10FFFF)) {
        return num_error(NumErrorKind::OverflowError, "%c arg not in range(0x110000)");
    }
    return static_cast<char32_t>(n.to_int64());
}

std::string printf_format_char(char32_t cp, const PrintfSpec& spec) {
    std::string text;
    utf8_append(text, cp);
    return printf_output(text, spec, false);
}

std::string printf_format_text(std::string_view text, const PrintfSpec& spec) {
    return printf_output(text, spec, false);
}

} // namespace loopstep::py
