// str: immutable text, stored as UTF-8 with its length in code points. Most strings in scenario
// programs are ASCII, where indexing is direct; others index by walking the UTF-8 from the last
// position looked up, which is cheap for the short strings programs hold and keeps a loop over
// s[i] linear. The hash is CPython's (SipHash-1-3 of the Latin-1, UCS-2 or UCS-4 form, zero key
// as under PYTHONHASHSEED=0) so that set order matches CPython.
#pragma once

#include "core/py/object.h"
#include "core/py/unicode_digits.h" // utf8_append, utf8_length, utf8_next

#include <string>
#include <string_view>

namespace loopstep::py {

struct StrObject : Object {
    StrObject(Type* t, std::string s, int64_t len, uint8_t kind, bool ascii)
        : Object(t), s(std::move(s)), length(len), kind(kind), ascii(ascii) {}
    std::string s;      // UTF-8
    int64_t length;     // code points
    int64_t hash_ = -1; // cached; CPython never hashes to -1
    uint8_t kind;       // 1: all code points < 256, 2: < 65536, 4: otherwise
    bool ascii;
    bool interned = false;
    // The last code point index looked up in non-ASCII text and its byte offset.
    mutable int64_t seek_index = 0;
    mutable size_t seek_offset = 0;

    std::string_view view() const { return s; }
};

Value new_str(std::string_view utf8);
Value new_str(std::string&& utf8);
inline Value new_str(const char* utf8) { // literals: neither of the above is a better match
    return new_str(std::string_view(utf8));
}
Value new_str_ascii(std::string_view ascii);
Value empty_str();
// The one-character string for a code point (cached below U+0100, as CPython does).
Value str_from_code_point(char32_t cp);
// Immortal, unique per text: names, attribute keys, identifiers in code.
StrObject* intern(std::string_view utf8);
Value interned(std::string_view utf8);

inline bool is_str(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == str_type;
}
// str or a subclass
inline bool is_str_like(const Value& v) {
    return !v.is_null() && v.is_obj() && (v.type() == str_type || v.type()->is_subtype(str_type));
}
inline StrObject* as_str(const Value& v) {
    return v.as<StrObject>();
}

int64_t str_hash(StrObject* s);
bool str_equal(const StrObject* a, const StrObject* b);
int str_compare(const StrObject* a, const StrObject* b); // by code point, like CPython

// Code point helpers on UTF-8 (utf8_append and utf8_length come from unicode_digits.h).
uint32_t utf8_decode(std::string_view s, size_t& pos);     // advances pos
size_t str_byte_offset(const StrObject* s, int64_t index); // index in code points, 0..length

// Python's repr() of a str: quotes chosen as CPython, non-printable characters escaped.
std::string str_repr_text(std::string_view utf8);
// ascii(): repr() with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN).
std::string ascii_escape(std::string_view utf8);
Value ascii_of(const Value& v);

void init_str_type();
void init_str_methods(); // str_methods.cpp

} // namespace loopstep::py
