// format(value, spec) and str.format / str.format_map, following CPython 3.11's
// Objects/stringlib/unicode_format.h step by step: the same template scanner (so malformed
// templates fail with the same message at the same point), automatic and manual field
// numbering, attribute and index lookups in field names, !r/!s/!a conversions and format specs
// that contain nested replacement fields (one level deep, as in CPython). The format-spec
// mini-language itself for str, int and float is number_format's.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/format.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/number_format.h"
#include "core/py/str.h"
#include "core/py/str_util.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <limits>

namespace loopstep::py {

namespace {

Value text_result(NumResult<std::string>&& r) {
    if (!r.ok()) raise_num_error(r.error);
    return new_str(std::move(r.value));
}

// The type along v's MRO that defines __format__.
Type* format_owner(const Value& v) {
    StrObject* name = intern("__format__");
    for (Type* t : v.type()->mro)
        if (!t->dict.is_null() && t->dict.as<DictObject>()->find_str(name)) return t;
    return nullptr;
}

} // namespace

Value format_value(const Value& v, const Value& spec_v) {
    if (!is_str_like(spec_v))
        raise_type_error(
            fmt("format() argument 2 must be str, not %s", arg_type_name(spec_v).c_str()));
    std::string_view spec = as_str(spec_v)->view();
    Type* t = v.type();
    if (spec.empty()) {
        if (t == str_type) return v;
        if (t == int_type) return str(v);
    }
    Type* owner = format_owner(v);
    if (!owner || !(owner->flags & kTypeHeap)) {
        // No Python class overrides __format__: str, int (and bool) and float are formatted
        // here. With an empty spec they all give str(v), which a subclass may override.
        bool text = is_str_like(v), integer = is_int(v), real = is_float_like(v);
        if (spec.empty() && (text || integer || real)) return str(v);
        if (text) return text_result(format_str(as_str(v)->view(), spec, t->name));
        if (integer) {
            int64_t small;
            if (int_to_i64(v, small)) return text_result(format_int(small, spec, t->name));
            return text_result(format_int(int_to_big(v), spec, t->name));
        }
        if (real) return text_result(format_float(float_value(v), spec, t->name));
    }
    if (!owner) raise_type_error(fmt("Type %s doesn't define __format__", t->name.c_str()));
    Value m = *owner->dict.as<DictObject>()->find_str(intern("__format__"));
    Value r;
    if (m.type() == function_type ||
        (m.type() == native_function_type && m.as<NativeFunctionObject>()->is_method)) {
        r = call(m, {v, spec_v});
    } else {
        Value bound = m.type()->descr_get ? m.type()->descr_get(m, v, Value::borrow(t)) : m;
        r = call(bound, {spec_v});
    }
    if (!is_str_like(r))
        raise_type_error(fmt("__format__ must return a str, not %s", type_name(r).c_str()));
    return r;
}

// ---- str.format -------------------------------------------------------------------------------

namespace {

enum class AutoNumber { Init, Auto, Manual };

struct FormatState {
    const Value* args; // null for format_map
    size_t nargs;
    Value mapping; // kwargs dict, format_map's mapping, or null
    AutoNumber state = AutoNumber::Init;
    int64_t next_field = 0;
};

// The decimal value of text made only of (Unicode) decimal digits; -1 otherwise.
int64_t get_integer(std::string_view s) {
    if (s.empty()) return -1;
    int64_t acc = 0;
    for (size_t p = 0; p < s.size();) {
        int d = unicode_decimal_value(utf8_next(s, p));
        if (d < 0) return -1;
        if (acc > (std::numeric_limits<int64_t>::max() - d) / 10)
            raise_value_error("Too many decimal digits in format string");
        acc = acc * 10 + d;
    }
    return acc;
}

Value get_field_object(std::string_view field, FormatState& st) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
    std::string_view first = field.substr(0, i);
    int64_t index = get_integer(first);
    bool empty = first.empty();
    bool numeric = empty || index != -1;
    if (st.state == AutoNumber::Init && numeric)
        st.state = empty ? AutoNumber::Auto : AutoNumber::Manual;
    if (numeric) {
        if (st.state == AutoNumber::Manual && empty)
            raise_value_error(
                "cannot switch from manual field specification to automatic field numbering");
        if (st.state == AutoNumber::Auto && !empty)
            raise_value_error(
                "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = st.next_field++;

    Value obj;
    if (index == -1) {
        Value key = new_str(first);
        if (st.mapping.is_null()) raise_key_error(key);
        obj = getitem(st.mapping, key);
    } else {
        if (!st.args) raise_value_error("Format string contains positional fields");
        if (index >= static_cast<int64_t>(st.nargs))
            raise(IndexError_type,
                  fmt("Replacement index %lld out of range for positional args tuple",
                      static_cast<long long>(index)));
        obj = st.args[index];
    }

    std::string_view rest = field.substr(i);
    size_t p = 0;
    while (p < rest.size()) {
        char c = rest[p++];
        bool is_attr;
        std::string_view name;
        if (c == '.') {
            is_attr = true;
            size_t b = p;
            while (p < rest.size() && rest[p] != '.' && rest[p] != '[') ++p;
            name = rest.substr(b, p - b);
        } else if (c == '[') {
            is_attr = false;
            size_t b = p;
            while (p < rest.size() && rest[p] != ']') ++p;
            if (p >= rest.size()) raise_value_error("Missing ']' in format string");
            name = rest.substr(b, p - b);
            ++p;
        } else {
            raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.empty()) raise_value_error("Empty attribute in format string");
        if (is_attr) {
            obj = getattr(obj, intern(name));
        } else {
            int64_t idx = get_integer(name);
            obj = getitem(obj, idx == -1 ? new_str(name) : new_int(idx));
        }
    }
    return obj;
}

Value convert(const Value& obj, uint32_t conversion) {
    switch (conversion) {
    case 'r': return repr(obj);
    case 's': return str(obj);
    case 'a': return ascii_of(obj);
    default: break;
    }
    if (conversion > 32 && conversion < 127)
        raise_value_error(fmt("Unknown conversion specifier %c", static_cast<char>(conversion)));
    raise_value_error(fmt("Unknown conversion specifier \\x%x", conversion));
}

void build_string(std::string_view s, FormatState& st, int depth, std::string& out);

void render(std::string_view field, uint32_t conversion, std::string_view spec, bool expand,
            FormatState& st, int depth, std::string& out) {
    Value obj = get_field_object(field, st);
    if (conversion) obj = convert(obj, conversion);
    Value spec_v;
    if (expand) {
        std::string expanded;
        build_string(spec, st, depth - 1, expanded);
        spec_v = new_str(std::move(expanded));
    } else {
        spec_v = spec.empty() ? empty_str() : new_str(spec);
    }
    if (is_str(obj) && as_str(spec_v)->s.empty()) {
        out += as_str(obj)->s;
        return;
    }
    out += as_str(format_value(obj, spec_v))->s;
}

// Parses one replacement field starting just after its '{' at s[p]; advances p past its '}'.
void parse_field(std::string_view s, size_t& p, FormatState& st, int depth, std::string& out) {
    size_t name_start = p;
    char c = 0;
    while (p < s.size()) {
        c = s[p++];
        if (c == '{') raise_value_error("unexpected '{' in field name");
        if (c == '[') {
            while (p < s.size() && s[p] != ']') ++p;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    if (c != '}' && c != ':' && c != '!') raise_value_error("expected '}' before end of string");
    std::string_view field = s.substr(name_start, p - 1 - name_start);
    uint32_t conversion = 0;
    std::string_view spec;
    bool expand = false;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (p >= s.size())
                raise_value_error("end of string while looking for conversion specifier");
            conversion = utf8_decode(s, p);
            if (p < s.size()) {
                char d = s[p++];
                if (d == '}') {
                    render(field, conversion, spec, expand, st, depth, out);
                    return;
                }
                if (d != ':') raise_value_error("expected ':' after conversion specifier");
            }
        }
        size_t spec_start = p;
        int count = 1;
        bool closed = false;
        while (p < s.size()) {
            char d = s[p++];
            if (d == '{') {
                expand = true;
                ++count;
            } else if (d == '}') {
                if (--count == 0) {
                    closed = true;
                    break;
                }
            }
        }
        if (!closed) raise_value_error("unmatched '{' in format spec");
        spec = s.substr(spec_start, p - 1 - spec_start);
    }
    render(field, conversion, spec, expand, st, depth, out);
}

void build_string(std::string_view s, FormatState& st, int depth, std::string& out) {
    if (depth <= 0) raise_value_error("Max string recursion exceeded");
    size_t p = 0;
    while (p < s.size()) {
        size_t start = p;
        char c = 0;
        bool markup = false;
        while (p < s.size()) {
            c = s[p++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = p >= s.size();
        size_t len = p - start;
        if (markup && c == '}' && (at_end || s[p] != '}'))
            raise_value_error("Single '}' encountered in format string");
        if (markup && at_end && c == '{')
            raise_value_error("Single '{' encountered in format string");
        if (markup) {
            if (s[p] == c) {
                ++p; // an escaped brace: literal text only
                markup = false;
            } else {
                --len;
            }
        }
        out.append(s.substr(start, len));
        if (markup) parse_field(s, p, st, depth, out);
    }
}

} // namespace

Value str_format(const Value& fmt_v, const Value* args, size_t nargs, const Value& mapping) {
    FormatState st{args, nargs, mapping};
    std::string out;
    build_string(as_str(fmt_v)->view(), st, 2, out);
    return new_str(std::move(out));
}

namespace {

Value m_format(CallArgs& a) {
    if (a.nargs == 0) raise_type_error("unbound method str.format() needs an argument");
    if (!is_str_like(a.args[0]))
        raise_type_error(fmt("descriptor 'format' for 'str' objects doesn't apply to a '%s' object",
                             type_name(a.args[0]).c_str()));
    Value kwargs;
    if (a.nkw()) {
        kwargs = new_dict();
        for (size_t i = 0; i < a.nkw(); ++i)
            as_dict(kwargs)->set((*a.kwnames)[i], a.args[a.nargs + i]);
    }
    return str_format(a.args[0], a.args + 1, a.nargs - 1, kwargs); // non-null: not format_map
}

Value m_format_map(CallArgs& a) {
    Value mapping;
    method_args(a, str_type, "format_map", ArgStyle::One, 1, 1, &mapping);
    return str_format(a.args[0], nullptr, 0, mapping);
}

Value m_dunder_format(CallArgs& a) {
    Value spec;
    method_args(a, str_type, "__format__", ArgStyle::One, 1, 1, &spec);
    if (!is_str_like(spec))
        raise_type_error(
            fmt("__format__() argument must be str, not %s", arg_type_name(spec).c_str()));
    if (as_str(spec)->s.empty()) return str(a.args[0]);
    return text_result(
        format_str(as_str(a.args[0])->view(), as_str(spec)->view(), type_name(a.args[0])));
}

} // namespace

void init_str_format_methods() {
    add_method(str_type, "format", m_format);
    add_method(str_type, "format_map", m_format_map);
    add_method(str_type, "__format__", m_dunder_format);
}

} // namespace loopstep::py
