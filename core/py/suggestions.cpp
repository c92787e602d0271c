// "Did you mean" suggestions, following CPython 3.11's Python/suggestions.c: a Levenshtein
// distance where a case flip costs 1 and any other edit 2, at most a third of the characters
// changed, candidates from dir(obj) for AttributeError and from the failing frame's local
// variable names, then its globals, then builtins for NameError.
#include "core/py/suggestions.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <algorithm>

#include <climits>

namespace loopstep::py {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(const char* a, size_t a_size, const char* b, size_t b_size, size_t max_cost) {
    size_t buffer[kMaxStringSize];
    if (a == b) return 0;
    while (a_size && b_size && a[0] == b[0]) {
        ++a, --a_size, ++b, --b_size;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        --a_size, --b_size;
    }
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * kMoveCost;
    if (a_size > kMaxStringSize || b_size > kMaxStringSize) return max_cost + 1;
    if (b_size < a_size) {
        std::swap(a, b);
        std::swap(a_size, b_size);
    }
    if ((b_size - a_size) * kMoveCost > max_cost) return max_cost + 1;
    size_t tmp = kMoveCost;
    for (size_t i = 0; i < a_size; ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; ++bi) {
        char code = b[bi];
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

std::vector<std::string> keys_of(const Value& d) {
    std::vector<std::string> out;
    if (d.is_null() || !is_dict_like(d)) return out;
    dict_for_each(as_dict(d), [&](const Value& k, const Value&) {
        if (is_str_like(k)) out.push_back(as_str(k)->s);
    });
    return out;
}

} // namespace

std::string best_suggestion(const std::string& name, const std::vector<std::string>& candidates) {
    if (candidates.size() >= kMaxCandidates) return "";
    size_t best_distance = SIZE_MAX;
    const std::string* best = nullptr;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein(name.data(), name.size(), item.data(), item.size(), max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? *best : "";
}

std::string compute_suggestion(const Value& exc) {
    auto* e = as_exc(exc);
    if (e->extra.is_null() || !is_str(e->extra)) return "";
    std::string name = as_str(e->extra)->s;
    try {
        if (exc.type()->is_subtype(AttributeError_type)) {
            if (e->value.is_null()) return "";
            Value m = e->value.type()->lookup_value(intern("__dir__"));
            std::vector<std::string> cands;
            if (is_instance(e->value, type_type) || is_instance(e->value, module_type)) {
                Value d = call(Value::borrow(as_dict(interp().builtins)->find_str(intern("dir"))->obj()), {e->value});
                for (const Value& k : to_vector(d)) cands.push_back(as_str(k)->s);
            } else if (!m.is_null()) {
                Value d = call(m, {e->value});
                for (const Value& k : to_vector(d)) {
                    if (is_str_like(k)) cands.push_back(as_str(k)->s);
                }
                std::sort(cands.begin(), cands.end());
            }
            return best_suggestion(name, cands);
        }
        if (exc.type()->is_subtype(NameError_type)) {
            Value tb = e->traceback;
            if (tb.is_null()) return "";
            while (!tb.as<TracebackObject>()->next.is_null()) tb = tb.as<TracebackObject>()->next;
            auto* co = tb.as<TracebackObject>()->code.as<CodeObject>();
            std::vector<std::string> vars;
            for (StrObject* v : co->varnames) vars.push_back(v->s);
            std::string s = best_suggestion(name, vars);
            if (!s.empty()) return s;
            s = best_suggestion(name, keys_of(e->value));
            if (!s.empty()) return s;
            return best_suggestion(name, keys_of(interp().builtins));
        }
    } catch (PyError&) {
        return "";
    }
    return "";
}

} // namespace loopstep::py
