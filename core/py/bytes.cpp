// bytes and bytearray, and the text codecs. Both types share one set of read-only methods that
// work on the raw data (a bytearray method returns a bytearray where the bytes one returns
// bytes, as in CPython); bytearray adds the mutating ones. The codecs are utf-8, ascii and
// latin-1 with CPython's error ranges (the UTF-8 decoder reports the same "maximal subpart" of a
// bad sequence CPython does, so positions and messages match) and error handlers; their errors are
// UnicodeEncodeError / UnicodeDecodeError carrying (encoding, object, start, end, reason), whose
// str() this file provides.
#include "core/py/bytes.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/lib/siphash.h"
#include "core/py/str.h"
#include "core/py/str_util.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <mutex>

namespace loopstep::py {

Type* bytes_type;
Type* bytearray_type;

namespace {

Type* bytes_iterator_type;
Type* bytearray_iterator_type;

struct BytesSubObject : BytesObject {
    using BytesObject::BytesObject;
    Value dict;
};

struct BytesIterObject : Object {
    BytesIterObject(Type* t, Value s) : Object(t), seq(std::move(s)) {}
    Value seq; // null once exhausted
    size_t index = 0;
};

constexpr int64_t kNoLimit = std::numeric_limits<int64_t>::max();

// b'' and the 256 one-byte objects are shared, as in CPython.
struct SharedBytes {
    BytesObject* empty;
    BytesObject* single[256];
    static BytesObject* immortal(std::string d) {
        void* mem = std::malloc(sizeof(BytesObject));
        if (!mem) throw std::bad_alloc();
        auto* b = new (mem) BytesObject(bytes_type, std::move(d));
        b->rc = 1u << 30;
        return b;
    }
    SharedBytes() {
        empty = immortal(std::string());
        for (int i = 0; i < 256; ++i) single[i] = immortal(std::string(1, static_cast<char>(i)));
    }
};
SharedBytes& shared_bytes() {
    static auto* s = new SharedBytes;
    return *s;
}

} // namespace

Value new_bytes(std::string&& data) {
    if (data.size() <= 1) {
        SharedBytes& sb = shared_bytes();
        return Value::borrow(data.empty() ? sb.empty
                                          : sb.single[static_cast<unsigned char>(data[0])]);
    }
    return make<BytesObject>(bytes_type, std::move(data));
}

Value new_bytes(std::string_view data) {
    return new_bytes(std::string(data));
}

Value new_bytearray(std::string data) {
    return make<ByteArrayObject>(bytearray_type, std::move(data));
}

bool is_bytes_like(const Value& v) {
    if (v.is_null() || !v.is_obj()) return false;
    Type* t = v.type();
    return t == bytes_type || t == bytearray_type || t->is_subtype(bytes_type) ||
           t->is_subtype(bytearray_type);
}

bool bytes_like_data(const Value& v, std::string_view& out) {
    if (v.is_null() || !v.is_obj()) return false;
    Type* t = v.type();
    if (t == bytes_type || t->is_subtype(bytes_type)) {
        out = v.as<BytesObject>()->view();
        return true;
    }
    if (t == bytearray_type || t->is_subtype(bytearray_type)) {
        out = v.as<ByteArrayObject>()->view();
        return true;
    }
    return false;
}

std::string bytes_repr_text(std::string_view d) {
    bool squote = d.find('\'') != std::string_view::npos;
    bool dquote = d.find('"') != std::string_view::npos;
    char quote = squote && !dquote ? '"' : '\'';
    std::string out = "b";
    out += quote;
    static const char hex[] = "0123456789abcdef";
    for (char ch : d) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

// ---- codecs -----------------------------------------------------------------------------------

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

const char* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    }
    return "";
}

// Python's encodings.normalize_encoding, then the aliases of the three codecs loopstep has.
Codec lookup_codec(std::string_view name) {
    std::string n;
    bool pending_sep = false;
    for (char c : name) {
        char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.';
        if (!keep) {
            pending_sep = !n.empty();
            continue;
        }
        if (pending_sep) n += '_';
        pending_sep = false;
        n += l;
    }
    for (const char* a : {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})
        if (n == a) return Codec::Utf8;
    for (const char* a :
         {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
          "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"})
        if (n == a) return Codec::Ascii;
    for (const char* a : {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                          "cp819", "iso_ir_100", "csisolatin1", "iso_8859_1_1987", "ibm819"})
        if (n == a) return Codec::Latin1;
    raise(new_exception(LookupError_type,
                        fmt("unknown encoding: %.*s", static_cast<int>(name.size()), name.data())));
}

enum class Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape
};

Handler lookup_handler(std::string_view name) {
    if (name == "strict") return Handler::Strict;
    if (name == "ignore") return Handler::Ignore;
    if (name == "replace") return Handler::Replace;
    if (name == "backslashreplace") return Handler::BackslashReplace;
    if (name == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    if (name == "surrogateescape") return Handler::SurrogateEscape;
    raise(new_exception(LookupError_type, fmt("unknown error handler name '%.*s'",
                                              static_cast<int>(name.size()), name.data())));
}

[[noreturn]] void raise_decode_error(Codec c, std::string_view data, size_t start, size_t end,
                                     const char* reason) {
    raise(new_exception(UnicodeDecodeError_type,
                        {new_str(codec_name(c)), new_bytes(data),
                         new_int(static_cast<int64_t>(start)), new_int(static_cast<int64_t>(end)),
                         new_str(reason)}));
}

[[noreturn]] void raise_encode_error(Codec c, const StrObject* s, int64_t start, int64_t end,
                                     const char* reason) {
    raise(new_exception(UnicodeEncodeError_type,
                        {new_str(codec_name(c)), Value::borrow(const_cast<StrObject*>(s)),
                         new_int(start), new_int(end), new_str(reason)}));
}

inline bool is_cont(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

// CPython's UTF-8 decoder's verdict on the sequence at p: 0 = valid (len set), or the error
// with the number of bytes it covers.
struct Utf8Step {
    int len = 0;          // bytes of a valid sequence
    const char* reason{}; // error, or null
    size_t bad = 0;       // bytes the error covers
};

Utf8Step utf8_step(std::string_view d, size_t p) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(d[i]); };
    unsigned char c = b(p);
    size_t left = d.size() - p;
    Utf8Step r;
    if (c < 0x80) {
        r.len = 1;
        return r;
    }
    auto invalid_start = [&] {
        r.reason = "invalid start byte";
        r.bad = 1;
        return r;
    };
    auto invalid_cont = [&](size_t n) {
        r.reason = "invalid continuation byte";
        r.bad = n;
        return r;
    };
    auto truncated = [&] {
        r.reason = "unexpected end of data";
        r.bad = left;
        return r;
    };
    if (c < 0xC2 || c > 0xF4) return invalid_start();
    if (c < 0xE0) {
        if (left < 2) return truncated();
        if (!is_cont(b(p + 1))) return invalid_cont(1);
        r.len = 2;
        return r;
    }
    if (c < 0xF0) {
        auto bad2 = [&](unsigned char c2) {
            return !is_cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0);
        };
        if (left < 3) {
            if (left >= 2 && bad2(b(p + 1))) return invalid_cont(1);
            return truncated();
        }
        if (bad2(b(p + 1))) return invalid_cont(1);
        if (!is_cont(b(p + 2))) return invalid_cont(2);
        r.len = 3;
        return r;
    }
    auto bad2 = [&](unsigned char c2) {
        return !is_cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90);
    };
    if (left < 4) {
        if (left >= 2 && bad2(b(p + 1))) return invalid_cont(1);
        if (left >= 3 && !is_cont(b(p + 2))) return invalid_cont(2);
        return truncated();
    }
    if (bad2(b(p + 1))) return invalid_cont(1);
    if (!is_cont(b(p + 2))) return invalid_cont(2);
    if (!is_cont(b(p + 3))) return invalid_cont(3);
    r.len = 4;
    return r;
}

