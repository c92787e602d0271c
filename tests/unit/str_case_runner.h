// Runs one case of tests/unit/str_cases.inc (generated from CPython by tools/gen_str_cases.py):
// rebuilds the receiver and arguments from their token encoding, performs the operation through
// the interpreter's generic entry points (attribute lookup and call, binary operators, rich
// comparison, `in`, subscription, repr/str/ascii/len/hash/format/list and the type
// constructors) and returns what CPython's repr() would show, or "!Type: message" for an
// exception — the form the expected values are in.
#pragma once

#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/format.h"
#include "core/py/int.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace loopstep::py::str_cases {

struct Case {
    const char* kind;     // "call", "op" or "fn"
    const char* receiver; // tokens ("" for fn)
    const char* name;     // method, operator or function
    const char* args;     // tokens, one value each
    const char* kwargs;   // a dict's tokens, or ""
    const char* expected; // hex of UTF-8
    const char* source;   // hex of UTF-8: the Python expression
};

inline std::string unhex(std::string_view h) {
    std::string out;
    for (size_t i = 0; i + 1 < h.size(); i += 2)
        out += static_cast<char>(std::strtol(std::string(h.substr(i, 2)).c_str(), nullptr, 16));
    return out;
}

class Decoder {
  public:
    explicit Decoder(std::string_view text) {
        std::istringstream in{std::string(text)};
        for (std::string t; in >> t;) tokens_.push_back(t);
    }
    bool done() const { return pos_ >= tokens_.size(); }
    Value next() {
        const std::string& t = tokens_.at(pos_++);
        std::string_view body = std::string_view(t).substr(1);
        switch (t[0]) {
        case 'N': return none();
        case 'T': return py_bool(true);
        case 'F': return py_bool(false);
        case 'i': {
            auto r = BigInt::parse(body, 10);
            return new_int(r.value);
        }
        case 'f': return new_float(std::strtod(std::string(body).c_str(), nullptr));
        case 's': return new_str(unhex(body));
        case 'b': return new_bytes(unhex(body));
        case 'B': return new_bytearray(unhex(body));
        case 't':
        case 'l': {
            std::vector<Value> items;
            for (long n = std::strtol(std::string(body).c_str(), nullptr, 10); n > 0; --n)
                items.push_back(next());
            return t[0] == 't' ? new_tuple(std::move(items)) : new_list(std::move(items));
        }
        case 'd': {
            Value d = new_dict();
            for (long n = std::strtol(std::string(body).c_str(), nullptr, 10); n > 0; --n) {
                Value k = next();
                as_dict(d)->set(k, next());
            }
            return d;
        }
        case 'S': {
            Value a = next(), b = next(), c = next();
            return new_slice(a, b, c);
        }
        case 'Y':
            if (body == "str") return Value::borrow(str_type);
            if (body == "bytes") return Value::borrow(bytes_type);
            if (body == "bytearray") return Value::borrow(bytearray_type);
            return Value::borrow(int_type);
        }
        return Value();
    }

  private:
    std::vector<std::string> tokens_;
    size_t pos_ = 0;
};

inline Value call_with(const Value& f, std::vector<Value> args, const Value& kwargs) {
    std::vector<Value> names;
    if (!kwargs.is_null())
        dict_for_each(as_dict(kwargs), [&](const Value& k, const Value& v) {
            names.push_back(k);
            args.push_back(v);
        });
    Value kwnames = names.empty() ? Value() : new_tuple(std::move(names));
    CallArgs a;
    a.args = args.data();
    a.nargs = args.size() - (kwnames.is_null() ? 0 : as_tuple(kwnames)->n);
    a.kwnames = kwnames.is_null() ? nullptr : as_tuple(kwnames);
    return call(f, a);
}

inline Value perform(const Case& c) {
    std::vector<Value> args;
    for (Decoder d(c.args); !d.done();) args.push_back(d.next());
    Value kwargs = *c.kwargs ? Decoder(c.kwargs).next() : Value();
    std::string_view name = c.name;
    if (std::string_view(c.kind) == "call")
        return call_with(getattr(Decoder(c.receiver).next(), name), std::move(args), kwargs);
    if (std::string_view(c.kind) == "op") {
        Value a = Decoder(c.receiver).next();
        const Value& b = args.at(0);
        if (name == "+") return binary_op(a, b, BinOp::Add);
        if (name == "*") return binary_op(a, b, BinOp::Mul);
        if (name == "%") return binary_op(a, b, BinOp::Mod);
        if (name == "in") return py_bool(contains(b, a));
        if (name == "not in") return py_bool(!contains(b, a));
        if (name == "[]") return getitem(a, b);
        static const std::pair<const char*, CmpOp> cmps[] = {{"<", CmpOp::Lt},  {"<=", CmpOp::Le},
                                                             {"==", CmpOp::Eq}, {"!=", CmpOp::Ne},
                                                             {">", CmpOp::Gt},  {">=", CmpOp::Ge}};
        for (auto& [sym, op] : cmps)
            if (name == sym) return richcompare(a, b, op);
    }
    if (name == "repr") return repr(args.at(0));
    if (name == "ascii") return ascii_of(args.at(0));
    if (name == "len") return new_int(length(args.at(0)));
    if (name == "hash") return new_int(hash(args.at(0)));
    if (name == "format") return format_value(args.at(0), args.size() > 1 ? args[1] : empty_str());
    if (name == "list") return new_list(to_vector(args.at(0)));
    Type* t = name == "str" ? str_type : name == "bytes" ? bytes_type : bytearray_type;
    return call_with(Value::borrow(t), std::move(args), kwargs);
}

// repr() of the result, or "!Type: message" when the operation raises.
inline std::string run(const Case& c) {
    try {
        return repr_utf8(perform(c));
    } catch (PyError& e) {
        return "!" + type_name(e.exc) + ": " + str_utf8(e.exc);
    }
}

} // namespace loopstep::py::str_cases
