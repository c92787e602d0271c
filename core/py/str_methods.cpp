// The methods of str that programs call, with CPython 3.11's semantics, edge cases and error
// messages: searching (find, count, startswith, ...), splitting and joining, stripping and
// padding, Unicode case mapping (full mappings such as 'ß'.upper() == 'SS' and the Final_Sigma
// rule of lower()), the is*() predicates, encode, translate / maketrans. Searching works on the
// UTF-8 bytes (a match of well-formed UTF-8 always starts on a character boundary) and converts
// byte offsets to code point indices only for the results that are indices.
#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/str_util.h"
#include "core/py/tuple.h"
#include "core/py/type.h"
#include "core/py/unicode_props.h"

#include <algorithm>
#include <limits>

namespace loopstep::py {

void init_str_format_methods(); // str_format.cpp

namespace {

constexpr int64_t kNoLimit = std::numeric_limits<int64_t>::max();

StrObject* self(CallArgs& a) {
    return as_str(a.args[0]);
}

// str.isspace() for a code point; below 128 it includes \x1c-\x1f as CPython's does.
inline bool is_space_cp(uint32_t c) {
    if (c < 128) return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
    return unicode_is_space(c);
}

inline bool is_cont(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

// Decodes the code point that ends at pos and moves pos to its start.
uint32_t decode_back(std::string_view s, size_t& pos) {
    size_t start = pos - 1;
    while (start > 0 && is_cont(static_cast<unsigned char>(s[start])) && pos - start < 4) --start;
    size_t p = start;
    uint32_t cp = utf8_decode(s, p);
    if (p != pos) { // not a whole character: step back one byte only
        start = pos - 1;
        p = start;
        cp = utf8_decode(s, p);
    }
    pos = start;
    return cp;
}

// A piece of s given by byte offsets, as a new str (s itself when it is the whole of an exact
// str).
Value piece(const StrObject* s, size_t b, size_t e) {
    if (b == 0 && e == s->s.size() && s->type == str_type)
        return Value::borrow(const_cast<StrObject*>(s));
    if (s->ascii) return make_str(s->s.substr(b, e - b), static_cast<int64_t>(e - b), 1, true);
    std::string t = s->s.substr(b, e - b);
    int64_t len;
    uint8_t kind;
    bool ascii;
    scan_utf8(t, len, kind, ascii);
    return make_str(std::move(t), len, kind, ascii);
}

int64_t cp_index(const StrObject* s, size_t byte) {
    if (s->ascii) return static_cast<int64_t>(byte);
    return static_cast<int64_t>(utf8_length(std::string_view(s->s).substr(0, byte)));
}

StrObject* str_arg(const Value& v) {
    if (!is_str_like(v)) raise_type_error(fmt("must be str, not %s", type_name(v).c_str()));
    return as_str(v);
}

// ---- searching --------------------------------------------------------------------------------

struct Range {
    int64_t start, end; // code points, adjusted
    size_t b0, b1;      // bytes
};

Range make_range(const StrObject* s, const Value& vstart, const Value& vend) {
    Range r;
    r.start = search_bound(vstart, 0);
    r.end = search_bound(vend, kNoLimit);
    adjust_indices(r.start, r.end, s->length);
    if (r.start <= r.end && r.start <= s->length) {
        r.b0 = str_byte_offset(s, r.start);
        r.b1 = str_byte_offset(s, r.end);
    } else {
        r.b0 = r.b1 = 0;
    }
    return r;
}

// find/rfind/index/rindex: the code point index or -1.
int64_t find_impl(CallArgs& a, const char* name, bool reverse) {
    Value args[3];
    method_args(a, str_type, name, ArgStyle::Old, 1, 3, args);
    StrObject* s = self(a);
    Range r = make_range(s, args[1], args[2]); // CPython converts the bounds first
    StrObject* sub = str_arg(args[0]);
    if (r.end - r.start < sub->length) return -1;
    if (sub->length == 0) return reverse ? r.end : r.start;
    std::string_view hay = std::string_view(s->s).substr(r.b0, r.b1 - r.b0);
    size_t pos = reverse ? hay.rfind(sub->s) : hay.find(sub->s);
    if (pos == std::string_view::npos) return -1;
    return cp_index(s, r.b0 + pos);
}

Value m_find(CallArgs& a) {
    return new_int(find_impl(a, "find", false));
}
Value m_rfind(CallArgs& a) {
    return new_int(find_impl(a, "rfind", true));
}
Value m_index(CallArgs& a) {
    int64_t i = find_impl(a, "index", false);
    if (i < 0) raise_value_error("substring not found");
    return new_int(i);
}
Value m_rindex(CallArgs& a) {
    int64_t i = find_impl(a, "rindex", true);
    if (i < 0) raise_value_error("substring not found");
    return new_int(i);
}

Value m_count(CallArgs& a) {
    Value args[3];
    method_args(a, str_type, "count", ArgStyle::Old, 1, 3, args);
    StrObject* s = self(a);
    Range r = make_range(s, args[1], args[2]);
    StrObject* sub = str_arg(args[0]);
    if (r.end - r.start < sub->length) return new_int(0);
    if (sub->length == 0) return new_int(r.end - r.start + 1);
    std::string_view hay = std::string_view(s->s).substr(r.b0, r.b1 - r.b0);
    int64_t n = 0;
    for (size_t p = hay.find(sub->s); p != std::string_view::npos;
         p = hay.find(sub->s, p + sub->s.size()))
        ++n;
    return new_int(n);
}

bool tail_match(const StrObject* s, const StrObject* sub, int64_t start, int64_t end, bool at_end) {
    adjust_indices(start, end, s->length);
    end -= sub->length;
    if (end < start) return false;
    if (sub->length == 0) return true;
    int64_t at = at_end ? end : start;
    size_t b = str_byte_offset(s, at);
    return s->s.compare(b, sub->s.size(), sub->s) == 0;
}

Value starts_ends(CallArgs& a, const char* name, bool at_end) {
    Value args[3];
    method_args(a, str_type, name, ArgStyle::Old, 1, 3, args);
    StrObject* s = self(a);
    int64_t start = search_bound(args[1], 0);
    int64_t end = search_bound(args[2], kNoLimit);
    if (is_tuple_like(args[0])) {
        TupleObject* t = as_tuple(args[0]);
        for (size_t i = 0; i < t->n; ++i) {
            if (!is_str_like((*t)[i]))
                raise_type_error(fmt("tuple for %s must only contain str, not %s", name,
                                     type_name((*t)[i]).c_str()));
            if (tail_match(s, as_str((*t)[i]), start, end, at_end)) return py_bool(true);
        }
        return py_bool(false);
    }
    if (!is_str_like(args[0]))
        raise_type_error(fmt("%s first arg must be str or a tuple of str, not %s", name,
                             type_name(args[0]).c_str()));
    return py_bool(tail_match(s, as_str(args[0]), start, end, at_end));
}

Value m_startswith(CallArgs& a) {
    return starts_ends(a, "startswith", false);
}
Value m_endswith(CallArgs& a) {
    return starts_ends(a, "endswith", true);
}

// ---- splitting and joining --------------------------------------------------------------------

// Splits on runs of whitespace, at most maxsplit times, from the left or the right.
std::vector<Value> split_whitespace(const StrObject* s, int64_t maxsplit, bool reverse) {
    std::vector<Value> out;
    std::string_view t = s->s;
    if (!reverse) {
        size_t p = 0;
        while (true) {
            // Skip whitespace.
            size_t q = p;
            while (q < t.size()) {
                size_t r = q;
                if (!is_space_cp(utf8_decode(t, r))) break;
                q = r;
            }
            p = q;
            if (p >= t.size()) break;
            if (maxsplit-- == 0) {
                out.push_back(piece(s, p, t.size()));
                break;
            }
            size_t e = p;
            while (e < t.size()) {
                size_t r = e;
                if (is_space_cp(utf8_decode(t, r))) break;
                e = r;
            }
            out.push_back(piece(s, p, e));
            p = e;
        }
        return out;
    }
    size_t p = t.size();
    while (true) {
        size_t q = p;
        while (q > 0) {
            size_t r = q;
            if (!is_space_cp(decode_back(t, r))) break;
            q = r;
        }
        p = q;
        if (p == 0) break;
        if (maxsplit-- == 0) {
            out.push_back(piece(s, 0, p));
            break;
        }
        size_t b = p;
        while (b > 0) {
            size_t r = b;
            if (is_space_cp(decode_back(t, r))) break;
            b = r;
        }
        out.push_back(piece(s, b, p));
        p = b;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<Value> split_sep(const StrObject* s, const StrObject* sep, int64_t maxsplit,
                             bool reverse) {
    std::vector<Value> out;
    std::string_view t = s->s;
    std::string_view d = sep->s;
    if (!reverse) {
        size_t p = 0;
        while (maxsplit-- != 0) {
            size_t f = t.find(d, p);
            if (f == std::string_view::npos) break;
            out.push_back(piece(s, p, f));
            p = f + d.size();
        }
        out.push_back(piece(s, p, t.size()));
        return out;
    }
    size_t e = t.size();
    while (maxsplit-- != 0) {
        if (e < d.size()) break;
        size_t f = t.rfind(d, e - d.size());
        if (f == std::string_view::npos) break;
        out.push_back(piece(s, f + d.size(), e));
        e = f;
    }
    out.push_back(piece(s, 0, e));
    std::reverse(out.begin(), out.end());
    return out;
}

Value split_impl(CallArgs& a, const char* name, bool reverse) {
    Value args[2];
    method_args(a, str_type, name, ArgStyle::Keywords, 0, 2, args, {"sep", "maxsplit"});
    StrObject* s = self(a);
    int64_t maxsplit = args[1].is_null() ? -1 : ssize_arg(args[1]);
    if (maxsplit < 0) maxsplit = kNoLimit;
    if (args[0].is_null() || is_none(args[0]))
        return new_list(split_whitespace(s, maxsplit, reverse));
    if (!is_str_like(args[0]))
        raise_type_error(fmt("must be str or None, not %s", type_name(args[0]).c_str()));
    StrObject* sep = as_str(args[0]);
    if (sep->length == 0) raise_value_error("empty separator");
    return new_list(split_sep(s, sep, maxsplit, reverse));
}

Value m_split(CallArgs& a) {
    return split_impl(a, "split", false);
}
Value m_rsplit(CallArgs& a) {
    return split_impl(a, "rsplit", true);
}

// Line boundaries of str.splitlines: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
           c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value m_splitlines(CallArgs& a) {
    Value args[1];
    method_args(a, str_type, "splitlines", ArgStyle::Keywords, 0, 1, args, {"keepends"});
    bool keepends = false;
    if (!args[0].is_null()) keepends = int_arg(args[0]) != 0;
    StrObject* s = self(a);
    std::string_view t = s->s;
    std::vector<Value> out;
    size_t p = 0;
    while (p < t.size()) {
        size_t e = p;
        size_t next = t.size();
        size_t end_of_line = t.size();
        while (e < t.size()) {
            size_t r = e;
            uint32_t c = utf8_decode(t, r);
            if (is_linebreak(c)) {
                end_of_line = e;
                next = r;
                if (c == '\r' && next < t.size() && t[next] == '\n') ++next;
                break;
            }
            e = r;
        }
        out.push_back(piece(s, p, keepends ? next : end_of_line));
        p = next;
    }
    return new_list(std::move(out));
}

Value m_join(CallArgs& a) {
    Value arg;
    method_args(a, str_type, "join", ArgStyle::One, 1, 1, &arg);
    StrObject* sep = self(a);
    std::vector<Value> items;
    if (is_list(arg) || is_tuple(arg)) {
        items = to_vector(arg);
    } else {
        Value it;
        try {
            it = get_iter(arg);
        } catch (PyError& e) {
            if (exc_matches(e.exc, TypeError_type) && !arg.type()->iter && !arg.type()->getitem)
                raise_type_error("can only join an iterable");
            throw;
        }
        for (Value x = iter_next(it); !x.is_null(); x = iter_next(it)) items.push_back(x);
    }
    if (items.empty()) return empty_str();
    if (items.size() == 1 && is_str(items[0])) return items[0];
    size_t bytes = sep->s.size() * (items.size() - 1);
    int64_t len = sep->length * static_cast<int64_t>(items.size() - 1);
    uint8_t kind = items.size() > 1 ? sep->kind : 1;
    bool ascii = items.size() > 1 ? sep->ascii : true;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_str_like(items[i]))
            raise_type_error(fmt("sequence item %zu: expected str instance, %s found", i,
                                 type_name(items[i]).c_str()));
        StrObject* x = as_str(items[i]);
        bytes += x->s.size();
        len += x->length;
        kind = std::max(kind, x->kind);
        ascii = ascii && x->ascii;
    }
    std::string out;
    out.reserve(bytes);
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep->s;
        out += as_str(items[i])->s;
    }
    return make_str(std::move(out), len, kind, ascii);
}

Value partition_impl(CallArgs& a, const char* name, bool reverse) {
    Value arg;
    method_args(a, str_type, name, ArgStyle::One, 1, 1, &arg);
    StrObject* s = self(a);
    StrObject* sep = str_arg(arg);
    if (sep->length == 0) raise_value_error("empty separator");
    size_t f = reverse ? s->s.rfind(sep->s) : s->s.find(sep->s);
    if (f == std::string::npos) {
        if (reverse) return new_tuple({empty_str(), empty_str(), piece(s, 0, s->s.size())});
        return new_tuple({piece(s, 0, s->s.size()), empty_str(), empty_str()});
    }
    return new_tuple({piece(s, 0, f), str_exact(arg), piece(s, f + sep->s.size(), s->s.size())});
}

Value m_partition(CallArgs& a) {
    return partition_impl(a, "partition", false);
}
Value m_rpartition(CallArgs& a) {
    return partition_impl(a, "rpartition", true);
}

// ---- stripping, replacing ---------------------------------------------------------------------

Value strip_impl(CallArgs& a, const char* name, bool left, bool right) {
    Value arg;
    method_args(a, str_type, name, ArgStyle::Clinic, 0, 1, &arg);
    StrObject* s = self(a);
    std::u32string chars;
    bool whitespace = arg.is_null() || is_none(arg);
    if (!whitespace) {
        if (!is_str_like(arg)) raise_type_error(fmt("%s arg must be None or str", name));
        for (size_t p = 0; p < as_str(arg)->s.size();)
            chars.push_back(utf8_decode(as_str(arg)->s, p));
    }
    auto strip_it = [&](uint32_t c) {
        return whitespace ? is_space_cp(c)
                          : chars.find(static_cast<char32_t>(c)) != std::u32string::npos;
    };
    std::string_view t = s->s;
    size_t b = 0, e = t.size();
    if (left) {
        while (b < e) {
            size_t r = b;
            if (!strip_it(utf8_decode(t, r))) break;
            b = r;
        }
    }
    if (right) {
        while (e > b) {
            size_t r = e;
            if (!strip_it(decode_back(t, r))) break;
            e = r;
        }
    }
    return piece(s, b, e);
}

Value m_strip(CallArgs& a) {
    return strip_impl(a, "strip", true, true);
}
Value m_lstrip(CallArgs& a) {
    return strip_impl(a, "lstrip", true, false);
}
Value m_rstrip(CallArgs& a) {
    return strip_impl(a, "rstrip", false, true);
}

Value m_replace(CallArgs& a) {
    Value args[3];
    method_args(a, str_type, "replace", ArgStyle::Clinic, 2, 3, args);
    StrObject* s = self(a);
    for (int i = 0; i < 2; ++i)
        if (!is_str_like(args[i]))
            raise_type_error(fmt("replace() argument %d must be str, not %s", i + 1,
                                 arg_type_name(args[i]).c_str()));
    StrObject* old = as_str(args[0]);
    StrObject* rep = as_str(args[1]);
    int64_t count = args[2].is_null() ? -1 : ssize_arg(args[2]);
    if (count < 0) count = kNoLimit;
    std::string_view t = s->s;
    std::string out;
    if (old->length == 0) {
        // Insert before every character and at the end, up to count times.
        size_t p = 0;
        int64_t done = 0;
        while (done < count) {
            out += rep->s;
            ++done;
            if (p >= t.size()) break;
            size_t r = p;
            utf8_decode(t, r);
            out.append(t.substr(p, r - p));
            p = r;
        }
        out.append(t.substr(p));
    } else {
        size_t p = 0;
        int64_t done = 0;
        bool any = false;
        while (done < count) {
            size_t f = t.find(old->s, p);
            if (f == std::string_view::npos) break;
            out.append(t.substr(p, f - p));
            out += rep->s;
            p = f + old->s.size();
            ++done;
            any = true;
        }
        if (!any) return str_exact(a.args[0]);
        out.append(t.substr(p));
    }
    if (s->ascii && rep->ascii)
        return make_str(std::move(out), static_cast<int64_t>(out.size()), 1, true);
    return new_str(std::move(out));
}

Value m_removeprefix(CallArgs& a) {
    Value arg;
    method_args(a, str_type, "removeprefix", ArgStyle::One, 1, 1, &arg);
    StrObject* s = self(a);
    if (!is_str_like(arg))
        raise_type_error(
            fmt("removeprefix() argument must be str, not %s", arg_type_name(arg).c_str()));
    const std::string& p = as_str(arg)->s;
    if (!p.empty() && s->s.compare(0, p.size(), p) == 0) return piece(s, p.size(), s->s.size());
    return str_exact(a.args[0]);
}

Value m_removesuffix(CallArgs& a) {
    Value arg;
    method_args(a, str_type, "removesuffix", ArgStyle::One, 1, 1, &arg);
    StrObject* s = self(a);
    if (!is_str_like(arg))
        raise_type_error(
            fmt("removesuffix() argument must be str, not %s", arg_type_name(arg).c_str()));
    const std::string& p = as_str(arg)->s;
    if (!p.empty() && p.size() <= s->s.size() &&
        s->s.compare(s->s.size() - p.size(), p.size(), p) == 0)
        return piece(s, 0, s->s.size() - p.size());
    return str_exact(a.args[0]);
}

// ---- case mapping -----------------------------------------------------------------------------

std::u32string decode_all(const StrObject* s) {
    std::u32string cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (size_t p = 0; p < s->s.size();) cps.push_back(utf8_decode(s->s, p));
    return cps;
}

// Capital sigma lowers to final sigma at the end of a word (Unicode's Final_Sigma condition).
void append_lower(std::string& out, const std::u32string& cps, size_t i) {
    char32_t c = cps[i];
    if (c != 0x3A3) {
        unicode_case_append(out, c, CaseMap::Lower);
        return;
    }
    size_t j = i;
    char32_t prev = 0;
    bool found = false;
    while (j > 0) {
        prev = cps[--j];
        if (!unicode_has(prev, kUniCaseIgnorable)) {
            found = true;
            break;
        }
    }
    bool final_sigma = found && unicode_has(prev, kUniCased);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < cps.size() && unicode_has(cps[k], kUniCaseIgnorable)) ++k;
        final_sigma = k == cps.size() || !unicode_has(cps[k], kUniCased);
    }
    utf8_append(out, final_sigma ? char32_t(0x3C2) : char32_t(0x3C3));
}