// Applies a decode error handler to the bytes [start, end).
void decode_error(Codec c, std::string_view d, size_t start, size_t end, const char* reason,
                  std::string_view errors, std::string& out) {
    switch (lookup_handler(errors)) {
    case Handler::Strict:
    case Handler::XmlCharRefReplace: raise_decode_error(c, d, start, end, reason);
    case Handler::Ignore: break;
    case Handler::Replace: utf8_append(out, 0xFFFD); break;
    case Handler::BackslashReplace: {
        static const char hex[] = "0123456789abcdef";
        for (size_t i = start; i < end; ++i) {
            unsigned char b = static_cast<unsigned char>(d[i]);
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 15];
        }
        break;
    }
    case Handler::SurrogateEscape:
        for (size_t i = start; i < end; ++i) {
            unsigned char b = static_cast<unsigned char>(d[i]);
            if (b < 128) raise_decode_error(c, d, start, end, reason);
            utf8_append(out, 0xDC00 + b);
        }
        break;
    }
}

void append_escape(std::string& out, uint32_t cp, Handler h) {
    if (h == Handler::XmlCharRefReplace) {
        out += fmt("&#%u;", cp);
        return;
    }
    if (cp < 0x100)
        out += fmt("\\x%02x", cp);
    else if (cp < 0x10000)
        out += fmt("\\u%04x", cp);
    else
        out += fmt("\\U%08x", cp);
}

} // namespace

Value decode_bytes(std::string_view d, std::string_view encoding, std::string_view errors) {
    Codec c = lookup_codec(encoding);
    std::string out;
    out.reserve(d.size());
    switch (c) {
    case Codec::Utf8: {
        size_t p = 0;
        while (p < d.size()) {
            unsigned char b = static_cast<unsigned char>(d[p]);
            if (b < 0x80) {
                out += static_cast<char>(b);
                ++p;
                continue;
            }
            Utf8Step s = utf8_step(d, p);
            if (s.len) {
                out.append(d.substr(p, static_cast<size_t>(s.len)));
                p += static_cast<size_t>(s.len);
                continue;
            }
            decode_error(c, d, p, p + s.bad, s.reason, errors, out);
            p += s.bad;
        }
        break;
    }
    case Codec::Ascii:
        for (size_t p = 0; p < d.size(); ++p) {
            unsigned char b = static_cast<unsigned char>(d[p]);
            if (b < 0x80)
                out += static_cast<char>(b);
            else
                decode_error(c, d, p, p + 1, "ordinal not in range(128)", errors, out);
        }
        break;
    case Codec::Latin1:
        for (char ch : d) utf8_append(out, static_cast<unsigned char>(ch));
        break;
    }
    return new_str(std::move(out));
}

Value encode_str(const StrObject* s, std::string_view encoding, std::string_view errors) {
    Codec c = lookup_codec(encoding);
    uint32_t limit = c == Codec::Ascii ? 0x80 : c == Codec::Latin1 ? 0x100 : 0x110000;
    const std::string& t = s->s;
    if (c == Codec::Utf8 || s->ascii) {
        // Well-formed text only needs checking for surrogates (ED A0..BF ..).
        bool clean = s->ascii || t.find('\xED') == std::string::npos;
        if (!clean) {
            clean = true;
            for (size_t i = 0; i + 1 < t.size(); ++i)
                if (static_cast<unsigned char>(t[i]) == 0xED &&
                    static_cast<unsigned char>(t[i + 1]) >= 0xA0)
                    clean = false;
        }
        if (clean && (c == Codec::Utf8 || s->ascii)) return new_bytes(t);
    }
    std::u32string cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (size_t p = 0; p < t.size();) cps.push_back(utf8_decode(t, p));
    auto is_bad = [&](uint32_t cp) {
        return c == Codec::Utf8 ? (cp >= 0xD800 && cp <= 0xDFFF) : cp >= limit;
    };
    const char* reason = c == Codec::Utf8    ? "surrogates not allowed"
                         : c == Codec::Ascii ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
    std::string out;
    out.reserve(t.size());
    size_t i = 0;
    while (i < cps.size()) {
        uint32_t cp = cps[i];
        if (!is_bad(cp)) {
            if (c == Codec::Utf8)
                utf8_append(out, cp);
            else
                out += static_cast<char>(cp);
            ++i;
            continue;
        }
        size_t end = i + 1;
        while (end < cps.size() && is_bad(cps[end])) ++end;
        Handler h = lookup_handler(errors);
        switch (h) {
        case Handler::Strict:
            raise_encode_error(c, s, static_cast<int64_t>(i), static_cast<int64_t>(end), reason);
        case Handler::Ignore: break;
        case Handler::Replace: out.append(end - i, '?'); break;
        case Handler::BackslashReplace:
        case Handler::XmlCharRefReplace:
            for (size_t k = i; k < end; ++k) append_escape(out, cps[k], h);
            break;
        case Handler::SurrogateEscape:
            for (size_t k = i; k < end; ++k) {
                if (cps[k] < 0xDC80 || cps[k] > 0xDCFF)
                    raise_encode_error(c, s, static_cast<int64_t>(k), static_cast<int64_t>(k + 1),
                                       reason);
                out += static_cast<char>(cps[k] - 0xDC00);
            }
            break;
        }
        i = end;
    }
    return new_bytes(std::move(out));
}

// ---- the shared methods -----------------------------------------------------------------------

namespace {

bool is_bytearray(const Value& v) {
    Type* t = v.type();
    return t == bytearray_type || t->is_subtype(bytearray_type);
}

// The type whose method is running (bytes or bytearray), for the self check and messages.
Type* method_owner(CallArgs& a) {
    if (a.callee && a.callee->type == native_function_type) {
        Type* o = static_cast<NativeFunctionObject*>(a.callee)->owner;
        if (o) return o;
    }
    return bytes_type;
}

std::string_view self_data(CallArgs& a) {
    std::string_view d;
    bytes_like_data(a.args[0], d);
    return d;
}

void args_for(CallArgs& a, const char* name, ArgStyle style, size_t min, size_t max, Value* out,
              std::initializer_list<const char*> kw = {}) {
    method_args(a, method_owner(a), name, style, min, max, out, kw);
}

// A result of the same kind as self: bytes from bytes, bytearray from bytearray.
Value like(CallArgs& a, std::string&& d) {
    if (is_bytearray(a.args[0])) return new_bytearray(std::move(d));
    return new_bytes(std::move(d));
}
Value like_view(CallArgs& a, std::string_view d) {
    return like(a, std::string(d));
}

std::string_view buffer_arg(const Value& v) {
    std::string_view d;
    if (!bytes_like_data(v, d))
        raise_type_error(fmt("a bytes-like object is required, not '%s'", type_name(v).c_str()));
    return d;
}

// One byte given as an int (bytearray.append, item assignment): "byte must be in range(0, 256)",
// also for ints beyond 64 bits; `plural` words it as bytes() does.
int64_t byte_value(const Value& v, bool plural = false) {
    int64_t b = index_clamped(v);
    if (b < 0 || b > 255)
        raise_value_error(plural ? "bytes must be in range(0, 256)"
                                 : "byte must be in range(0, 256)");
    return b;
}

// The needle of find/count/index: bytes-like, or an int naming one byte.
std::string needle_arg(const Value& v) {
    std::string_view d;
    if (bytes_like_data(v, d)) return std::string(d);
    if (!has_index(v))
        raise_type_error(
            fmt("argument should be integer or bytes-like object, not '%s'", type_name(v).c_str()));
    return std::string(1, static_cast<char>(byte_value(v)));
}

inline bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
}

