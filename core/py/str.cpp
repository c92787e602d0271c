// The str type: creation (with the interned and one-character strings CPython also shares),
// hashing and comparison in code point order, repr() and ascii() with CPython's escapes, and the
// type's slots — str(), len, indexing and slicing by code point, `in`, iteration, + * and %.
// Text is well-formed UTF-8 in which a lone surrogate keeps its generalized three-byte form, so
// byte order is code point order and byte equality is equality. The methods are in
// str_methods.cpp, str.format() and format() in str_format.cpp, % in percent_format.cpp.
#include "core/py/str.h"

#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/format.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/lib/siphash.h"
#include "core/py/str_util.h"
#include "core/py/tuple.h"
#include "core/py/type.h"
#include "core/py/unicode_props.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace loopstep::py {

Type* str_type;

namespace {

Type* str_iterator_type;
Type* str_ascii_iterator_type;

// Instances of Python subclasses of str carry a __dict__.
struct StrSubObject : StrObject {
    using StrObject::StrObject;
    Value dict;
};

struct StrIterObject : Object {
    StrIterObject(Type* t, Value s) : Object(t), str(std::move(s)) {}
    Value str; // null once exhausted
    int64_t index = 0;
    size_t offset = 0;
};

// ---- immortal strings -------------------------------------------------------------------------

// Interned strings, the empty string and the one-character Latin-1 strings live for the whole
// process and are shared by every interpreter, so they come from malloc rather than the
// per-thread object pools.
std::mutex g_immortal_mutex;
std::vector<StrObject*>& untyped_immortals() {
    static auto* v = new std::vector<StrObject*>;
    return *v;
}

StrObject* new_immortal(std::string text) {
    int64_t len;
    uint8_t kind;
    bool ascii;
    scan_utf8(text, len, kind, ascii);
    void* mem = std::malloc(sizeof(StrObject));
    if (!mem) throw std::bad_alloc();
    auto* s = new (mem) StrObject(str_type, std::move(text), len, kind, ascii);
    s->rc = 1u << 30;
    // Names are interned while the first types are built, before `str` itself exists.
    if (!str_type) untyped_immortals().push_back(s);
    return s;
}

struct SharedStrings {
    StrObject* empty;
    StrObject* latin1[256];
    SharedStrings() {
        empty = new_immortal(std::string());
        for (char32_t c = 0; c < 256; ++c) {
            std::string t;
            utf8_append(t, c);
            latin1[c] = new_immortal(std::move(t));
        }
    }
};

SharedStrings& shared() {
    static SharedStrings* s = [] {
        std::lock_guard<std::mutex> lock(g_immortal_mutex);
        return new SharedStrings;
    }();
    return *s;
}

struct InternTable {
    std::mutex mutex;
    std::unordered_map<std::string_view, StrObject*> map;
};
InternTable& intern_table() {
    static auto* t = new InternTable;
    return *t;
}
// Each thread answers repeated look-ups (every special method call interns its name) without
// taking the lock.
thread_local std::unordered_map<std::string_view, StrObject*> tl_intern_cache;

// ---- UTF-8 ------------------------------------------------------------------------------------

inline bool is_cont(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

// Length of the well-formed (generalized, surrogates allowed) sequence at pos, or 0.
int utf8_seq_len(std::string_view s, size_t pos) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = b(pos);
    size_t left = s.size() - pos;
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return left >= 2 && is_cont(b(pos + 1)) ? 2 : 0;
    if (c < 0xF0) {
        if (left < 3 || !is_cont(b(pos + 1)) || !is_cont(b(pos + 2))) return 0;
        if (c == 0xE0 && b(pos + 1) < 0xA0) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (left < 4 || !is_cont(b(pos + 1)) || !is_cont(b(pos + 2)) || !is_cont(b(pos + 3)))
            return 0;
        if (c == 0xF0 && b(pos + 1) < 0x90) return 0;
        if (c == 0xF4 && b(pos + 1) > 0x8F) return 0;
        return 4;
    }
    return 0;
}

// Scans text that may be malformed; false when some byte starts no well-formed sequence.
bool scan_checked(std::string_view s, int64_t& len, uint8_t& kind, bool& ascii) {
    len = 0;
    uint32_t maxcp = 0;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            ++len;
            continue;
        }
        int n = utf8_seq_len(s, i);
        if (n == 0) return false;
        size_t p = i;
        uint32_t cp = utf8_decode(s, p);
        if (cp > maxcp) maxcp = cp;
        i += static_cast<size_t>(n);
        ++len;
    }
    ascii = maxcp < 0x80;
    kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    return true;
}

