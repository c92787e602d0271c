// See safe_repr.h.
#include "core/record/safe_repr.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

namespace loopstep::record {

using namespace py;

namespace {

bool is_exact_scalar(const Value& v) {
    if (v.is_small()) return true;
    Type* t = v.type();
    return t == int_type || t == bool_type || t == float_type || t == str_type || t == none_type ||
           t == bytes_type || t == ellipsis_type;
}

void append_repr(std::string& out, const Value& v, size_t limit, int depth);

template <class Seq>
void append_items(std::string& out, const Seq& items, size_t n, size_t limit, int depth) {
    for (size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        if (out.size() > limit) {
            out += "...";
            return;
        }
        append_repr(out, items[i], limit, depth + 1);
    }
}

void append_repr(std::string& out, const Value& v, size_t limit, int depth) {
    if (v.is_null()) {
        out += "None";
        return;
    }
    if (is_exact_scalar(v)) {
        if (!v.is_small() && v.type() == str_type && as_str(v)->s.size() > limit) {
            // Cut the text first: the repr of a long string is needed only up to the limit.
            std::string_view s = as_str(v)->s;
            size_t cut = limit;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
            out += str_repr_text(s.substr(0, cut));
            out += "...";
            return;
        }
        try {
            out += repr_utf8(v);
        } catch (PyError&) {
            out += "<" + type_name(v) + ">"; // an int beyond str()'s digit limit
        }
        return;
    }
    Type* t = v.type();
    if (depth > 3) {
        out += "...";
        return;
    }
    if (t == tuple_type) {
        const TupleObject* tp = as_tuple(v);
        out += "(";
        append_items(out, tp->items(), tp->n, limit, depth);
        out += tp->n == 1 ? ",)" : ")";
        return;
    }
    if (t == list_type) {
        const auto& items = as_list(v)->items;
        out += "[";
        append_items(out, items, items.size(), limit, depth);
        out += "]";
        return;
    }
    if (t == dict_type) {
        const DictObject* d = v.as<DictObject>();
        out += "{";
        bool first = true;
        for (const DictEntry& e : d->entries) {
            if (e.key.is_null()) continue;
            if (!first) out += ", ";
            first = false;
            if (out.size() > limit) {
                out += "...";
                break;
            }
            append_repr(out, e.key, limit, depth + 1);
            out += ": ";
            append_repr(out, e.value, limit, depth + 1);
        }
        out += "}";
        return;
    }
    if (is_exception_instance(v)) {
        out += t->name;
        out += "(";
        const Value& args = as_exc(v)->args;
        if (!args.is_null() && is_tuple(args)) {
            const TupleObject* tp = as_tuple(args);
            append_items(out, tp->items(), tp->n, limit, depth);
        }
        out += ")";
        return;
    }
    out += "<" + t->name + " object>";
}

std::string shorten(std::string s, size_t limit) {
    if (s.size() <= limit + 3) return s;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
    s += "...";
    return s;
}

} // namespace

std::string safe_repr(const Value& v, size_t limit) {
    std::string out;
    append_repr(out, v, limit, 0);
    return shorten(std::move(out), limit);
}

std::string safe_exception_message(const Value& exc, size_t limit) {
    if (exc.is_null() || !is_exception_instance(exc)) return safe_repr(exc, limit);
    const Value& args = as_exc(exc)->args;
    if (args.is_null() || !is_tuple(args) || as_tuple(args)->n == 0) return "";
    const TupleObject* tp = as_tuple(args);
    if (tp->n == 1) {
        const Value& a = (*tp)[0];
        if (!a.is_small() && !a.is_null() && a.type() == str_type)
            return shorten(as_str(a)->s, limit);
        return safe_repr(a, limit);
    }
    return safe_repr(args, limit);
}

} // namespace loopstep::record