int64_t find_impl(CallArgs& a, const char* name, bool reverse) {
    Value args[3];
    args_for(a, name, ArgStyle::Old, 1, 3, args);
    std::string_view d = self_data(a);
    int64_t start = search_bound(args[1], 0), end = search_bound(args[2], kNoLimit);
    std::string sub = needle_arg(args[0]);
    adjust_indices(start, end, static_cast<int64_t>(d.size()));
    if (end - start < static_cast<int64_t>(sub.size())) return -1;
    if (sub.empty()) return reverse ? end : start;
    std::string_view hay = d.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    size_t p = reverse ? hay.rfind(sub) : hay.find(sub);
    return p == std::string_view::npos ? -1 : start + static_cast<int64_t>(p);
}

Value m_find(CallArgs& a) {
    return new_int(find_impl(a, "find", false));
}
Value m_rfind(CallArgs& a) {
    return new_int(find_impl(a, "rfind", true));
}
Value m_index(CallArgs& a) {
    int64_t i = find_impl(a, "index", false);
    if (i < 0) raise_value_error("subsection not found");
    return new_int(i);
}
Value m_rindex(CallArgs& a) {
    int64_t i = find_impl(a, "rindex", true);
    if (i < 0) raise_value_error("subsection not found");
    return new_int(i);
}

Value m_count(CallArgs& a) {
    Value args[3];
    args_for(a, "count", ArgStyle::Old, 1, 3, args);
    std::string_view d = self_data(a);
    int64_t start = search_bound(args[1], 0), end = search_bound(args[2], kNoLimit);
    std::string sub = needle_arg(args[0]);
    adjust_indices(start, end, static_cast<int64_t>(d.size()));
    if (end - start < static_cast<int64_t>(sub.size())) return new_int(0);
    if (sub.empty()) return new_int(end - start + 1);
    std::string_view hay = d.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    int64_t n = 0;
    for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size()))
        ++n;
    return new_int(n);
}

Value starts_ends(CallArgs& a, const char* name, bool at_end) {
    Value args[3];
    args_for(a, name, ArgStyle::Old, 1, 3, args);
    std::string_view d = self_data(a);
    int64_t start0 = search_bound(args[1], 0), end0 = search_bound(args[2], kNoLimit);
    auto match = [&](std::string_view sub) {
        int64_t start = start0, end = end0;
        adjust_indices(start, end, static_cast<int64_t>(d.size()));
        end -= static_cast<int64_t>(sub.size());
        if (end < start) return false;
        int64_t at = at_end ? end : start;
        return d.substr(static_cast<size_t>(at), sub.size()) == sub;
    };
    std::string_view sub;
    if (is_tuple_like(args[0])) {
        TupleObject* t = as_tuple(args[0]);
        for (size_t i = 0; i < t->n; ++i) {
            if (!bytes_like_data((*t)[i], sub))
                raise_type_error(
                    fmt("a bytes-like object is required, not '%s'", type_name((*t)[i]).c_str()));
            if (match(sub)) return py_bool(true);
        }
        return py_bool(false);
    }
    if (!bytes_like_data(args[0], sub))
        raise_type_error(fmt("%s first arg must be bytes or a tuple of bytes, not %s", name,
                             type_name(args[0]).c_str()));
    return py_bool(match(sub));
}

Value m_startswith(CallArgs& a) {
    return starts_ends(a, "startswith", false);
}
Value m_endswith(CallArgs& a) {
    return starts_ends(a, "endswith", true);
}

Value split_impl(CallArgs& a, const char* name, bool reverse) {
    Value args[2];
    args_for(a, name, ArgStyle::Keywords, 0, 2, args, {"sep", "maxsplit"});
    std::string_view d = self_data(a);
    int64_t maxsplit = args[1].is_null() ? -1 : ssize_arg(args[1]);
    if (maxsplit < 0) maxsplit = kNoLimit;
    std::vector<Value> out;
    if (args[0].is_null() || is_none(args[0])) {
        if (!reverse) {
            size_t p = 0;
            while (true) {
                while (p < d.size() && is_ascii_space(static_cast<unsigned char>(d[p]))) ++p;
                if (p >= d.size()) break;
                if (maxsplit-- == 0) {
                    out.push_back(like_view(a, d.substr(p)));
                    break;
                }
                size_t e = p;
                while (e < d.size() && !is_ascii_space(static_cast<unsigned char>(d[e]))) ++e;
                out.push_back(like_view(a, d.substr(p, e - p)));
                p = e;
            }
        } else {
            size_t p = d.size();
            while (true) {
                while (p > 0 && is_ascii_space(static_cast<unsigned char>(d[p - 1]))) --p;
                if (p == 0) break;
                if (maxsplit-- == 0) {
                    out.push_back(like_view(a, d.substr(0, p)));
                    break;
                }
                size_t b = p;
                while (b > 0 && !is_ascii_space(static_cast<unsigned char>(d[b - 1]))) --b;
                out.push_back(like_view(a, d.substr(b, p - b)));
                p = b;
            }
            std::reverse(out.begin(), out.end());
        }
        return new_list(std::move(out));
    }
    std::string_view sep = buffer_arg(args[0]);
    if (sep.empty()) raise_value_error("empty separator");
    if (!reverse) {
        size_t p = 0;
        while (maxsplit-- != 0) {
            size_t f = d.find(sep, p);
            if (f == std::string_view::npos) break;
            out.push_back(like_view(a, d.substr(p, f - p)));
            p = f + sep.size();
        }
        out.push_back(like_view(a, d.substr(p)));
    } else {
        size_t e = d.size();
        while (maxsplit-- != 0) {
            if (e < sep.size()) break;
            size_t f = d.rfind(sep, e - sep.size());
            if (f == std::string_view::npos) break;
            out.push_back(like_view(a, d.substr(f + sep.size(), e - f - sep.size())));
            e = f;
        }
        out.push_back(like_view(a, d.substr(0, e)));
        std::reverse(out.begin(), out.end());
    }
    return new_list(std::move(out));
}

Value m_split(CallArgs& a) {
    return split_impl(a, "split", false);
}
Value m_rsplit(CallArgs& a) {
    return split_impl(a, "rsplit", true);
}