enum class Case { Lower, Upper, Fold, Swap, Title, Capitalize };

Value case_impl(CallArgs& a, const char* name, Case which) {
    method_args(a, str_type, name, ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    if (s->ascii) {
        std::string out = s->s;
        bool prev_cased = false;
        for (size_t i = 0; i < out.size(); ++i) {
            char& c = out[i];
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            switch (which) {
            case Case::Lower:
            case Case::Fold:
                if (up) c = static_cast<char>(c + 32);
                break;
            case Case::Upper:
                if (low) c = static_cast<char>(c - 32);
                break;
            case Case::Swap:
                if (up)
                    c = static_cast<char>(c + 32);
                else if (low)
                    c = static_cast<char>(c - 32);
                break;
            case Case::Title:
                if (prev_cased && up)
                    c = static_cast<char>(c + 32);
                else if (!prev_cased && low)
                    c = static_cast<char>(c - 32);
                prev_cased = up || low;
                break;
            case Case::Capitalize:
                if (i == 0 && low)
                    c = static_cast<char>(c - 32);
                else if (i > 0 && up)
                    c = static_cast<char>(c + 32);
                break;
            }
        }
        return make_str(std::move(out), s->length, 1, true);
    }
    std::u32string cps = decode_all(s);
    std::string out;
    out.reserve(s->s.size());
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        char32_t c = cps[i];
        switch (which) {
        case Case::Lower: append_lower(out, cps, i); break;
        case Case::Upper: unicode_case_append(out, c, CaseMap::Upper); break;
        case Case::Fold: unicode_case_append(out, c, CaseMap::Fold); break;
        case Case::Swap:
            if (unicode_has(c, kUniUpper))
                append_lower(out, cps, i);
            else if (unicode_has(c, kUniLower))
                unicode_case_append(out, c, CaseMap::Upper);
            else
                utf8_append(out, c);
            break;
        case Case::Title:
            if (prev_cased)
                append_lower(out, cps, i);
            else
                unicode_case_append(out, c, CaseMap::Title);
            prev_cased = unicode_has(c, kUniCased);
            break;
        case Case::Capitalize:
            if (i == 0)
                unicode_case_append(out, c, CaseMap::Title);
            else
                append_lower(out, cps, i);
            break;
        }
    }
    return new_str(std::move(out));
}