StrObject* self_str(CallArgs& a) {
    return as_str(a.args[0]);
}

} // namespace

uint32_t utf8_decode(std::string_view s, size_t& pos) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
        ++pos;
        return c;
    }
    int n = utf8_seq_len(s, pos);
    if (n == 0) {
        ++pos;
        return c;
    }
    uint32_t cp = c & (0x7Fu >> n);
    for (int i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
    pos += static_cast<size_t>(n);
    return cp;
}

void scan_utf8(std::string_view s, int64_t& len, uint8_t& kind, bool& ascii) {
    len = 0;
    uint32_t maxcp = 0;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
        } else {
            uint32_t cp = utf8_decode(s, i);
            if (cp > maxcp) maxcp = cp;
        }
        ++len;
    }
    ascii = maxcp < 0x80;
    kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
}

size_t str_byte_offset(const StrObject* s, int64_t index) {
    if (s->ascii || index <= 0) return static_cast<size_t>(index < 0 ? 0 : index);
    if (index >= s->length) return s->s.size();
    const std::string& t = s->s;
    int64_t i = s->seek_index;
    size_t off = s->seek_offset;
    if (index < i && index < i - index) {
        i = 0;
        off = 0;
    }
    while (i < index) {
        off += 1;
        while (off < t.size() && is_cont(static_cast<unsigned char>(t[off]))) ++off;
        ++i;
    }
    while (i > index) {
        --off;
        while (off > 0 && is_cont(static_cast<unsigned char>(t[off]))) --off;
        --i;
    }
    if (!s->interned) { // interned strings are shared by every interpreter thread
        s->seek_index = i;
        s->seek_offset = off;
    }
    return off;
}

// ---- creation ---------------------------------------------------------------------------------

Value empty_str() {
    return Value::borrow(shared().empty);
}

Value str_from_code_point(char32_t cp) {
    if (cp < 256) return Value::borrow(shared().latin1[cp]);
    std::string t;
    utf8_append(t, cp);
    return make<StrObject>(str_type, std::move(t), 1, cp < 0x10000 ? 2 : 4, false);
}

Value make_str(std::string&& utf8, int64_t length, uint8_t kind, bool ascii) {
    if (length == 0) return empty_str();
    if (length == 1 && kind == 1) {
        size_t p = 0;
        return Value::borrow(shared().latin1[utf8_decode(utf8, p)]);
    }
    return make<StrObject>(str_type, std::move(utf8), length, kind, ascii);
}

Value new_str(std::string&& utf8) {
    int64_t len;
    uint8_t kind;
    bool ascii;
    if (scan_checked(utf8, len, kind, ascii)) return make_str(std::move(utf8), len, kind, ascii);
    // A byte that starts no well-formed sequence stands for the code point of its value.
    std::string fixed;
    for (size_t p = 0; p < utf8.size();) utf8_append(fixed, utf8_decode(utf8, p));
    scan_utf8(fixed, len, kind, ascii);
    return make_str(std::move(fixed), len, kind, ascii);
}

Value new_str(std::string_view utf8) {
    return new_str(std::string(utf8));
}

Value new_str_ascii(std::string_view ascii) {
    return make_str(std::string(ascii), static_cast<int64_t>(ascii.size()), 1, true);
}

Value str_substr(const StrObject* s, int64_t start, int64_t stop) {
    if (start <= 0 && stop >= s->length && s->type == str_type)
        return Value::borrow(const_cast<StrObject*>(s));
    if (stop <= start) return empty_str();
    if (s->ascii)
        return make_str(s->s.substr(static_cast<size_t>(start), static_cast<size_t>(stop - start)),
                        stop - start, 1, true);
    size_t b = str_byte_offset(s, start);
    size_t e = str_byte_offset(s, stop);
    std::string t = s->s.substr(b, e - b);
    int64_t len;
    uint8_t kind;
    bool ascii;
    scan_utf8(t, len, kind, ascii);
    return make_str(std::move(t), len, kind, ascii);
}