Value m_splitlines(CallArgs& a) {
    Value arg;
    args_for(a, "splitlines", ArgStyle::Keywords, 0, 1, &arg, {"keepends"});
    bool keep = !arg.is_null() && int_arg(arg) != 0;
    std::string_view d = self_data(a);
    std::vector<Value> out;
    size_t p = 0;
    while (p < d.size()) {
        size_t e = p;
        while (e < d.size() && d[e] != '\n' && d[e] != '\r') ++e;
        size_t next = e;
        if (e < d.size()) {
            next = e + 1;
            if (d[e] == '\r' && next < d.size() && d[next] == '\n') ++next;
        }
        out.push_back(like_view(a, d.substr(p, (keep ? next : e) - p)));
        p = next;
    }
    return new_list(std::move(out));
}

Value m_join(CallArgs& a) {
    Value arg;
    args_for(a, "join", ArgStyle::One, 1, 1, &arg);
    std::string sep(self_data(a));
    Type* at = arg.type();
    if (!at->iter && !at->getitem) raise_type_error("can only join an iterable");
    std::vector<Value> items = to_vector(arg);
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        std::string_view d;
        if (!bytes_like_data(items[i], d))
            raise_type_error(fmt("sequence item %zu: expected a bytes-like object, %s found", i,
                                 type_name(items[i]).c_str()));
        if (i) out += sep;
        out.append(d);
    }
    return like(a, std::move(out));
}

Value strip_impl(CallArgs& a, const char* name, bool left, bool right) {
    Value arg;
    args_for(a, name, ArgStyle::Clinic, 0, 1, &arg);
    std::string_view d = self_data(a);
    bool ws = arg.is_null() || is_none(arg);
    std::string_view chars = ws ? std::string_view() : buffer_arg(arg);
    auto strip_it = [&](char c) {
        return ws ? is_ascii_space(static_cast<unsigned char>(c))
                  : chars.find(c) != std::string_view::npos;
    };
    size_t b = 0, e = d.size();
    if (left)
        while (b < e && strip_it(d[b])) ++b;
    if (right)
        while (e > b && strip_it(d[e - 1])) --e;
    if (b == 0 && e == d.size() && a.args[0].type() == bytes_type) return a.args[0];
    return like_view(a, d.substr(b, e - b));
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
    args_for(a, "replace", ArgStyle::Clinic, 2, 3, args);
    std::string_view d = self_data(a);
    std::string old(buffer_arg(args[0]));
    std::string rep(buffer_arg(args[1]));
    int64_t count = args[2].is_null() ? -1 : ssize_arg(args[2]);
    if (count < 0) count = kNoLimit;
    std::string out;
    if (old.empty()) {
        size_t p = 0;
        for (int64_t done = 0; done < count; ++done) {
            out += rep;
            if (p >= d.size()) break;
            out += d[p++];
        }
        out.append(d.substr(p));
    } else {
        size_t p = 0;
        for (int64_t done = 0; done < count; ++done) {
            size_t f = d.find(old, p);
            if (f == std::string_view::npos) break;
            out.append(d.substr(p, f - p));
            out += rep;
            p = f + old.size();
        }
        out.append(d.substr(p));
    }
    return like(a, std::move(out));
}

Value partition_impl(CallArgs& a, const char* name, bool reverse) {
    Value arg;
    args_for(a, name, ArgStyle::One, 1, 1, &arg);
    std::string_view d = self_data(a);
    std::string_view sep = buffer_arg(arg);
    if (sep.empty()) raise_value_error("empty separator");
    size_t f = reverse ? d.rfind(sep) : d.find(sep);
    if (f == std::string_view::npos) {
        Value e = like(a, std::string());
        if (reverse) return new_tuple({e, like(a, std::string()), like_view(a, d)});
        return new_tuple({like_view(a, d), e, like(a, std::string())});
    }
    return new_tuple(
        {like_view(a, d.substr(0, f)), like_view(a, sep), like_view(a, d.substr(f + sep.size()))});
}

Value m_partition(CallArgs& a) {
    return partition_impl(a, "partition", false);
}
Value m_rpartition(CallArgs& a) {
    return partition_impl(a, "rpartition", true);
}

Value remove_affix(CallArgs& a, const char* name, bool prefix) {
    Value arg;
    args_for(a, name, ArgStyle::One, 1, 1, &arg);
    std::string_view d = self_data(a);
    std::string_view x = buffer_arg(arg);
    if (!x.empty() && x.size() <= d.size()) {
        if (prefix && d.substr(0, x.size()) == x) return like_view(a, d.substr(x.size()));
        if (!prefix && d.substr(d.size() - x.size()) == x)
            return like_view(a, d.substr(0, d.size() - x.size()));
    }
    return like_view(a, d);
}

Value m_removeprefix(CallArgs& a) {
    return remove_affix(a, "removeprefix", true);
}
Value m_removesuffix(CallArgs& a) {
    return remove_affix(a, "removesuffix", false);
}

enum class BCase { Lower, Upper, Swap, Title, Capitalize };

