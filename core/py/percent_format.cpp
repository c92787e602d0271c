// The % operator on str, as CPython 3.11's PyUnicode_Format: the same walk over the template
// (flags, width and precision with '*', %(key)s lookups in a mapping), the same order of
// argument fetching and error checks (an argument is taken before the conversion character is
// validated, so '%y' % () complains about the missing argument), and the same messages. The
// digits and padding of each numeric conversion come from number_format.
#include "core/py/error.h"
#include "core/py/format.h"
#include "core/py/int.h"
#include "core/py/number_format.h"
#include "core/py/str.h"
#include "core/py/str_util.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <climits>
#include <limits>

namespace loopstep::py {

namespace {

struct Formatter {
    std::string_view fmt; // UTF-8; pos is a byte offset
    size_t pos = 0;
    Value args;
    int64_t arglen;
    int64_t argidx;
    Value dict; // the mapping for %(key)s, or null
    std::string out;

    Value next_arg() {
        if (argidx < arglen) {
            int64_t i = argidx++;
            if (arglen < 0) return args;
            return (*as_tuple(args))[static_cast<size_t>(i)];
        }
        raise_type_error("not enough arguments for format string");
    }
};

bool is_mapping(const Value& v) {
    return !is_tuple_like(v) && !is_str_like(v) && v.type()->getitem != nullptr;
}

// PyNumber_Check: int, float, or a class with __index__, __int__ or __float__.
bool is_number(const Value& v) {
    if (is_int(v) || is_float_like(v)) return true;
    Type* t = v.type();
    for (const char* n : {"__index__", "__int__", "__float__"})
        if (t->lookup(intern(n))) return true;
    return false;
}

[[noreturn]] void wrong_number_type(char conv, const Value& v) {
    if (conv == 'o' || conv == 'x' || conv == 'X')
        raise_type_error(
            fmt("%%%c format: an integer is required, not %s", conv, type_name(v).c_str()));
    raise_type_error(
        fmt("%%%c format: a real number is required, not %s", conv, type_name(v).c_str()));
}

std::string format_integer(const Value& v, const PrintfSpec& spec) {
    char conv = spec.conversion;
    if (!is_number(v)) wrong_number_type(conv, v);
    Value iv = v;
    if (!is_int(v)) {
        try {
            if (conv == 'o' || conv == 'x' || conv == 'X')
                iv = new_int(index_value(v));
            else
                iv = call(Value::borrow(int_type), {v});
        } catch (PyError& e) {
            if (exc_matches(e.exc, TypeError_type)) wrong_number_type(conv, v);
            throw;
        }
    }
    NumResult<std::string> r = printf_format_int(int_to_big(iv), spec);
    if (!r.ok()) raise_num_error(r.error);
    return std::move(r.value);
}

double float_arg(const Value& v) {
    if (is_float_like(v)) return float_value(v);
    if (is_int(v)) return to_double(v);
    Type* t = v.type();
    if (t->lookup(intern("__float__"))) {
        Value r = call_method(v, intern("__float__"), {});
        if (!is_float_like(r))
            raise_type_error(fmt("%s.__float__ returned non-float (type %s)", t->name.c_str(),
                                 type_name(r).c_str()));
        return float_value(r);
    }
    if (t->lookup(intern("__index__"))) return to_double(new_int(index_value(v)));
    raise_type_error(fmt("must be real number, not %s", type_name(v).c_str()));
}

char32_t char_arg(const Value& v) {
    if (is_str_like(v)) {
        if (as_str(v)->length != 1) raise_type_error("%c requires int or char");
        size_t p = 0;
        return utf8_decode(as_str(v)->s, p);
    }
    if (!has_index(v)) raise_type_error("%c requires int or char");
    Value iv = is_int(v) ? v : new_int(index_value(v));
    NumResult<char32_t> r = printf_char_code(int_to_big(iv));
    if (!r.ok()) raise_num_error(r.error);
    return r.value;
}

// One conversion, starting just after its '%'.
void format_one(Formatter& f) {
    std::string_view s = f.fmt;
    if (f.pos < s.size() && s[f.pos] == '%') {
        ++f.pos;
        f.out += '%';
        return;
    }
    PrintfSpec spec;
    bool eof = false;
    char32_t ch = 0;
    size_t char_start = 0;
    auto read = [&]() {
        if (f.pos < s.size()) {
            char_start = f.pos;
            ch = utf8_decode(s, f.pos);
            return true;
        }
        eof = true;
        return false;
    };

    if (f.pos < s.size() && s[f.pos] == '(') {
        if (f.dict.is_null()) raise_type_error("format requires a mapping");
        ++f.pos;
        size_t keystart = f.pos;
        int depth = 1;
        while (depth > 0 && f.pos < s.size()) {
            char c = s[f.pos++];
            if (c == ')')
                --depth;
            else if (c == '(')
                ++depth;
        }
        if (depth > 0) raise_value_error("incomplete format key");
        std::string key;
        key.assign(s.substr(keystart, f.pos - 1 - keystart));
        f.args = getitem(f.dict, new_str(std::move(key)));
        f.arglen = -1;
        f.argidx = -2;
    }

    while (read()) {
        switch (ch) {
        case '-': spec.left_adjust = true; continue;
        case '+': spec.sign_plus = true; continue;
        case ' ': spec.sign_space = true; continue;
        case '#': spec.alternate = true; continue;
        case '0': spec.zero_pad = true; continue;
        default: break;
        }
        break;
    }

    if (!eof && ch == '*') {
        Value v = f.next_arg();
        if (!is_int(v)) raise_type_error("* wants int");
        int64_t w;
        if (!int_to_i64(v, w)) raise_overflow_error("Python int too large to convert to C ssize_t");
        if (w < 0) {
            spec.left_adjust = true;
            w = -w;
        }
        spec.width = w;
        read();
    } else if (!eof && ch >= '0' && ch <= '9') {
        int64_t w = ch - '0';
        while (read()) {
            if (ch < '0' || ch > '9') break;
            if (w > (std::numeric_limits<int64_t>::max() - (ch - '0')) / 10)
                raise_value_error("width too big");
            w = w * 10 + (ch - '0');
        }
        spec.width = w;
    }

    if (!eof && ch == '.') {
        spec.precision = 0;
        read();
        if (!eof && ch == '*') {
            Value v = f.next_arg();
            if (!is_int(v)) raise_type_error("* wants int");
            int64_t p;
            if (!int_to_i64(v, p) || p > INT_MAX || p < INT_MIN)
                raise_overflow_error("Python int too large to convert to C int");
            spec.precision = p < 0 ? 0 : p;
            read();
        } else if (!eof && ch >= '0' && ch <= '9') {
            int64_t p = ch - '0';
            while (read()) {
                if (ch < '0' || ch > '9') break;
                if (p > (INT_MAX - (ch - '0')) / 10) raise_value_error("precision too big");
                p = p * 10 + (ch - '0');
            }
            spec.precision = p;
        }
    }

    if (!eof && (ch == 'h' || ch == 'l' || ch == 'L')) read();
    if (eof) raise_value_error("incomplete format");

    Value v = f.next_arg();
    switch (ch) {
    case 's':
    case 'r':
    case 'a': {
        spec.conversion = static_cast<char>(ch);
        Value text;
        if (ch == 's')
            text = is_str(v) ? v : str(v);
        else if (ch == 'r')
            text = repr(v);
        else
            text = ascii_of(v);
        f.out += printf_format_text(as_str(text)->view(), spec);
        return;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        spec.conversion = static_cast<char>(ch);
        f.out += format_integer(v, spec);
        return;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        spec.conversion = static_cast<char>(ch);
        NumResult<std::string> r = printf_format_float(float_arg(v), spec);
        if (!r.ok()) raise_num_error(r.error);
        f.out += r.value;
        return;
    }
    case 'c':
        spec.conversion = 'c';
        f.out += printf_format_char(char_arg(v), spec);
        return;
    default:
        raise_value_error(fmt("unsupported format character '%c' (0x%x) at index %zu",
                              ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?',
                              static_cast<unsigned>(ch), utf8_length(s.substr(0, char_start))));
    }
}

} // namespace

Value percent_format(const Value& fmt_v, const Value& args) {
    StrObject* fs = as_str(fmt_v);
    Formatter f;
    f.fmt = fs->view();
    f.args = args;
    if (is_tuple_like(args)) {
        f.arglen = static_cast<int64_t>(as_tuple(args)->n);
        f.argidx = 0;
    } else {
        f.arglen = -1;
        f.argidx = -2;
    }
    if (is_mapping(args)) f.dict = args;
    f.out.reserve(fs->s.size());
    while (f.pos < f.fmt.size()) {
        size_t pct = f.fmt.find('%', f.pos);
        if (pct == std::string_view::npos) pct = f.fmt.size();
        f.out.append(f.fmt.substr(f.pos, pct - f.pos));
        f.pos = pct;
        if (f.pos >= f.fmt.size()) break;
        ++f.pos;
        format_one(f);
    }
    if (f.argidx < f.arglen && f.dict.is_null())
        raise_type_error("not all arguments converted during string formatting");
    return new_str(std::move(f.out));
}

} // namespace loopstep::py