Value str_exact(const Value& v) {
    if (v.type() == str_type) return v;
    StrObject* s = as_str(v);
    return make_str(std::string(s->s), s->length, s->kind, s->ascii);
}

StrObject* intern(std::string_view utf8) {
    auto hit = tl_intern_cache.find(utf8);
    if (hit != tl_intern_cache.end()) return hit->second;
    StrObject* s;
    {
        InternTable& t = intern_table();
        std::lock_guard<std::mutex> lock(t.mutex);
        auto it = t.map.find(utf8);
        if (it != t.map.end()) {
            s = it->second;
        } else {
            Value v = new_str(utf8);
            if (v.obj()->rc >= (1u << 30)) {
                s = as_str(v); // the empty string or a one-character string: already shared
            } else {
                std::lock_guard<std::mutex> ilock(g_immortal_mutex);
                s = new_immortal(std::string(as_str(v)->s));
            }
            s->interned = true;
            t.map.emplace(s->view(), s);
        }
    }
    tl_intern_cache.emplace(s->view(), s);
    return s;
}

Value interned(std::string_view utf8) {
    return Value::borrow(intern(utf8));
}

// ---- hashing and comparison -------------------------------------------------------------------

int64_t str_hash(StrObject* s) {
    if (s->hash_ == -1) s->hash_ = hash_str_utf8(s->s);
    return s->hash_;
}

bool str_equal(const StrObject* a, const StrObject* b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->hash_ != -1 && b->hash_ != -1 && a->hash_ != b->hash_) return false;
    return a->s == b->s;
}

int str_compare(const StrObject* a, const StrObject* b) {
    // UTF-8 (also in its generalized form for surrogates) sorts bytewise in code point order.
    int c = a->s.compare(b->s);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// ---- repr and ascii ---------------------------------------------------------------------------

namespace {

void append_hex_escape(std::string& out, uint32_t cp) {
    char buf[16];
    if (cp < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
}

} // namespace

std::string str_repr_text(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t p = 0; p < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) {
            ++p;
            if (c == static_cast<unsigned char>(quote) || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                append_hex_escape(out, c);
            } else {
                out += static_cast<char>(c);
            }
            continue;
        }
        size_t start = p;
        uint32_t cp = utf8_decode(s, p);
        if (unicode_has(cp, kUniPrintable))
            out.append(s.substr(start, p - start));
        else
            append_hex_escape(out, cp);
    }
    out += quote;
    return out;
}

std::string ascii_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t p = 0; p < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++p;
            continue;
        }
        append_hex_escape(out, utf8_decode(s, p));
    }
    return out;
}

Value ascii_of(const Value& v) {
    Value r = repr(v);
    StrObject* s = as_str(r);
    if (s->ascii) return r;
    return new_str(ascii_escape(s->s));
}

// ---- argument helpers -------------------------------------------------------------------------

