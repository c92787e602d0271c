// Iterator types returned by builtins; each follows its CPython counterpart's argument checks,
// laziness and exhaustion behaviour (zip(strict=True) errors included).
#include "core/py/builtin_iters.h"

#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/generator.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *enumerate_type, *zip_type, *map_type, *filter_type, *reversed_type, *callable_iterator_type,
    *anext_awaitable_type;

namespace {

struct EnumerateObject : Object {
    explicit EnumerateObject(Type* t) : Object(t) {}
    Value it;
    Value index; // int
};

struct ZipObject : Object {
    explicit ZipObject(Type* t) : Object(t) {}
    std::vector<Value> its;
    bool strict = false;
    bool done = false;
};

struct MapObject : Object {
    explicit MapObject(Type* t) : Object(t) {}
    Value func;
    std::vector<Value> its;
};

struct FilterObject : Object {
    explicit FilterObject(Type* t) : Object(t) {}
    Value func;
    Value it;
};

struct ReversedObject : Object {
    explicit ReversedObject(Type* t) : Object(t) {}
    Value seq;
    int64_t index = -1;
};

struct CallableIterObject : Object {
    explicit CallableIterObject(Type* t) : Object(t) {}
    Value callable;
    Value sentinel;
};

struct ANextAwaitableObject : Object {
    explicit ANextAwaitableObject(Type* t) : Object(t) {}
    Value awaitable; // the iterator of __anext__()'s awaitable
    Value dflt;
};

Value self_iter(const Value& v) {
    return v;
}

Value enumerate_new(Type* t, CallArgs& a) {
    Value out[2];
    parse_args(a, "enumerate", {"iterable", "start"}, 1, out);
    Value v = make<EnumerateObject>(t);
    auto* e = v.as<EnumerateObject>();
    e->it = get_iter(out[0]);
    if (!out[1].is_null()) {
        if (!is_int(out[1]))
            raise_type_error(
                fmt("'%s' object cannot be interpreted as an integer", type_name(out[1]).c_str()));
        e->index = out[1];
    } else {
        e->index = Value::small_int(0);
    }
    return v;
}

Value enumerate_next(const Value& v) {
    auto* e = v.as<EnumerateObject>();
    Value x = iter_next(e->it);
    if (x.is_null()) return x;
    Value i = e->index;
    e->index = binary_op(i, Value::small_int(1), BinOp::Add);
    return new_tuple({i, x});
}

Value zip_new(Type* t, CallArgs& a) {
    Value v = make<ZipObject>(t);
    auto* z = v.as<ZipObject>();
    if (a.kwnames) {
        for (size_t i = 0; i < a.kwnames->n; ++i) {
            const std::string& k = as_str((*a.kwnames)[i])->s;
            if (k != "strict")
                raise_type_error(fmt("zip() got an unexpected keyword argument '%s'", k.c_str()));
            z->strict = truthy(a.args[a.nargs + i]);
        }
    }
    for (size_t i = 0; i < a.nargs; ++i) z->its.push_back(get_iter(a.args[i]));
    return v;
}

Value zip_next(const Value& v) {
    auto* z = v.as<ZipObject>();
    if (z->its.empty() || z->done) return Value();
    std::vector<Value> items;
    items.reserve(z->its.size());
    for (size_t i = 0; i < z->its.size(); ++i) {
        Value x = iter_next(z->its[i]);
        if (x.is_null()) {
            z->done = true;
            if (z->strict) {
                if (i > 0) {
                    std::string plural = i == 1 ? " " : "s 1-";
                    raise_value_error(fmt("zip() argument %zu is shorter than argument%s%zu", i + 1,
                                          plural.c_str(), i));
                }
                for (size_t j = 1; j < z->its.size(); ++j) {
                    Value y = iter_next(z->its[j]);
                    if (!y.is_null()) {
                        std::string plural = j == 1 ? " " : "s 1-";
                        raise_value_error(fmt("zip() argument %zu is longer than argument%s%zu",
                                              j + 1, plural.c_str(), j));
                    }
                }
            }
            return Value();
        }
        items.push_back(std::move(x));
    }
    return new_tuple(std::move(items));
}

Value map_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "map");
    if (a.nargs < 2) raise_type_error("map() must have at least two arguments.");
    Value v = make<MapObject>(t);
    auto* m = v.as<MapObject>();
    m->func = a.args[0];
    for (size_t i = 1; i < a.nargs; ++i) m->its.push_back(get_iter(a.args[i]));
    return v;
}

Value map_next(const Value& v) {
    auto* m = v.as<MapObject>();
    std::vector<Value> args;
    for (Value& it : m->its) {
        Value x = iter_next(it);
        if (x.is_null()) return Value();
        args.push_back(std::move(x));
    }
    CallArgs ca;
    ca.args = args.data();
    ca.nargs = args.size();
    return call(m->func, ca);
}

Value filter_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "filter");
    check_nargs(a, "filter", 2, 2);
    Value v = make<FilterObject>(t);
    auto* f = v.as<FilterObject>();
    f->func = a.args[0];
    f->it = get_iter(a.args[1]);
    return v;
}

Value filter_next(const Value& v) {
    auto* f = v.as<FilterObject>();
    while (true) {
        Value x = iter_next(f->it);
        if (x.is_null()) return x;
        bool keep =
            is_none(f->func) || f->func.is(bool_type) ? truthy(x) : truthy(call(f->func, {x}));
        if (keep) return x;
    }
}

