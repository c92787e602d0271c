// bytes (immutable) and bytearray (mutable) — byte strings with the repr b'...', indexing that
// yields ints, and the codecs that turn text into bytes and back (utf-8, ascii, latin-1 with the
// strict / ignore / replace / backslashreplace / surrogateescape error handlers), whose errors
// carry CPython's UnicodeEncodeError / UnicodeDecodeError messages.
#pragma once

#include "core/py/object.h"

#include <string>
#include <string_view>

namespace loopstep::py {

struct StrObject;

struct BytesObject : Object {
    BytesObject(Type* t, std::string d) : Object(t), data(std::move(d)) {}
    std::string data;
    int64_t hash_ = -1; // cached
    std::string_view view() const { return data; }
};

struct ByteArrayObject : Object {
    ByteArrayObject(Type* t, std::string d) : Object(t), data(std::move(d)) {}
    std::string data;
    Value dict; // instances of Python subclasses
    std::string_view view() const { return data; }
};

Value new_bytes(std::string_view data);
Value new_bytes(std::string&& data);
Value new_bytearray(std::string data);
inline bool is_bytes(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == bytes_type;
}
bool is_bytes_like(const Value& v); // bytes, bytearray or a subclass
inline BytesObject* as_bytes(const Value& v) {
    return v.as<BytesObject>();
}
// The data of a bytes or bytearray (or subclass) object; false for anything else.
bool bytes_like_data(const Value& v, std::string_view& out);

// repr() of bytes: b'...' with CPython's quote choice and \t \n \r \xNN escapes.
std::string bytes_repr_text(std::string_view data);

// bytes.decode / str(b, encoding, errors): LookupError "unknown encoding: x" for codecs loopstep
// does not have.
Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);
// str.encode.
Value encode_str(const StrObject* s, std::string_view encoding, std::string_view errors);

void init_bytes_type(); // called by init_str_methods()

} // namespace loopstep::py
