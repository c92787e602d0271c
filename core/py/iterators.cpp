// The generic iterators of Objects/iterobject.c -- the sequence iterator iter() makes for objects
// that only define __getitem__, and the callable iterator of iter(callable, sentinel) -- and the
// unpacking behind `a, b = x` and `a, *rest, b = x` (UNPACK_SEQUENCE / UNPACK_EX) with CPython's
// error messages.
#include "core/py/iterators.h"

#include "core/py/container_util.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <limits>

// After function.h: generator.h, which eval.h includes, uses FunctionObject undeclared.
#include "core/py/eval.h"

namespace loopstep::py {

Type *seq_iter_type, *callable_iter_type;

namespace {

struct SeqIterObject : Object {
    SeqIterObject(Type* t, Value seq) : Object(t), seq(std::move(seq)) {}
    Value seq; // null once exhausted
    int64_t index = 0;
};

Value seq_iter_next(const Value& v) {
    auto* it = v.as<SeqIterObject>();
    if (it->seq.is_null()) return Value();
    if (it->index == std::numeric_limits<int64_t>::max())
        raise_overflow_error("iter index too large");
    try {
        Value r = getitem(it->seq, new_int(it->index));
        ++it->index;
        return r;
    } catch (PyError& e) {
        if (!exc_matches(e.exc, IndexError_type) && !exc_matches(e.exc, StopIteration_type)) throw;
    }
    it->seq = Value();
    return Value();
}

Value m_seq_length_hint(CallArgs& a) {
    auto* it = method_self(a, seq_iter_type, "__length_hint__").as<SeqIterObject>();
    check_noargs(a, "iterator.__length_hint__");
    if (it->seq.is_null()) return new_int(0);
    if (!it->seq.type()->len) return not_implemented();
    int64_t n = length(it->seq) - it->index;
    return new_int(n < 0 ? 0 : n);
}

struct CallableIterObject : Object {
    CallableIterObject(Type* t, Value callable, Value sentinel)
        : Object(t), callable(std::move(callable)), sentinel(std::move(sentinel)) {}
    Value callable, sentinel; // null once exhausted
};

Value callable_iter_next(const Value& v) {
    auto* it = v.as<CallableIterObject>();
    if (it->callable.is_null()) return Value();
    Value result;
    try {
        result = call(it->callable, {});
    } catch (PyError& e) {
        if (!exc_matches(e.exc, StopIteration_type)) throw;
        it->callable = Value();
        it->sentinel = Value();
        return Value();
    }
    Value sentinel = it->sentinel;
    if (!equals(sentinel, result)) return result;
    it->callable = Value();
    it->sentinel = Value();
    return Value();
}

// The items of an iterable being unpacked, read one at a time.
Value unpack_iter(const Value& seq) {
    Type* t = seq.type();
    if (!t->iter && !t->getitem)
        raise_type_error(fmt("cannot unpack non-iterable %s object", t->name.c_str()));
    return get_iter(seq);
}

} // namespace

Value iter_self(const Value& v) {
    return v;
}

Value new_seq_iter(const Value& seq) {
    return make<SeqIterObject>(seq_iter_type, seq);
}

Value new_callable_iter(const Value& callable, const Value& sentinel) {
    return make<CallableIterObject>(callable_iter_type, callable, sentinel);
}

void unpack_sequence(const Value& seq, uint32_t n, Value* out) {
    if (is_tuple(seq) && as_tuple(seq)->n == n) {
        TupleObject* t = as_tuple(seq);
        for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = (*t)[i];
        return;
    }
    if (is_list(seq) && as_list(seq)->items.size() == n) {
        const auto& items = as_list(seq)->items;
        for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
        return;
    }
    Value it = unpack_iter(seq);
    std::vector<Value> got;
    got.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
        Value x = iter_next(it);
        if (x.is_null())
            raise_value_error(fmt("not enough values to unpack (expected %u, got %u)", n, i));
        got.push_back(std::move(x));
    }
    if (!iter_next(it).is_null())
        raise_value_error(fmt("too many values to unpack (expected %u)", n));
    for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = std::move(got[i]);
}

void unpack_ex(const Value& seq, uint32_t before, uint32_t after, Value* out) {
    Value it = unpack_iter(seq);
    std::vector<Value> got;
    got.reserve(before + 1 + after);
    for (uint32_t i = 0; i < before; ++i) {
        Value x = iter_next(it);
        if (x.is_null())
            raise_value_error(fmt("not enough values to unpack (expected at least %u, got %u)",
                                  before + after, i));
        got.push_back(std::move(x));
    }
    std::vector<Value> rest = to_vector(it);
    if (rest.size() < after)
        raise_value_error(fmt("not enough values to unpack (expected at least %u, got %zu)",
                              before + after, before + rest.size()));
    std::vector<Value> tail(std::make_move_iterator(rest.end() - after),
                            std::make_move_iterator(rest.end()));
    rest.resize(rest.size() - after);
    got.push_back(new_list(std::move(rest)));
    for (Value& x : tail) got.push_back(std::move(x));
    size_t total = got.size();
    for (size_t i = 0; i < total; ++i) out[total - 1 - i] = std::move(got[i]);
}

void init_iterator_types() {
    seq_iter_type = new_builtin_type("iterator", object_type, 0);
    seq_iter_type->tp_new = nullptr;
    seq_iter_type->iter = iter_self;
    seq_iter_type->next = seq_iter_next;
    add_method(seq_iter_type, "__length_hint__", m_seq_length_hint);
    add_slot_wrappers(seq_iter_type);

    callable_iter_type = new_builtin_type("callable_iterator", object_type, 0);
    callable_iter_type->tp_new = nullptr;
    callable_iter_type->iter = iter_self;
    callable_iter_type->next = callable_iter_next;
    add_slot_wrappers(callable_iter_type);
}

} // namespace loopstep::py
