// Helpers behind individual instructions that involve protocol lookups: awaitables (await,
// async with), async iteration, binding special methods, and the wording of call errors.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/generator.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/type.h"

namespace loopstep::py {

Value bind_special(const Value& method, const Value& self) {
    Type* mt = method.type();
    if (mt->descr_get) return mt->descr_get(method, self, Value::borrow(self.type()));
    return method;
}

namespace {

// getattr(o, name, None) for the call-error wording: any AttributeError means absent.
Value attr_or_null(const Value& o, const char* name) {
    try {
        return getattr_opt(o, intern(name));
    } catch (PyError& e) {
        if (!exc_matches(e.exc, AttributeError_type)) throw;
        return Value();
    }
}

} // namespace

// _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
std::string callable_desc(const Value& callable) {
    Value qualname = attr_or_null(callable, "__qualname__");
    if (qualname.is_null()) return str_utf8(callable);
    std::string name = str_utf8(qualname) + "()";
    Value module = attr_or_null(callable, "__module__");
    if (module.is_null() || module.is(none())) return name;
    if (is_str(module) && as_str(module)->s == "builtins") return name;
    return str_utf8(module) + "." + name;
}

// `where`: 0 await, 1 __aenter__ result, 2 __aexit__ result.
Value get_awaitable(const Value& v, int where) {
    Type* t = v.type();
    if (t == coroutine_type) {
        auto* g = v.as<GeneratorObject>();
        if (gen_yieldfrom(g).is_null() == false || g->running)
            raise_runtime_error("coroutine is being awaited already");
        return v;
    }
    if (t == generator_type && (v.as<GeneratorObject>()->code.as<CodeObject>()->flags & kCoIterableCoroutine))
        return v;
    Value m = t->lookup_value(intern("__await__"));
    if (m.is_null()) {
        if (where == 1)
            raise_type_error(fmt("'async with' received an object from __aenter__ that does not "
                                 "implement __await__: %s",
                                 t->name.c_str()));
        if (where == 2)
            raise_type_error(fmt("'async with' received an object from __aexit__ that does not "
                                 "implement __await__: %s",
                                 t->name.c_str()));
        raise_type_error(fmt("object %s can't be used in 'await' expression", t->name.c_str()));
    }
    Value it = call(bind_special(m, v), {});
    if (it.type() == coroutine_type)
        raise_type_error("__await__() returned a coroutine");
    if (!it.type()->next && !it.type()->send)
        raise_type_error(fmt("__await__() returned non-iterator of type '%s'", type_name(it).c_str()));
    return it;
}

Value get_aiter(const Value& v) {
    Type* t = v.type();
    Value m = t->lookup_value(intern("__aiter__"));
    if (m.is_null())
        raise_type_error(fmt("'async for' requires an object with __aiter__ method, got %s", t->name.c_str()));
    Value it = call(bind_special(m, v), {});
    if (it.type()->lookup_value(intern("__anext__")).is_null())
        raise_type_error(fmt("'async for' received an object from __aiter__ that does not implement "
                             "__anext__: %s",
                             type_name(it).c_str()));
    return it;
}

Value get_anext_awaitable(const Value& aiter) {
    Type* t = aiter.type();
    if (t == async_generator_type) return async_gen_asend(aiter.as<GeneratorObject>(), Value());
    Value m = t->lookup_value(intern("__anext__"));
    if (m.is_null())
        raise_type_error(fmt("'async for' requires an iterator with __anext__ method, got %s", t->name.c_str()));
    Value next = call(bind_special(m, aiter), {});
    try {
        return get_awaitable(next, 0);
    } catch (PyError& e) {
        if (!exc_matches(e.exc, TypeError_type)) throw;
        Value err = new_exception(TypeError_type, fmt("'async for' received an invalid object from "
                                                      "__anext__: %s",
                                                      type_name(next).c_str()));
        as_exc(err)->cause = e.exc;
        as_exc(err)->suppress_context = true;
        raise(err);
    }
}

} // namespace loopstep::py