void function_args(CallArgs& a, Type* t, const char* name, ArgStyle style, size_t min, size_t max,
                   Value* out, std::initializer_list<const char*> kw) {
    size_t n = a.nargs;
    size_t nkw = a.nkw();
    const char* tn = t->name.c_str();
    if (style != ArgStyle::Keywords && nkw) {
        if (style == ArgStyle::Slot)
            raise_type_error(fmt("wrapper %s() takes no keyword arguments", name));
        raise_type_error(fmt("%s.%s() takes no keyword arguments", tn, name));
    }
    switch (style) {
    case ArgStyle::NoArgs:
        if (n) raise_type_error(fmt("%s.%s() takes no arguments (%zu given)", tn, name, n));
        break;
    case ArgStyle::One:
        if (n != 1)
            raise_type_error(fmt("%s.%s() takes exactly one argument (%zu given)", tn, name, n));
        break;
    case ArgStyle::Clinic:
        if (n < min)
            raise_type_error(fmt("%s expected %s%zu argument%s, got %zu", name,
                                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", n));
        if (n > max)
            raise_type_error(fmt("%s expected %s%zu argument%s, got %zu", name,
                                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", n));
        break;
    case ArgStyle::Old:
        if (n < min)
            raise_type_error(fmt("%s() takes %s %zu argument%s (%zu given)", name,
                                 min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", n));
        if (n > max)
            raise_type_error(fmt("%s() takes %s %zu argument%s (%zu given)", name,
                                 min == max ? "exactly" : "at most", max, max == 1 ? "" : "s", n));
        break;
    case ArgStyle::Keywords: {
        if (n + nkw > max)
            raise_type_error(fmt("%s() takes at most %zu argument%s (%zu given)", name, max,
                                 max == 1 ? "" : "s", n + nkw));
        for (size_t k = 0; k < nkw; ++k) {
            const std::string& kn = as_str((*a.kwnames)[k])->s;
            size_t idx = 0;
            bool found = false;
            for (const char* nm : kw) {
                if (kn == nm) {
                    found = true;
                    break;
                }
                ++idx;
            }
            if (!found)
                raise_type_error(
                    fmt("'%s' is an invalid keyword argument for %s()", kn.c_str(), name));
            if (idx < n)
                raise_type_error(fmt("argument for %s() given by name ('%s') and position (%zu)",
                                     name, kn.c_str(), idx + 1));
            out[idx] = a.args[n + k];
        }
        size_t idx = 0;
        for (const char* nm : kw) {
            if (idx >= n && idx < min && out[idx].is_null()) {
                if (!*nm) // positional-only
                    raise_type_error(
                        fmt("%s() takes at least %zu positional argument%s (%zu given)", name, min,
                            min == 1 ? "" : "s", n));
                raise_type_error(
                    fmt("%s() missing required argument '%s' (pos %zu)", name, nm, idx + 1));
            }
            ++idx;
        }
        if (n < min && kw.size() == 0)
            raise_type_error(fmt("%s() takes at least %zu argument%s (%zu given)", name, min,
                                 min == 1 ? "" : "s", n));
        break;
    }
    case ArgStyle::Slot:
        if (n < min || n > max)
            raise_type_error(fmt("expected %zu argument%s, got %zu", n < min ? min : max,
                                 (n < min ? min : max) == 1 ? "" : "s", n));
        break;
    }
    for (size_t i = 0; i < n && i < max; ++i) out[i] = a.args[i];
}

void method_args(CallArgs& a, Type* t, const char* name, ArgStyle style, size_t min, size_t max,
                 Value* out, std::initializer_list<const char*> kw) {
    if (a.nargs == 0) {
        if (style == ArgStyle::Slot)
            raise_type_error(
                fmt("descriptor '%s' of '%s' object needs an argument", name, t->name.c_str()));
        raise_type_error(fmt("unbound method %s.%s() needs an argument", t->name.c_str(), name));
    }
    if (!is_instance(a.args[0], t)) {
        if (style == ArgStyle::Slot)
            raise_type_error(fmt("descriptor '%s' requires a '%s' object but received a '%s'", name,
                                 t->name.c_str(), type_name(a.args[0]).c_str()));
        raise_type_error(fmt("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             name, t->name.c_str(), type_name(a.args[0]).c_str()));
    }
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    function_args(rest, t, name, style, min, max, out, kw);
}

int64_t search_bound(const Value& v, int64_t dflt) {
    if (v.is_null() || is_none(v)) return dflt;
    if (v.is_small()) return v.small();
    if (!has_index(v))
        raise_type_error("slice indices must be integers or None or have an __index__ method");
    return index_clamped(v);
}

int int_arg(const Value& v) {
    int64_t i = index_clamped(v);
    if (i < INT32_MIN || i > INT32_MAX)
        raise_overflow_error("Python int too large to convert to C int");
    return static_cast<int>(i);
}

int64_t repeat_wrapper_arg(CallArgs& a, Type* t, const char* name) {
    if (a.nargs == 0 || !is_instance(a.args[0], t))
        method_args(a, t, name, ArgStyle::Slot, 1, 1, nullptr);
    if (a.nkw()) raise_type_error(fmt("wrapper %s() takes no keyword arguments", name));
    if (a.nargs != 2) raise_type_error(fmt(" expected 1 argument, got %zu", a.nargs - 1));
    return index_or_raise(a.args[1], OverflowError_type);
}

void adjust_indices(int64_t& start, int64_t& end, int64_t length) {
    if (end > length) {
        end = length;
    } else if (end < 0) {
        end += length;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += length;
        if (start < 0) start = 0;
    }
}

void raise_num_error(const NumError& e) {
    switch (e.kind) {
    case NumErrorKind::OverflowError: raise_overflow_error(e.message);
    case NumErrorKind::ZeroDivisionError: raise_zero_division(e.message);
    case NumErrorKind::MemoryError: raise_memory_error();
    case NumErrorKind::TypeError: raise_type_error(e.message);
    default: raise_value_error(e.message);
    }
}

// ---- the str type's slots ---------------------------------------------------------------------

namespace {

Value new_str_of_type(Type* t, const Value& exact) {
    if (t == str_type) return exact;
    StrObject* s = as_str(exact);
    return make<StrSubObject>(t, s->s, s->length, s->kind, s->ascii);
}

Value str_tp_new(Type* t, CallArgs& a) {
    if (t == str_type && a.nargs == 1 && !a.kwnames) return str(a.args[0]); // str(x)
    Value out[3];
    function_args(a, str_type, "str", ArgStyle::Keywords, 0, 3, out,
                  {"object", "encoding", "errors"});
    Value result;
    if (out[1].is_null() && out[2].is_null()) {
        result = out[0].is_null() ? empty_str() : str(out[0]);
        if (t == str_type) return result;
        result = str_exact(result);
    } else {
        for (int i = 1; i < 3; ++i)
            if (!out[i].is_null() && !is_str_like(out[i]))
                raise_type_error(fmt("str() argument '%s' must be str, not %s",
                                     i == 1 ? "encoding" : "errors",
                                     arg_type_name(out[i]).c_str()));
        std::string_view enc = out[1].is_null() ? "utf-8" : as_str(out[1])->view();
        std::string_view errors = out[2].is_null() ? "strict" : as_str(out[2])->view();
        if (out[0].is_null()) {
            result = empty_str();
        } else {
            std::string_view data;
            if (!bytes_like_data(out[0], data)) {
                if (is_str_like(out[0])) raise_type_error("decoding str is not supported");
                raise_type_error(fmt("decoding to str: need a bytes-like object, %s found",
                                     type_name(out[0]).c_str()));
            }
            result = decode_bytes(data, enc, errors);
        }
    }
    return new_str_of_type(t, result);
}

Value m_str_new(CallArgs& a) {
    if (a.nargs < 1) raise_type_error("str.__new__(): not enough arguments");
    if (!is_instance(a.args[0], type_type))
        raise_type_error(
            fmt("str.__new__(X): X is not a type object (%s)", type_name(a.args[0]).c_str()));
    Type* t = a.args[0].as<Type>();
    if (!t->is_subtype(str_type))
        raise_type_error(
            fmt("str.__new__(%s): %s is not a subtype of str", t->name.c_str(), t->name.c_str()));
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.callee};
    return str_tp_new(t, rest);
}

Value str_repr(const Value& v) {
    StrObject* s = as_str(v);
    if (s->ascii) {
        // The common case: no escapes needed and no quote in the text.
        bool plain = true;
        for (char c : s->s) {
            if (c < 0x20 || c == 0x7F || c == '\\' || c == '\'') {
                plain = false;
                break;
            }
        }
        if (plain) {
            std::string out;
            out.reserve(s->s.size() + 2);
            out += '\'';
            out += s->s;
            out += '\'';
            return make_str(std::move(out), s->length + 2, 1, true);
        }
    }
    return new_str(str_repr_text(s->s));
}

Value str_str(const Value& v) {
    return str_exact(v);
}

int64_t str_hash_slot(const Value& v) {
    return str_hash(as_str(v));
}

Value str_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_str_like(b)) return not_implemented();
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    switch (op) {
    case CmpOp::Eq: return py_bool(str_equal(x, y));
    case CmpOp::Ne: return py_bool(!str_equal(x, y));
    default: break;
    }
    int c = str_compare(x, y);
    switch (op) {
    case CmpOp::Lt: return py_bool(c < 0);
    case CmpOp::Le: return py_bool(c <= 0);
    case CmpOp::Gt: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

int64_t str_len(const Value& v) {
    return as_str(v)->length;
}

Value str_char_at(const StrObject* s, int64_t i) {
    if (s->ascii)
        return Value::borrow(
            shared().latin1[static_cast<unsigned char>(s->s[static_cast<size_t>(i)])]);
    size_t off = str_byte_offset(s, i);
    return str_from_code_point(utf8_decode(s->s, off));
}

Value str_getitem(const Value& v, const Value& k) {
    StrObject* s = as_str(v);
    if (is_slice(k)) {
        SliceBounds sb = slice_bounds(k, s->length);
        int64_t start = sb.start, step = sb.step, n = sb.count;
        if (step == 1) return str_substr(s, start, start + n);
        if (n <= 0) return empty_str();
        std::string out;
        if (s->ascii) {
            out.reserve(static_cast<size_t>(n));
            for (int64_t i = 0, j = start; i < n; ++i, j += step)
                out += s->s[static_cast<size_t>(j)];
            return make_str(std::move(out), n, 1, true);
        }
        // Decode once, then pick.
        std::u32string cps;
        cps.reserve(static_cast<size_t>(s->length));
        for (size_t p = 0; p < s->s.size();) cps.push_back(utf8_decode(s->s, p));
        for (int64_t i = 0, j = start; i < n; ++i, j += step)
            utf8_append(out, cps[static_cast<size_t>(j)]);
        return new_str(std::move(out));
    }
    if (!has_index(k))
        raise_type_error(fmt("string indices must be integers, not '%s'", type_name(k).c_str()));
    int64_t i = index_value(k);
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) raise_index_error("string index out of range");
    return str_char_at(s, i);
}

int str_contains(const Value& v, const Value& item) {
    if (!is_str_like(item))
        raise_type_error(
            fmt("'in <string>' requires string as left operand, not %s", type_name(item).c_str()));
    return as_str(v)->s.find(as_str(item)->s) != std::string::npos ? 1 : 0;
}

Value str_iter(const Value& v) {
    return make<StrIterObject>(as_str(v)->ascii ? str_ascii_iterator_type : str_iterator_type, v);
}

Value str_iter_next(const Value& it) {
    auto* i = it.as<StrIterObject>();
    if (i->str.is_null()) return Value();
    StrObject* s = as_str(i->str);
    if (i->offset >= s->s.size()) {
        i->str = Value();
        return Value();
    }
    ++i->index;
    unsigned char c = static_cast<unsigned char>(s->s[i->offset]);
    if (c < 0x80) {
        ++i->offset;
        return Value::borrow(shared().latin1[c]);
    }
    return str_from_code_point(utf8_decode(s->s, i->offset));
}

Value iter_self(const Value& v) {
    return v;
}

Value concat(const StrObject* x, const StrObject* y) {
    std::string out;
    out.reserve(x->s.size() + y->s.size());
    out += x->s;
    out += y->s;
    return make_str(std::move(out), x->length + y->length, std::max(x->kind, y->kind),
                    x->ascii && y->ascii);
}

Value str_add(const Value& a, const Value& b) {
    if (!is_str_like(a)) return not_implemented();
    if (is_str_like(b)) {
        if (as_str(b)->length == 0 && a.type() == str_type) return a;
        if (as_str(a)->length == 0 && b.type() == str_type) return b;
        return concat(as_str(a), as_str(b));
    }
    // str has no numeric +: the other operand's __radd__ runs before the concatenation fails.
    auto other = b.type()->binop[static_cast<int>(BinOp::Add)];
    if (other && other != str_add) {
        Value r = other(a, b);
        if (!r.is(NotImplemented)) return r;
    }
    raise_type_error(fmt("can only concatenate str (not \"%s\") to str", type_name(b).c_str()));
}

Value repeat(const StrObject* s, int64_t n) {
    if (n <= 0 || s->length == 0) return empty_str();
    if (n == 1 && s->type == str_type) return Value::borrow(const_cast<StrObject*>(s));
    if (static_cast<uint64_t>(n) >
        static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) / s->s.size())
        raise_overflow_error("repeated string is too long");
    uint64_t bytes = s->s.size() * static_cast<uint64_t>(n);
    if (bytes > static_cast<uint64_t>(interp().limits.max_memory)) raise_memory_error();
    std::string out;
    out.reserve(bytes);
    for (int64_t i = 0; i < n; ++i) out += s->s;
    return make_str(std::move(out), s->length * n, s->kind, s->ascii);
}

Value str_mul(const Value& a, const Value& b) {
    bool left = is_str_like(a);
    bool right = is_str_like(b);
    if (left == right) return not_implemented();
    const Value& seq = left ? a : b;
    const Value& count = left ? b : a;
    if (left) {
        auto other = b.type()->binop[static_cast<int>(BinOp::Mul)];
        if (other && other != str_mul) {
            Value r = other(a, b);
            if (!r.is(NotImplemented)) return r;
        }
    }
    // Not a count: binary_op words the error, naming the operand that is not the sequence.
    if (!has_index(count)) return not_implemented();
    return repeat(as_str(seq), index_or_raise(count, OverflowError_type));
}

Value str_mod(const Value& a, const Value& b) {
    if (!is_str_like(a)) return not_implemented();
    return percent_format(a, b);
}

Value* str_dict_slot(const Value& v) {
    if (v.type() == str_type) return nullptr;
    return &static_cast<StrSubObject*>(v.obj())->dict;
}

// ---- dunder methods, for explicit calls and super() -------------------------------------------

Value m_repr(CallArgs& a) {
    method_args(a, str_type, "__repr__", ArgStyle::Slot, 0, 0, nullptr);
    return str_repr(a.args[0]);
}
Value m_str(CallArgs& a) {
    method_args(a, str_type, "__str__", ArgStyle::Slot, 0, 0, nullptr);
    return str_exact(a.args[0]);
}
Value m_hash(CallArgs& a) {
    method_args(a, str_type, "__hash__", ArgStyle::Slot, 0, 0, nullptr);
    return new_int(str_hash(self_str(a)));
}
Value m_len(CallArgs& a) {
    method_args(a, str_type, "__len__", ArgStyle::Slot, 0, 0, nullptr);
    return new_int(self_str(a)->length);
}
Value m_getitem(CallArgs& a) {
    Value k;
    method_args(a, str_type, "__getitem__", ArgStyle::Slot, 1, 1, &k);
    return str_getitem(a.args[0], k);
}
Value m_contains(CallArgs& a) {
    Value k;
    method_args(a, str_type, "__contains__", ArgStyle::Slot, 1, 1, &k);
    return py_bool(str_contains(a.args[0], k));
}
Value m_iter(CallArgs& a) {
    method_args(a, str_type, "__iter__", ArgStyle::Slot, 0, 0, nullptr);
    return str_iter(a.args[0]);
}
Value m_add(CallArgs& a) {
    Value o;
    method_args(a, str_type, "__add__", ArgStyle::Slot, 1, 1, &o);
    if (!is_str_like(o))
        raise_type_error(fmt("can only concatenate str (not \"%s\") to str", type_name(o).c_str()));
    return concat(self_str(a), as_str(o));
}
Value m_mul(CallArgs& a) {
    return repeat(self_str(a), repeat_wrapper_arg(a, str_type, "__mul__"));
}
Value m_rmul(CallArgs& a) {
    return repeat(self_str(a), repeat_wrapper_arg(a, str_type, "__rmul__"));
}
Value m_mod(CallArgs& a) {
    Value o;
    method_args(a, str_type, "__mod__", ArgStyle::Slot, 1, 1, &o);
    return percent_format(a.args[0], o);
}
Value m_rmod(CallArgs& a) {
    Value o;
    method_args(a, str_type, "__rmod__", ArgStyle::Slot, 1, 1, &o);
    if (!is_str_like(o)) return not_implemented();
    return percent_format(o, a.args[0]);
}
template <CmpOp OP>
Value m_cmp(CallArgs& a) {
    Value o;
    method_args(a, str_type, cmpop_dunder(OP), ArgStyle::Slot, 1, 1, &o);
    return str_richcmp(a.args[0], o, OP);
}
Value m_getnewargs(CallArgs& a) {
    method_args(a, str_type, "__getnewargs__", ArgStyle::NoArgs, 0, 0, nullptr);
    return new_tuple({str_exact(a.args[0])});
}

// ---- the iterators ----------------------------------------------------------------------------

StrIterObject* iter_self_arg(CallArgs& a, const char* name) {
    if (a.nargs == 0 ||
        (a.args[0].type() != str_iterator_type && a.args[0].type() != str_ascii_iterator_type))
        method_args(a, str_iterator_type, name, ArgStyle::Slot, 0, 0, nullptr);
    if (a.nargs > 1 || a.nkw())
        method_args(a, a.args[0].type(), name, ArgStyle::Slot, 0, 0, nullptr);
    return a.args[0].as<StrIterObject>();
}

Value m_iter_length_hint(CallArgs& a) {
    auto* i = iter_self_arg(a, "__length_hint__");
    if (i->str.is_null()) return new_int(0);
    return new_int(as_str(i->str)->length - i->index);
}
Value m_iter_next(CallArgs& a) {
    iter_self_arg(a, "__next__");
    Value r = str_iter_next(a.args[0]);
    if (r.is_null()) raise(new_exception(StopIteration_type, {}));
    return r;
}
Value m_iter_iter(CallArgs& a) {
    iter_self_arg(a, "__iter__");
    return a.args[0];
}

Type* make_iterator_type(const char* name) {
    Type* t = new_builtin_type(name, object_type, 0);
    t->tp_new = nullptr;
    t->iter = iter_self;
    t->next = str_iter_next;
    return t;
}

} // namespace

void init_str_type() {
    str_type = new_builtin_type("str", object_type, kTypeBase);
    {
        std::lock_guard<std::mutex> lock(g_immortal_mutex);
        for (StrObject* s : untyped_immortals()) {
            s->type = str_type;
            incref(str_type);
        }
        untyped_immortals().clear();
    }
    str_type->tp_new = str_tp_new;
    str_type->tp_init = nullptr;
    str_type->repr = str_repr;
    str_type->str = str_str;
    str_type->hash = str_hash_slot;
    str_type->richcmp = str_richcmp;
    str_type->len = str_len;
    str_type->getitem = str_getitem;
    str_type->contains = str_contains;
    str_type->iter = str_iter;
    str_type->binop[static_cast<int>(BinOp::Add)] = str_add;
    str_type->binop[static_cast<int>(BinOp::Mul)] = str_mul;
    str_type->binop[static_cast<int>(BinOp::Mod)] = str_mod;
    str_type->dict_offset_fn = str_dict_slot;

    str_iterator_type = make_iterator_type("str_iterator");
    str_ascii_iterator_type = make_iterator_type("str_ascii_iterator");
}

// Called from init_str_methods(), once native functions exist.
void init_str_dunders() {
    add_staticmethod(str_type, "__new__", m_str_new);
    add_method(str_type, "__repr__", m_repr);
    add_method(str_type, "__str__", m_str);
    add_method(str_type, "__hash__", m_hash);
    add_method(str_type, "__len__", m_len);
    add_method(str_type, "__getitem__", m_getitem);
    add_method(str_type, "__contains__", m_contains);
    add_method(str_type, "__iter__", m_iter);
    add_method(str_type, "__add__", m_add);
    add_method(str_type, "__mul__", m_mul);
    add_method(str_type, "__rmul__", m_rmul);
    add_method(str_type, "__mod__", m_mod);
    add_method(str_type, "__rmod__", m_rmod);
    add_method(str_type, "__eq__", m_cmp<CmpOp::Eq>);
    add_method(str_type, "__ne__", m_cmp<CmpOp::Ne>);
    add_method(str_type, "__lt__", m_cmp<CmpOp::Lt>);
    add_method(str_type, "__le__", m_cmp<CmpOp::Le>);
    add_method(str_type, "__gt__", m_cmp<CmpOp::Gt>);
    add_method(str_type, "__ge__", m_cmp<CmpOp::Ge>);
    add_method(str_type, "__getnewargs__", m_getnewargs);
    for (Type* t : {str_iterator_type, str_ascii_iterator_type}) {
        add_method(t, "__length_hint__", m_iter_length_hint);
        add_method(t, "__next__", m_iter_next);
        add_method(t, "__iter__", m_iter_iter);
    }
    add_slot_wrappers(str_type); // the few not written above with str's own messages
}

} // namespace loopstep::py