Value case_impl(CallArgs& a, const char* name, BCase which) {
    args_for(a, name, ArgStyle::NoArgs, 0, 0, nullptr);
    std::string d(self_data(a));
    bool prev_cased = false;
    for (size_t i = 0; i < d.size(); ++i) {
        char& c = d[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        switch (which) {
        case BCase::Lower:
            if (up) c = static_cast<char>(c + 32);
            break;
        case BCase::Upper:
            if (low) c = static_cast<char>(c - 32);
            break;
        case BCase::Swap:
            if (up)
                c = static_cast<char>(c + 32);
            else if (low)
                c = static_cast<char>(c - 32);
            break;
        case BCase::Title:
            if (prev_cased && up)
                c = static_cast<char>(c + 32);
            else if (!prev_cased && low)
                c = static_cast<char>(c - 32);
            prev_cased = up || low;
            break;
        case BCase::Capitalize:
            if (i == 0 && low)
                c = static_cast<char>(c - 32);
            else if (i > 0 && up)
                c = static_cast<char>(c + 32);
            break;
        }
    }
    return like(a, std::move(d));
}

Value m_lower(CallArgs& a) {
    return case_impl(a, "lower", BCase::Lower);
}
Value m_upper(CallArgs& a) {
    return case_impl(a, "upper", BCase::Upper);
}
Value m_swapcase(CallArgs& a) {
    return case_impl(a, "swapcase", BCase::Swap);
}
Value m_title(CallArgs& a) {
    return case_impl(a, "title", BCase::Title);
}
Value m_capitalize(CallArgs& a) {
    return case_impl(a, "capitalize", BCase::Capitalize);
}

template <bool (*Pred)(unsigned char)>
Value all_bytes(CallArgs& a, const char* name) {
    args_for(a, name, ArgStyle::NoArgs, 0, 0, nullptr);
    std::string_view d = self_data(a);
    if (d.empty()) return py_bool(false);
    for (char c : d)
        if (!Pred(static_cast<unsigned char>(c))) return py_bool(false);
    return py_bool(true);
}
bool p_alpha(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool p_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
bool p_alnum(unsigned char c) {
    return p_alpha(c) || p_digit(c);
}
bool p_space(unsigned char c) {
    return is_ascii_space(c);
}
Value m_isalpha(CallArgs& a) {
    return all_bytes<p_alpha>(a, "isalpha");
}
Value m_isdigit(CallArgs& a) {
    return all_bytes<p_digit>(a, "isdigit");
}
Value m_isalnum(CallArgs& a) {
    return all_bytes<p_alnum>(a, "isalnum");
}
Value m_isspace(CallArgs& a) {
    return all_bytes<p_space>(a, "isspace");
}
Value m_isascii(CallArgs& a) {
    args_for(a, "isascii", ArgStyle::NoArgs, 0, 0, nullptr);
    for (char c : self_data(a))
        if (static_cast<unsigned char>(c) >= 0x80) return py_bool(false);
    return py_bool(true);
}
Value cased_check(CallArgs& a, const char* name, bool want_lower) {
    args_for(a, name, ArgStyle::NoArgs, 0, 0, nullptr);
    bool cased = false;
    for (char c : self_data(a)) {
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (want_lower ? up : low) return py_bool(false);
        if (want_lower ? low : up) cased = true;
    }
    return py_bool(cased);
}
Value m_islower(CallArgs& a) {
    return cased_check(a, "islower", true);
}
Value m_isupper(CallArgs& a) {
    return cased_check(a, "isupper", false);
}

Value justify(CallArgs& a, const char* name, int how) {
    Value args[2];
    args_for(a, name, ArgStyle::Clinic, 1, 2, args);
    int64_t width = ssize_arg(args[0]);
    char fill = ' ';
    if (!args[1].is_null()) {
        std::string_view f;
        if (!bytes_like_data(args[1], f) || f.size() != 1)
            raise_type_error(fmt("%s() argument 2 must be a byte string of length 1, not %s", name,
                                 arg_type_name(args[1]).c_str()));
        fill = f[0];
    }
    std::string_view d = self_data(a);
    int64_t len = static_cast<int64_t>(d.size());
    if (width <= len) return like_view(a, d);
    int64_t marg = width - len;
    int64_t left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & width & 1);
    std::string out(static_cast<size_t>(left), fill);
    out.append(d);
    out.append(static_cast<size_t>(marg - left), fill);
    return like(a, std::move(out));
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

Value m_decode(CallArgs& a) {
    Value args[2];
    args_for(a, "decode", ArgStyle::Keywords, 0, 2, args, {"encoding", "errors"});
    for (int i = 0; i < 2; ++i)
        if (!args[i].is_null() && !is_str_like(args[i]))
            raise_type_error(fmt("decode() argument '%s' must be str, not %s",
                                 i == 0 ? "encoding" : "errors", arg_type_name(args[i]).c_str()));
    return decode_bytes(self_data(a), args[0].is_null() ? "utf-8" : as_str(args[0])->view(),
                        args[1].is_null() ? "strict" : as_str(args[1])->view());
}

Value m_hex(CallArgs& a) {
    Value args[2];
    args_for(a, "hex", ArgStyle::Keywords, 0, 2, args, {"sep", "bytes_per_sep"});
    std::string_view d = self_data(a);
    static const char hex[] = "0123456789abcdef";
    int64_t per = args[1].is_null() ? 1 : int_arg(args[1]); // converted before sep is checked
    std::string sep;
    if (!args[0].is_null()) {
        // _Py_strhex's order: any sized object of length 1, then its type.
        if (length(args[0]) != 1) raise_value_error("sep must be length 1.");
        std::string_view sd;
        if (is_str_like(args[0])) {
            sd = as_str(args[0])->view();
            if (!as_str(args[0])->ascii) raise_value_error("sep must be ASCII.");
        } else if (!bytes_like_data(args[0], sd)) {
            raise_type_error("sep must be str or bytes.");
        }
        sep = std::string(sd);
    }
    std::string out;
    size_t n = d.size();
    size_t group = static_cast<size_t>(per < 0 ? -per : per);
    for (size_t i = 0; i < n; ++i) {
        if (i && !sep.empty() && group) {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        unsigned char b = static_cast<unsigned char>(d[i]);
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return new_str(std::move(out));
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Value m_fromhex(CallArgs& a) {
    // A class method: a.args[0] is the class.
    if (a.nargs != 2)
        raise_type_error(fmt("fromhex() takes exactly one argument (%zu given)", a.nargs - 1));
    Value s = a.args[1];
    if (!is_str_like(s))
        raise_type_error(fmt("fromhex() argument must be str, not %s", arg_type_name(s).c_str()));
    StrObject* so = as_str(s);
    std::u32string cps;
    for (size_t p = 0; p < so->s.size();) cps.push_back(utf8_decode(so->s, p));
    std::string out;
    size_t i = 0;
    while (i < cps.size()) {
        if (cps[i] < 128 && is_ascii_space(static_cast<unsigned char>(cps[i]))) {
            ++i;
            continue;
        }
        int hi = cps[i] < 128 ? hex_digit(static_cast<char>(cps[i])) : -1;
        if (hi < 0)
            raise_value_error(
                fmt("non-hexadecimal number found in fromhex() arg at position %zu", i));
        int lo =
            i + 1 < cps.size() && cps[i + 1] < 128 ? hex_digit(static_cast<char>(cps[i + 1])) : -1;
        if (lo < 0)
            raise_value_error(
                fmt("non-hexadecimal number found in fromhex() arg at position %zu", i + 1));
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    Value cls = a.args[0];
    if (cls.is(bytearray_type)) return new_bytearray(std::move(out));
    if (cls.is(bytes_type)) return new_bytes(std::move(out));
    return call(cls, {new_bytes(std::move(out))});
}

Value m_translate(CallArgs& a) {
    Value args[2];
    args_for(a, "translate", ArgStyle::Keywords, 1, 2, args, {"", "delete"});
    std::string_view d = self_data(a);
    std::string_view table;
    bool have_table = !is_none(args[0]);
    if (have_table) {
        table = buffer_arg(args[0]);
        if (table.size() != 256) raise_value_error("translation table must be 256 characters long");
    }
    std::string_view del = args[1].is_null() ? std::string_view() : buffer_arg(args[1]);
    std::string out;
    for (char c : d) {
        if (del.find(c) != std::string_view::npos) continue;
        out += have_table ? table[static_cast<unsigned char>(c)] : c;
    }
    return like(a, std::move(out));
}

Value m_maketrans(CallArgs& a) {
    if (a.nargs != 2) raise_type_error(fmt("maketrans expected 2 arguments, got %zu", a.nargs));
    std::string_view from = buffer_arg(a.args[0]), to = buffer_arg(a.args[1]);
    if (from.size() != to.size()) raise_value_error("maketrans arguments must have same length");
    std::string t(256, '\0');
    for (int i = 0; i < 256; ++i) t[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); ++i) t[static_cast<unsigned char>(from[i])] = to[i];
    return new_bytes(std::move(t));
}

// ---- slots ------------------------------------------------------------------------------------

std::string_view data_of(const Value& v) {
    std::string_view d;
    bytes_like_data(v, d);
    return d;
}

Value bytes_repr(const Value& v) {
    if (is_bytearray(v)) {
        std::string name = v.type()->name;
        return new_str(name + "(" + bytes_repr_text(data_of(v)) + ")");
    }
    return new_str(bytes_repr_text(data_of(v)));
}

int64_t bytes_hash(const Value& v) {
    auto* b = v.as<BytesObject>();
    if (b->hash_ == -1) b->hash_ = hash_bytes(b->data.data(), b->data.size());
    return b->hash_;
}

Value bytes_richcmp(const Value& a, const Value& b, CmpOp op) {
    std::string_view x, y;
    if (!bytes_like_data(a, x) || !bytes_like_data(b, y)) return not_implemented();
    // bytes compares only with bytes; bytearray's side compares with any buffer.
    if (!is_bytearray(a) && is_bytearray(b)) return not_implemented();
    int c = x.compare(y);
    switch (op) {
    case CmpOp::Lt: return py_bool(c < 0);
    case CmpOp::Le: return py_bool(c <= 0);
    case CmpOp::Eq: return py_bool(c == 0);
    case CmpOp::Ne: return py_bool(c != 0);
    case CmpOp::Gt: return py_bool(c > 0);
    case CmpOp::Ge: return py_bool(c >= 0);
    }
    return not_implemented();
}

int64_t bytes_len(const Value& v) {
    return static_cast<int64_t>(data_of(v).size());
}

Value bytes_getitem(const Value& v, const Value& k) {
    std::string_view d = data_of(v);
    bool ba = is_bytearray(v);
    if (is_slice(k)) {
        SliceBounds sb = slice_bounds(k, static_cast<int64_t>(d.size()));
        int64_t start = sb.start, step = sb.step, n = sb.count;
        std::string out;
        out.reserve(static_cast<size_t>(n > 0 ? n : 0));
        for (int64_t i = 0, j = start; i < n; ++i, j += step) out += d[static_cast<size_t>(j)];
        if (ba) return new_bytearray(std::move(out));
        if (n == static_cast<int64_t>(d.size()) && step == 1 && v.type() == bytes_type) return v;
        return new_bytes(std::move(out));
    }
    if (!has_index(k))
        raise_type_error(fmt("%s indices must be integers or slices, not %s",
                             ba ? "bytearray" : "byte", type_name(k).c_str()));
    int64_t i = index_value(k);
    if (i < 0) i += static_cast<int64_t>(d.size());
    if (i < 0 || i >= static_cast<int64_t>(d.size()))
        raise_index_error(ba ? "bytearray index out of range" : "index out of range");
    return Value::small_int(static_cast<unsigned char>(d[static_cast<size_t>(i)]));
}

int bytes_contains(const Value& v, const Value& item) {
    std::string_view d = data_of(v);
    std::string_view sub;
    if (bytes_like_data(item, sub)) return d.find(sub) != std::string_view::npos;
    if (!has_index(item))
        raise_type_error(fmt("a bytes-like object is required, not '%s'", type_name(item).c_str()));
    return d.find(static_cast<char>(byte_value(item))) != std::string_view::npos;
}

Value bytes_iter(const Value& v) {
    return make<BytesIterObject>(is_bytearray(v) ? bytearray_iterator_type : bytes_iterator_type,
                                 v);
}

Value bytes_iter_next(const Value& it) {
    auto* i = it.as<BytesIterObject>();
    if (i->seq.is_null()) return Value();
    std::string_view d = data_of(i->seq);
    if (i->index >= d.size()) {
        i->seq = Value();
        return Value();
    }
    return Value::small_int(static_cast<unsigned char>(d[i->index++]));
}

Value iter_self(const Value& v) {
    return v;
}

Value bytes_add(const Value& a, const Value& b) {
    std::string_view x, y;
    if (!bytes_like_data(a, x)) return not_implemented();
    if (!bytes_like_data(b, y)) {
        auto other = b.type()->binop[static_cast<int>(BinOp::Add)];
        if (other && other != bytes_add) {
            Value r = other(a, b);
            if (!r.is(NotImplemented)) return r;
        }
        raise_type_error(fmt("can't concat %s to %s", type_name(b).c_str(),
                             is_bytearray(a) ? "bytearray" : "bytes"));
    }
    std::string out;
    out.reserve(x.size() + y.size());
    out.append(x);
    out.append(y);
    if (is_bytearray(a)) return new_bytearray(std::move(out));
    return new_bytes(std::move(out));
}

Value bytes_mul(const Value& a, const Value& b) {
    bool left = is_bytes_like(a), right = is_bytes_like(b);
    if (left == right) return not_implemented();
    const Value& seq = left ? a : b;
    const Value& count = left ? b : a;
    if (left) {
        auto other = b.type()->binop[static_cast<int>(BinOp::Mul)];
        if (other && other != bytes_mul) {
            Value r = other(a, b);
            if (!r.is(NotImplemented)) return r;
        }
    }
    // Not a count: binary_op words the error, naming the operand that is not the sequence.
    if (!has_index(count)) return not_implemented();
    int64_t n = index_or_raise(count, OverflowError_type);
    std::string_view d = data_of(seq);
    std::string out;
    if (n > 0 && !d.empty()) {
        if (static_cast<uint64_t>(n) >
                static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) / d.size() ||
            d.size() * static_cast<uint64_t>(n) > static_cast<uint64_t>(interp().limits.max_memory))
            raise_memory_error();
        out.reserve(d.size() * static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) out.append(d);
    }
    if (is_bytearray(seq)) return new_bytearray(std::move(out));
    return new_bytes(std::move(out));
}

// bytes(source, encoding, errors) and bytearray(...): the data they start with.
std::string initial_data(CallArgs& a, Type* t, const char* name) {
    Value out[3];
    function_args(a, t, name, ArgStyle::Keywords, 0, 3, out, {"source", "encoding", "errors"});
    const Value& src = out[0];
    for (int i = 1; i < 3; ++i)
        if (!out[i].is_null() && !is_str_like(out[i]))
            raise_type_error(fmt("%s() argument '%s' must be str, not %s", name,
                                 i == 1 ? "encoding" : "errors", arg_type_name(out[i]).c_str()));
    if (!out[1].is_null() || !out[2].is_null()) {
        if (src.is_null() || !is_str_like(src))
            raise_type_error(out[1].is_null() ? "errors without a string argument"
                                              : "encoding without a string argument");
        if (out[1].is_null()) raise_type_error("string argument without an encoding");
        Value b = encode_str(as_str(src), as_str(out[1])->view(),
                             out[2].is_null() ? "strict" : as_str(out[2])->view());
        return as_bytes(b)->data;
    }
    if (src.is_null()) return {};
    if (is_str_like(src)) raise_type_error("string argument without an encoding");
    if (t == bytes_type && src.type() != bytes_type) {
        Value m = src.type()->lookup_value(intern("__bytes__"));
        if (!m.is_null()) {
            Value r = call(m, {src});
            if (!is_bytes_like(r) || is_bytearray(r))
                raise_type_error(
                    fmt("__bytes__ returned non-bytes (type %s)", type_name(r).c_str()));
            return as_bytes(r)->data;
        }
    }
    if (has_index(src)) {
        int64_t n = index_or_raise(src, OverflowError_type);
        if (n < 0) raise_value_error("negative count");
        if (n > interp().limits.max_memory) raise_memory_error();
        return std::string(static_cast<size_t>(n), '\0');
    }
    std::string_view d;
    if (bytes_like_data(src, d)) return std::string(d);
    Type* st = src.type();
    if (!st->iter && !st->getitem)
        raise_type_error(fmt("cannot convert '%s' object to %s", type_name(src).c_str(), name));
    std::string data;
    Value it = get_iter(src);
    for (Value x = iter_next(it); !x.is_null(); x = iter_next(it))
        data += static_cast<char>(byte_value(x, t == bytes_type));
    return data;
}

Value bytes_tp_new(Type* t, CallArgs& a) {
    std::string d = initial_data(a, bytes_type, "bytes");
    if (t == bytes_type) return new_bytes(std::move(d));
    return make<BytesSubObject>(t, std::move(d));
}

Value bytearray_tp_new(Type* t, CallArgs&) {
    return make<ByteArrayObject>(t, std::string());
}

void bytearray_tp_init(const Value& self, CallArgs& a) {
    self.as<ByteArrayObject>()->data = initial_data(a, bytearray_type, "bytearray");
}

Value* bytes_dict_slot(const Value& v) {
    if (v.type() == bytes_type) return nullptr;
    return &static_cast<BytesSubObject*>(v.obj())->dict;
}

Value* bytearray_dict_slot(const Value& v) {
    if (v.type() == bytearray_type) return nullptr;
    return &v.as<ByteArrayObject>()->dict;
}

// ---- bytearray's mutating methods -------------------------------------------------------------

std::string& mutable_data(CallArgs& a, const char* name, size_t min, size_t max, Value* out) {
    method_args(a, bytearray_type, name, min == max && min == 1 ? ArgStyle::One : ArgStyle::Clinic,
                min, max, out);
    return a.args[0].as<ByteArrayObject>()->data;
}

Value m_append(CallArgs& a) {
    Value v;
    std::string& d = mutable_data(a, "append", 1, 1, &v);
    d += static_cast<char>(byte_value(v));
    return none();
}

Value m_extend(CallArgs& a) {
    Value v;
    std::string& d = mutable_data(a, "extend", 1, 1, &v);
    std::string_view src;
    if (bytes_like_data(v, src)) {
        std::string copy(src);
        d += copy;
        return none();
    }
    std::string add;
    Value it = get_iter(v);
    for (Value x = iter_next(it); !x.is_null(); x = iter_next(it))
        add += static_cast<char>(byte_value(x));
    d += add;
    return none();
}

Value m_pop(CallArgs& a) {
    Value v;
    std::string& d = mutable_data(a, "pop", 0, 1, &v);
    if (d.empty()) raise_index_error("pop from empty bytearray");
    int64_t i = v.is_null() ? -1 : ssize_arg(v);
    if (i < 0) i += static_cast<int64_t>(d.size());
    if (i < 0 || i >= static_cast<int64_t>(d.size())) raise_index_error("pop index out of range");
    unsigned char c = static_cast<unsigned char>(d[static_cast<size_t>(i)]);
    d.erase(static_cast<size_t>(i), 1);
    return Value::small_int(c);
}

Value m_insert(CallArgs& a) {
    Value v[2];
    std::string& d = mutable_data(a, "insert", 2, 2, v);
    int64_t i = ssize_arg(v[0]);
    char c = static_cast<char>(byte_value(v[1]));
    int64_t n = static_cast<int64_t>(d.size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    d.insert(static_cast<size_t>(i), 1, c);
    return none();
}

Value m_remove(CallArgs& a) {
    Value v;
    std::string& d = mutable_data(a, "remove", 1, 1, &v);
    size_t p = d.find(static_cast<char>(byte_value(v)));
    if (p == std::string::npos) raise_value_error("value not found in bytearray");
    d.erase(p, 1);
    return none();
}

Value m_clear(CallArgs& a) {
    mutable_data(a, "clear", 0, 0, nullptr).clear();
    return none();
}

Value m_reverse(CallArgs& a) {
    std::string& d = mutable_data(a, "reverse", 0, 0, nullptr);
    std::reverse(d.begin(), d.end());
    return none();
}

Value m_copy(CallArgs& a) {
    return new_bytearray(mutable_data(a, "copy", 0, 0, nullptr));
}

void bytearray_setitem(const Value& v, const Value& k, const Value& x) {
    std::string& d = v.as<ByteArrayObject>()->data;
    int64_t n = static_cast<int64_t>(d.size());
    if (is_slice(k)) {
        SliceBounds sb = slice_bounds(k, n);
        int64_t start = sb.start, stop = sb.stop, step = sb.step, count = sb.count;
        std::string repl;
        if (!x.is_null()) {
            std::string_view src;
            if (bytes_like_data(x, src))
                repl = std::string(src);
            else if (has_index(x) || is_str_like(x))
                raise_type_error(fmt("can assign only bytes, buffers, or iterables of ints in "
                                     "range(0, 256)"));
            else
                for (const Value& item : to_vector(x)) repl += static_cast<char>(byte_value(item));
        }
        if (step == 1) {
            if (stop < start) stop = start;
            d.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), repl);
            return;
        }
        if (x.is_null()) {
            std::string out;
            for (int64_t i = 0; i < n; ++i) {
                bool removed = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                                        : (i <= start && i > stop && (start - i) % (-step) == 0);
                if (!removed) out += d[static_cast<size_t>(i)];
            }
            d = out;
            return;
        }
        if (static_cast<int64_t>(repl.size()) != count)
            raise_value_error(fmt("attempt to assign bytes of size %zu to extended slice of size "
                                  "%lld",
                                  repl.size(), static_cast<long long>(count)));
        for (int64_t i = 0, j = start; i < count; ++i, j += step)
            d[static_cast<size_t>(j)] = repl[static_cast<size_t>(i)];
        return;
    }
    if (!has_index(k))
        raise_type_error(
            fmt("bytearray indices must be integers or slices, not %s", type_name(k).c_str()));
    int64_t i = index_value(k);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("bytearray index out of range");
    if (x.is_null()) {
        d.erase(static_cast<size_t>(i), 1);
        return;
    }
    d[static_cast<size_t>(i)] = static_cast<char>(byte_value(x));
}

Value bytearray_iadd(const Value& a, const Value& b) {
    std::string_view y;
    if (!bytes_like_data(b, y))
        raise_type_error(fmt("can't concat %s to bytearray", type_name(b).c_str()));
    std::string copy(y);
    a.as<ByteArrayObject>()->data += copy;
    return a;
}

// ---- UnicodeEncodeError / UnicodeDecodeError --------------------------------------------------

// The five constructor arguments, when the exception has them.
bool unicode_error_args(const Value& e, Value out[5]) {
    Value args = getattr(e, intern("args"));
    if (!is_tuple(args) || as_tuple(args)->n != 5) return false;
    for (size_t i = 0; i < 5; ++i) out[i] = (*as_tuple(args))[i];
    return is_str_like(out[0]) && is_int(out[2]) && is_int(out[3]) && is_str_like(out[4]);
}

Value (*base_exc_str)(const Value&) = nullptr;

Value unicode_error_str(const Value& e) {
    Value f[5];
    if (!unicode_error_args(e, f)) return base_exc_str(e);
    int64_t start = 0, end = 0;
    int_to_i64(f[2], start);
    int_to_i64(f[3], end);
    const std::string& enc = as_str(f[0])->s;
    const std::string& reason = as_str(f[4])->s;
    bool encode = e.type()->is_subtype(UnicodeEncodeError_type);
    if (encode && is_str_like(f[1])) {
        StrObject* s = as_str(f[1]);
        if (start >= 0 && start < s->length && end == start + 1) {
            size_t off = str_byte_offset(s, start);
            uint32_t cp = utf8_decode(s->s, off);
            const char* form = cp <= 0xFF     ? "'%s' codec can't encode character '\\x%02x' in "
                                                "position %lld: %s"
                               : cp <= 0xFFFF ? "'%s' codec can't encode character '\\u%04x' "
                                                "in position %lld: %s"
                                              : "'%s' codec can't encode character "
                                                "'\\U%08x' in position %lld: %s";
            return new_str(
                fmt(form, enc.c_str(), cp, static_cast<long long>(start), reason.c_str()));
        }
    }
    std::string_view d;
    if (!encode && bytes_like_data(f[1], d) && start >= 0 &&
        start < static_cast<int64_t>(d.size()) && end == start + 1)
        return new_str(fmt("'%s' codec can't decode byte 0x%02x in position %lld: %s", enc.c_str(),
                           static_cast<unsigned char>(d[static_cast<size_t>(start)]),
                           static_cast<long long>(start), reason.c_str()));
    return new_str(fmt("'%s' codec can't %s in position %lld-%lld: %s", enc.c_str(),
                       encode ? "encode characters" : "decode bytes", static_cast<long long>(start),
                       static_cast<long long>(end - 1), reason.c_str()));
}

template <int I>
Value unicode_error_field(const Value& e) {
    Value f[5];
    if (!unicode_error_args(e, f)) return none();
    return f[I];
}

Type* make_iterator_type(const char* name) {
    Type* t = new_builtin_type(name, object_type, 0);
    t->tp_new = nullptr;
    t->iter = iter_self;
    t->next = bytes_iter_next;
    return t;
}

Value m_iter_next(CallArgs& a) {
    if (a.nargs != 1 ||
        (a.args[0].type() != bytes_iterator_type && a.args[0].type() != bytearray_iterator_type))
        raise_type_error("expected 0 arguments");
    Value r = bytes_iter_next(a.args[0]);
    if (r.is_null()) raise(new_exception(StopIteration_type, {}));
    return r;
}

Value m_mul(CallArgs& a) {
    int64_t n = repeat_wrapper_arg(a, method_owner(a), "__mul__");
    return bytes_mul(a.args[0], new_int(n));
}
Value m_rmul(CallArgs& a) {
    int64_t n = repeat_wrapper_arg(a, method_owner(a), "__rmul__");
    return bytes_mul(a.args[0], new_int(n));
}

void add_shared_methods(Type* t) {
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
    add_method(t, "strip", m_strip);
    add_method(t, "lstrip", m_lstrip);
    add_method(t, "rstrip", m_rstrip);
    add_method(t, "replace", m_replace);
    add_method(t, "partition", m_partition);
    add_method(t, "rpartition", m_rpartition);
    add_method(t, "removeprefix", m_removeprefix);
    add_method(t, "removesuffix", m_removesuffix);
    add_method(t, "lower", m_lower);
    add_method(t, "upper", m_upper);
    add_method(t, "swapcase", m_swapcase);
    add_method(t, "title", m_title);
    add_method(t, "capitalize", m_capitalize);
    add_method(t, "isalpha", m_isalpha);
    add_method(t, "isdigit", m_isdigit);
    add_method(t, "isalnum", m_isalnum);
    add_method(t, "isspace", m_isspace);
    add_method(t, "isascii", m_isascii);
    add_method(t, "islower", m_islower);
    add_method(t, "isupper", m_isupper);
    add_method(t, "ljust", m_ljust);
    add_method(t, "rjust", m_rjust);
    add_method(t, "center", m_center);
    add_method(t, "decode", m_decode);
    add_method(t, "hex", m_hex);
    add_method(t, "translate", m_translate);
    add_classmethod(t, "fromhex", m_fromhex);
    add_staticmethod(t, "maketrans", m_maketrans);
    add_method(t, "__mul__", m_mul);
    add_method(t, "__rmul__", m_rmul);
}

void set_common_slots(Type* t) {
    t->repr = bytes_repr;
    t->richcmp = bytes_richcmp;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->binop[static_cast<int>(BinOp::Add)] = bytes_add;
    t->binop[static_cast<int>(BinOp::Mul)] = bytes_mul;
}

} // namespace

void init_bytes_type() {
    bytes_type = new_builtin_type("bytes", object_type, kTypeBase);
    set_common_slots(bytes_type);
    bytes_type->tp_new = bytes_tp_new;
    bytes_type->tp_init = nullptr;
    bytes_type->hash = bytes_hash;
    bytes_type->dict_offset_fn = bytes_dict_slot;
    add_shared_methods(bytes_type);

    bytearray_type = new_builtin_type("bytearray", object_type, kTypeBase);
    set_common_slots(bytearray_type);
    bytearray_type->tp_new = bytearray_tp_new;
    bytearray_type->tp_init = bytearray_tp_init;
    bytearray_type->hash = nullptr;
    bytearray_type->setitem = bytearray_setitem;
    bytearray_type->inplace[static_cast<int>(BinOp::Add)] = bytearray_iadd;
    bytearray_type->dict_offset_fn = bytearray_dict_slot;
    bytearray_type->dict.as<DictObject>()->set_str(intern("__hash__"), none());
    add_shared_methods(bytearray_type);
    add_method(bytearray_type, "append", m_append);
    add_method(bytearray_type, "extend", m_extend);
    add_method(bytearray_type, "pop", m_pop);
    add_method(bytearray_type, "insert", m_insert);
    add_method(bytearray_type, "remove", m_remove);
    add_method(bytearray_type, "clear", m_clear);
    add_method(bytearray_type, "reverse", m_reverse);
    add_method(bytearray_type, "copy", m_copy);

    bytes_iterator_type = make_iterator_type("bytes_iterator");
    bytearray_iterator_type = make_iterator_type("bytearray_iterator");
    add_method(bytes_iterator_type, "__next__", m_iter_next);
    add_method(bytearray_iterator_type, "__next__", m_iter_next);
    // __len__, __getitem__, __setitem__, __eq__, __add__, __iadd__, __iter__... for explicit
    // calls and super().
    for (Type* t : {bytes_type, bytearray_type, bytes_iterator_type, bytearray_iterator_type})
        add_slot_wrappers(t);

    // The codec errors format their message from (encoding, object, start, end, reason).
    base_exc_str = UnicodeEncodeError_type->str;
    for (Type* t : {UnicodeEncodeError_type, UnicodeDecodeError_type}) {
        t->str = unicode_error_str;
        add_getter(t, "encoding", unicode_error_field<0>);
        add_getter(t, "object", unicode_error_field<1>);
        add_getter(t, "start", unicode_error_field<2>);
        add_getter(t, "end", unicode_error_field<3>);
        add_getter(t, "reason", unicode_error_field<4>);
    }
}

} // namespace loopstep::py