Value reversed_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "reversed");
    check_nargs(a, "reversed", 1, 1);
    const Value& seq = a.args[0];
    Value m = seq.type()->lookup_value(intern("__reversed__"));
    if (!m.is_null()) {
        if (is_none(m))
            raise_type_error(fmt("'%s' object is not reversible", type_name(seq).c_str()));
        return call(bind_special(m, seq), {});
    }
    if (!seq.type()->getitem || !seq.type()->len || seq.type() == dict_type)
        raise_type_error(fmt("'%s' object is not reversible", type_name(seq).c_str()));
    Value v = make<ReversedObject>(t);
    auto* r = v.as<ReversedObject>();
    r->seq = seq;
    r->index = length(seq) - 1;
    return v;
}

Value reversed_next(const Value& v) {
    auto* r = v.as<ReversedObject>();
    if (r->index < 0 || r->seq.is_null()) return Value();
    try {
        Value x = getitem(r->seq, new_int(r->index--));
        return x;
    } catch (PyError& e) {
        if (exc_matches(e.exc, IndexError_type) || exc_matches(e.exc, StopIteration_type)) {
            r->seq = Value();
            return Value();
        }
        throw;
    }
}

Value reversed_length_hint(CallArgs& a) {
    auto* r = a.args[0].as<ReversedObject>();
    return new_int(r->seq.is_null() ? 0 : r->index + 1);
}

Value callable_iter_next(const Value& v) {
    auto* c = v.as<CallableIterObject>();
    if (c->callable.is_null()) return Value();
    Value r;
    try {
        r = call(c->callable, {});
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopIteration_type)) {
            c->callable = Value();
            return Value();
        }
        throw;
    }
    if (equals(r, c->sentinel)) {
        c->callable = Value();
        return Value();
    }
    return r;
}

GenResult anext_send(const Value& v, const Value& x) {
    auto* a = v.as<ANextAwaitableObject>();
    try {
        return iter_send(a->awaitable, x);
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopAsyncIteration_type))
            return GenResult{GenStatus::Returned, a->dflt};
        throw;
    }
}
Value anext_result(const GenResult& r) {
    if (r.status == GenStatus::Yielded) return r.value;
    raise_stop_iteration(r.value);
}
Value anext_next(const Value& v) {
    return anext_result(anext_send(v, none()));
}

// anext(it, default) is itself awaitable (its __await__ returns it) and forwards send / throw /
// close to the awaitable, turning StopAsyncIteration into a return of the default.
Value anext_m_await(CallArgs& a) {
    return a.args[0];
}

Value anext_m_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    GenResult r = anext_send(a.args[0], a.args[1]);
    if (r.status == GenStatus::Yielded) return r.value;
    raise_stop_iteration(r.value);
}

Value anext_m_throw(CallArgs& a) {
    if (a.nargs < 2) raise_type_error("throw expected at least 1 argument, got 0");
    auto* an = a.args[0].as<ANextAwaitableObject>();
    CallArgs forward;
    forward.args = a.args + 1;
    forward.nargs = a.nargs - 1;
    try {
        return call(getattr(an->awaitable, intern("throw")), forward);
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopAsyncIteration_type)) raise_stop_iteration(an->dflt);
        throw;
    }
}

Value anext_m_close(CallArgs& a) {
    return call(getattr(a.args[0].as<ANextAwaitableObject>()->awaitable, intern("close")), {});
}

} // namespace

Value new_callable_iterator(const Value& callable, const Value& sentinel) {
    if (!callable.type()->call && callable.type() != function_type &&
        callable.type() != native_function_type)
        raise_type_error("iter(v, w): v must be callable");
    Value v = make<CallableIterObject>(callable_iterator_type);
    v.as<CallableIterObject>()->callable = callable;
    v.as<CallableIterObject>()->sentinel = sentinel;
    return v;
}

Value new_anext_awaitable(const Value& awaitable, const Value& dflt) {
    Value v = make<ANextAwaitableObject>(anext_awaitable_type);
    v.as<ANextAwaitableObject>()->awaitable = get_awaitable(awaitable, 0);
    v.as<ANextAwaitableObject>()->dflt = dflt;
    return v;
}

void init_builtin_iter_types() {
    auto mk = [](const char* name, Value (*nw)(Type*, CallArgs&), Value (*nx)(const Value&)) {
        Type* t = new_builtin_type(name, object_type, kTypeBase);
        t->tp_new = nw;
        t->tp_init = nullptr;
        t->iter = self_iter;
        t->next = nx;
        return t;
    };
    enumerate_type = mk("enumerate", enumerate_new, enumerate_next);
    zip_type = mk("zip", zip_new, zip_next);
    map_type = mk("map", map_new, map_next);
    filter_type = mk("filter", filter_new, filter_next);
    reversed_type = mk("reversed", reversed_new, reversed_next);
    add_method(reversed_type, "__length_hint__", reversed_length_hint);
    callable_iterator_type = mk("callable_iterator", nullptr, callable_iter_next);
    anext_awaitable_type = mk("anext_awaitable", nullptr, anext_next);
    anext_awaitable_type->send = anext_send;
    add_method(anext_awaitable_type, "__await__", anext_m_await);
    add_method(anext_awaitable_type, "send", anext_m_send);
    add_method(anext_awaitable_type, "throw", anext_m_throw);
    add_method(anext_awaitable_type, "close", anext_m_close);
}

} // namespace loopstep::py