Value m_lower(CallArgs& a) {
    return case_impl(a, "lower", Case::Lower);
}
Value m_upper(CallArgs& a) {
    return case_impl(a, "upper", Case::Upper);
}
Value m_casefold(CallArgs& a) {
    return case_impl(a, "casefold", Case::Fold);
}
Value m_swapcase(CallArgs& a) {
    return case_impl(a, "swapcase", Case::Swap);
}
Value m_title(CallArgs& a) {
    return case_impl(a, "title", Case::Title);
}
Value m_capitalize(CallArgs& a) {
    return case_impl(a, "capitalize", Case::Capitalize);
}

// ---- predicates -------------------------------------------------------------------------------

// True when every character has one of the flags (and the string is not empty).
Value all_have(CallArgs& a, const char* name, uint32_t flags) {
    method_args(a, str_type, name, ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    if (s->length == 0) return py_bool(false);
    for (size_t p = 0; p < s->s.size();)
        if (!(unicode_flags(utf8_decode(s->s, p)) & flags)) return py_bool(false);
    return py_bool(true);
}

Value m_isalpha(CallArgs& a) {
    return all_have(a, "isalpha", kUniAlpha);
}
Value m_isdecimal(CallArgs& a) {
    return all_have(a, "isdecimal", kUniDecimal);
}
Value m_isdigit(CallArgs& a) {
    return all_have(a, "isdigit", kUniDigit);
}
Value m_isnumeric(CallArgs& a) {
    return all_have(a, "isnumeric", kUniNumeric);
}
Value m_isalnum(CallArgs& a) {
    return all_have(a, "isalnum", kUniAlpha | kUniDecimal | kUniDigit | kUniNumeric);
}
Value m_isspace(CallArgs& a) {
    return all_have(a, "isspace", kUniSpace);
}

Value m_isprintable(CallArgs& a) {
    method_args(a, str_type, "isprintable", ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    for (size_t p = 0; p < s->s.size();)
        if (!unicode_has(utf8_decode(s->s, p), kUniPrintable)) return py_bool(false);
    return py_bool(true);
}

Value m_isascii(CallArgs& a) {
    method_args(a, str_type, "isascii", ArgStyle::NoArgs, 0, 0, nullptr);
    return py_bool(self(a)->ascii);
}

Value m_islower(CallArgs& a) {
    method_args(a, str_type, "islower", ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    bool cased = false;
    for (size_t p = 0; p < s->s.size();) {
        uint32_t f = unicode_flags(utf8_decode(s->s, p));
        if (f & (kUniUpper | kUniTitle)) return py_bool(false);
        if (f & kUniLower) cased = true;
    }
    return py_bool(cased);
}

Value m_isupper(CallArgs& a) {
    method_args(a, str_type, "isupper", ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    bool cased = false;
    for (size_t p = 0; p < s->s.size();) {
        uint32_t f = unicode_flags(utf8_decode(s->s, p));
        if (f & (kUniLower | kUniTitle)) return py_bool(false);
        if (f & kUniUpper) cased = true;
    }
    return py_bool(cased);
}

Value m_istitle(CallArgs& a) {
    method_args(a, str_type, "istitle", ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    bool cased = false, prev_cased = false;
    for (size_t p = 0; p < s->s.size();) {
        uint32_t f = unicode_flags(utf8_decode(s->s, p));
        if (f & (kUniUpper | kUniTitle)) {
            if (prev_cased) return py_bool(false);
            prev_cased = cased = true;
        } else if (f & kUniLower) {
            if (!prev_cased) return py_bool(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool(cased);
}

Value m_isidentifier(CallArgs& a) {
    method_args(a, str_type, "isidentifier", ArgStyle::NoArgs, 0, 0, nullptr);
    StrObject* s = self(a);
    if (s->length == 0) return py_bool(false);
    size_t p = 0;
    if (!unicode_has(utf8_decode(s->s, p), kUniXidStart)) return py_bool(false);
    while (p < s->s.size())
        if (!unicode_has(utf8_decode(s->s, p), kUniXidContinue)) return py_bool(false);
    return py_bool(true);
}

// ---- padding ----------------------------------------------------------------------------------

char32_t fill_arg(const Value& v) {
    if (v.is_null()) return ' ';
    if (!is_str_like(v))
        raise_type_error(
            fmt("The fill character must be a unicode character, not %s", type_name(v).c_str()));
    if (as_str(v)->length != 1)
        raise_type_error("The fill character must be exactly one character long");
    size_t p = 0;
    return utf8_decode(as_str(v)->s, p);
}

Value pad(const Value& sv, int64_t left, int64_t right, char32_t fill) {
    StrObject* s = as_str(sv);
    if (left <= 0 && right <= 0) return str_exact(sv);
    std::string f;
    utf8_append(f, fill);
    std::string out;
    out.reserve(s->s.size() + f.size() * static_cast<size_t>(left + right));
    for (int64_t i = 0; i < left; ++i) out += f;
    out += s->s;
    for (int64_t i = 0; i < right; ++i) out += f;
    uint8_t fk = fill < 0x100 ? 1 : fill < 0x10000 ? 2 : 4;
    return make_str(std::move(out), s->length + left + right, std::max(s->kind, fk),
                    s->ascii && fill < 0x80);
}

Value justify(CallArgs& a, const char* name, int how) {
    Value args[2];
    method_args(a, str_type, name, ArgStyle::Clinic, 1, 2, args);
    int64_t width = ssize_arg(args[0]);
    char32_t fill = fill_arg(args[1]);
    StrObject* s = self(a);
    if (width <= s->length) return str_exact(a.args[0]);
    int64_t marg = width - s->length;
    if (how < 0) return pad(a.args[0], 0, marg, fill);
    if (how > 0) return pad(a.args[0], marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(a.args[0], left, marg - left, fill);
}

Value m_ljust(CallArgs& a) {
    return justify(a, "ljust", -1);
}
Value m_rjust(CallArgs& a) {
    return justify(a, "rjust", 1);
}
Value m_center(CallArgs& a) {
    return justify(a, "center", 0);
}

Value m_zfill(CallArgs& a) {
    Value arg;
    method_args(a, str_type, "zfill", ArgStyle::One, 1, 1, &arg);
    int64_t width = ssize_arg(arg);
    StrObject* s = self(a);
    if (width <= s->length) return str_exact(a.args[0]);
    int64_t fill = width - s->length;
    std::string out(static_cast<size_t>(fill), '0');
    if (!s->s.empty() && (s->s[0] == '+' || s->s[0] == '-')) {
        out.insert(out.begin(), s->s[0]);
        out.append(s->s, 1);
    } else {
        out += s->s;
    }
    return make_str(std::move(out), width, s->kind, s->ascii);
}

Value m_expandtabs(CallArgs& a) {
    Value arg;
    method_args(a, str_type, "expandtabs", ArgStyle::Keywords, 0, 1, &arg, {"tabsize"});
    int64_t tabsize = arg.is_null() ? 8 : int_arg(arg);
    StrObject* s = self(a);
    std::string out;
    int64_t col = 0;
    for (size_t p = 0; p < s->s.size();) {
        size_t q = p;
        uint32_t c = utf8_decode(s->s, p);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                out.append(static_cast<size_t>(n), ' ');
                col += n;
            }
        } else {
            out.append(s->s, q, p - q);
            ++col;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return new_str(std::move(out));
}

// ---- encode, translate ------------------------------------------------------------------------

Value m_encode(CallArgs& a) {
    Value args[2];
    method_args(a, str_type, "encode", ArgStyle::Keywords, 0, 2, args, {"encoding", "errors"});
    for (int i = 0; i < 2; ++i)
        if (!args[i].is_null() && !is_str_like(args[i]))
            raise_type_error(fmt("encode() argument '%s' must be str, not %s",
                                 i == 0 ? "encoding" : "errors", arg_type_name(args[i]).c_str()));
    std::string_view enc = args[0].is_null() ? "utf-8" : as_str(args[0])->view();
    std::string_view errors = args[1].is_null() ? "strict" : as_str(args[1])->view();
    return encode_str(self(a), enc, errors);
}

Value m_translate(CallArgs& a) {
    Value table;
    method_args(a, str_type, "translate", ArgStyle::One, 1, 1, &table);
    StrObject* s = self(a);
    std::string out;
    for (size_t p = 0; p < s->s.size();) {
        size_t q = p;
        uint32_t c = utf8_decode(s->s, p);
        Value r;
        try {
            r = getitem(table, new_int(static_cast<int64_t>(c)));
        } catch (PyError& e) {
            if (!exc_matches(e.exc, LookupError_type)) throw;
            out.append(s->s, q, p - q);
            continue;
        }
        if (is_none(r)) continue;
        if (is_int(r)) {
            int64_t v;
            if (!int_to_i64(r, v) || v < 0 || v > 0x10FFFF)
                raise_value_error("character mapping must be in range(0x110000)");
            utf8_append(out, static_cast<char32_t>(v));
        } else if (is_str_like(r)) {
            out += as_str(r)->s;
        } else {
            raise_type_error("character mapping must return integer, None or str");
        }
    }
    return new_str(std::move(out));
}

Value m_maketrans(CallArgs& a) {
    Value args[3];
    if (a.nkw()) raise_type_error("maketrans() takes no keyword arguments");
    if (a.nargs < 1)
        raise_type_error(fmt("maketrans expected at least 1 argument, got %zu", a.nargs));
    if (a.nargs > 3)
        raise_type_error(fmt("maketrans expected at most 3 arguments, got %zu", a.nargs));
    for (size_t i = 0; i < a.nargs; ++i) args[i] = a.args[i];
    Value d = new_dict();
    DictObject* dict = as_dict(d);
    if (a.nargs == 1) {
        if (!is_dict_like(args[0]))
            raise_type_error("if you give only one argument to maketrans it must be a dict");
        dict_for_each(as_dict(args[0]), [&](const Value& k, const Value& v) {
            if (is_str_like(k)) {
                if (as_str(k)->length != 1)
                    raise_value_error("string keys in translate table must be of length 1");
                size_t p = 0;
                dict->set(new_int(utf8_decode(as_str(k)->s, p)), v);
            } else if (is_int(k)) {
                dict->set(k, v);
            } else {
                raise_type_error("keys in translate table must be strings or integers");
            }
        });
        return d;
    }
    if (!is_str_like(args[0]))
        raise_type_error("first maketrans argument must be a string if there is a second argument");
    for (size_t i = 1; i < a.nargs; ++i)
        if (!is_str_like(args[i]))
            raise_type_error(fmt("maketrans() argument %zu must be str, not %s", i + 1,
                                 arg_type_name(args[i]).c_str()));
    StrObject* x = as_str(args[0]);
    StrObject* y = as_str(args[1]);
    if (x->length != y->length)
        raise_value_error("the first two maketrans arguments must have equal length");
    for (size_t p = 0, q = 0; p < x->s.size();) {
        uint32_t from = utf8_decode(x->s, p);
        uint32_t to = utf8_decode(y->s, q);
        dict->set(new_int(from), new_int(to));
    }
    if (a.nargs == 3)
        for (size_t p = 0; p < as_str(args[2])->s.size();)
            dict->set(new_int(utf8_decode(as_str(args[2])->s, p)), none());
    return d;
}

} // namespace

void init_str_methods() {
    init_str_dunders();
    Type* t = str_type;
    add_method(t, "find", m_find);
    add_method(t, "rfind", m_rfind);
    add_method(t, "index", m_index);
    add_method(t, "rindex", m_rindex);
    add_method(t, "count", m_count);
    add_method(t, "startswith", m_startswith);
    add_method(t, "endswith", m_endswith);
    add_method(t, "split", m_split);
    add_method(t, "rsplit", m_rsplit);
    add_method(t, "splitlines", m_splitlines);
    add_method(t, "join", m_join);
    add_method(t, "partition", m_partition);
    add_method(t, "rpartition", m_rpartition);
    add_method(t, "strip", m_strip);
    add_method(t, "lstrip", m_lstrip);
    add_method(t, "rstrip", m_rstrip);
    add_method(t, "replace", m_replace);
    add_method(t, "removeprefix", m_removeprefix);
    add_method(t, "removesuffix", m_removesuffix);
    add_method(t, "lower", m_lower);
    add_method(t, "upper", m_upper);
    add_method(t, "casefold", m_casefold);
    add_method(t, "swapcase", m_swapcase);
    add_method(t, "title", m_title);
    add_method(t, "capitalize", m_capitalize);
    add_method(t, "isalpha", m_isalpha);
    add_method(t, "isdecimal", m_isdecimal);
    add_method(t, "isdigit", m_isdigit);
    add_method(t, "isnumeric", m_isnumeric);
    add_method(t, "isalnum", m_isalnum);
    add_method(t, "isspace", m_isspace);
    add_method(t, "isprintable", m_isprintable);
    add_method(t, "isascii", m_isascii);
    add_method(t, "islower", m_islower);
    add_method(t, "isupper", m_isupper);
    add_method(t, "istitle", m_istitle);
    add_method(t, "isidentifier", m_isidentifier);
    add_method(t, "ljust", m_ljust);
    add_method(t, "rjust", m_rjust);
    add_method(t, "center", m_center);
    add_method(t, "zfill", m_zfill);
    add_method(t, "expandtabs", m_expandtabs);
    add_method(t, "encode", m_encode);
    add_method(t, "translate", m_translate);
    add_staticmethod(t, "maketrans", m_maketrans);
    init_str_format_methods();
    init_bytes_type();
}

} // namespace loopstep::py
