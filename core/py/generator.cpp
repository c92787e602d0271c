// Generators, coroutines and async generators, following CPython 3.11's genobject.c: send /
// throw / close with delegation to a `yield from` / `await` target, finalisation when the last
// reference goes (a never-started coroutine warns "was never awaited"; a suspended generator is
// closed; an async generator is handed to the finaliser hook asyncio installed), and the asend /
// athrow awaitables that drive an async generator.
#include "core/py/generator.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/opcodes.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"
#include "core/py/warnings.h"

namespace loopstep::py {

Type *generator_type, *coroutine_type, *async_generator_type;
Type *asend_type, *athrow_type, *wrapped_value_type, *coro_wrapper_type;

namespace {

const char* kind_word(GeneratorObject* g) {
    switch (g->kind) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    }
    return "generator";
}

enum class AwaitableState : uint8_t { Init, Iter, Closed };

struct ASendObject : Object {
    ASendObject(Type* t, Value g, Value v) : Object(t), gen(std::move(g)), sendval(std::move(v)) {}
    Value gen;
    Value sendval; // null: __anext__
    AwaitableState state = AwaitableState::Init;
    GeneratorObject* g() const { return gen.as<GeneratorObject>(); }
};

struct AThrowObject : Object {
    AThrowObject(Type* t, Value g, Value e) : Object(t), gen(std::move(g)), exc(std::move(e)) {}
    Value gen;
    Value exc; // null: aclose()
    AwaitableState state = AwaitableState::Init;
    GeneratorObject* g() const { return gen.as<GeneratorObject>(); }
};

struct CoroWrapperObject : Object {
    CoroWrapperObject(Type* t, Value c) : Object(t), coro(std::move(c)) {}
    Value coro;
};

} // namespace

GeneratorObject::~GeneratorObject() {
    if (frame) {
        Frame* f = frame;
        frame = nullptr;
        frame_free(f);
    }
}

void gen_release_frame(GeneratorObject* g) {
    if (!g->frame) return;
    Frame* f = g->frame;
    g->frame = nullptr;
    g->closed = true;
    frame_free(f);
}

Value new_generator(GenKind kind, Frame* f, FunctionObject* func) {
    Type* t = kind == GenKind::Generator   ? generator_type
              : kind == GenKind::Coroutine ? coroutine_type
                                           : async_generator_type;
    Value v = make<GeneratorObject>(t, kind);
    auto* g = v.as<GeneratorObject>();
    g->frame = f;
    f->gen = g;
    g->code = f->code_ref;
    g->name = func->name;
    g->qualname = func->qualname;
    g->serial = interp().next_frame_serial;
    f->serial = interp().next_frame_serial++;
    if (kind == GenKind::Coroutine) interp().on_coroutine_created(g);
    return v;
}

Value gen_yieldfrom(GeneratorObject* g) {
    Frame* f = g->frame;
    if (!f || !g->started || g->running) return Value();
    // Suspended inside an await / yield from loop: the YIELD_VALUE just executed carries arg 1
    // and the delegate is on top of the stack.
    uint32_t w = f->code->code[f->lasti];
    if (instr_op(w) != OP_YIELD_VALUE || instr_arg(w) != 1) return Value();
    if (f->sp <= f->stack_base()) return Value();
    return f->sp[-1];
}

Value generator_exit_exception(GeneratorObject* g, Value exc) {
    bool stop = exc_matches(exc, StopIteration_type);
    bool astop = g->kind == GenKind::AsyncGenerator && exc_matches(exc, StopAsyncIteration_type);
    if (!stop && !astop) return exc;
    std::string msg =
        std::string(kind_word(g)) + " raised " + (stop ? "StopIteration" : "StopAsyncIteration");
    Value r = new_exception(RuntimeError_type, msg);
    as_exc(r)->cause = exc;
    as_exc(r)->context = exc;
    as_exc(r)->suppress_context = true;
    return r;
}

// How a suspended frame is resumed: with a value for its pending yield, with an exception
// raised at the suspension point, or (after a delegate finished) with nothing to push.
enum class Resume : uint8_t { Send, Throw, NoPush };

static GenResult gen_resume(GeneratorObject* g, Resume how, const Value& v, bool closing = false) {
    Interp& I = interp();
    if (g->running) raise_value_error(std::string(kind_word(g)) + " already executing");
    if (!g->frame) {
        if (g->kind == GenKind::Coroutine && !closing)
            raise_runtime_error("cannot reuse already awaited coroutine");
        if (how == Resume::Throw) raise(v);
        if (!v.is_null()) return GenResult{GenStatus::Returned, none()};
        return GenResult{GenStatus::Returned, Value()};
    }
    if (!g->started && how == Resume::Send && !v.is_null() && !is_none(v))
        raise_type_error(std::string("can't send non-None value to a just-started ") +
                         (g->kind == GenKind::Coroutine ? "coroutine" : "generator"));
    Frame* f = g->frame;
    if (g->started && how == Resume::Send) *f->sp++ = v.is_null() ? none() : v;
    g->started = true;
    g->awaited = true;
    g->running = true;
    ThreadState& ts = I.thread();
    g->exc_state.previous = ts.exc_info;
    ts.exc_info = &g->exc_state;
    Value keep = Value::borrow(g); // the generator stays alive while its frame runs
    return eval_resume(f, how == Resume::Throw ? v : Value());
}

static GenResult gen_send_ex(GeneratorObject* g, const Value& v, const Value& throw_exc,
                             bool closing) {
    if (!throw_exc.is_null()) return gen_resume(g, Resume::Throw, throw_exc, closing);
    return gen_resume(g, Resume::Send, v, closing);
}

GenResult gen_send(GeneratorObject* g, const Value& v) {
    return gen_send_ex(g, v, Value(), false);
}

static bool is_py_gen(const Value& v) {
    Type* t = v.type();
    return t == generator_type || t == coroutine_type;
}

// Closes a delegate; returns an exception it raised (to be thrown into the delegator) or null.
static Value close_iter(const Value& yf) {
    try {
        if (is_py_gen(yf)) {
            gen_close(yf.as<GeneratorObject>());
        } else {
            Value m = getattr_opt(yf, intern("close"));
            if (!m.is_null()) call(m, {});
        }
    } catch (PyError& e) {
        return e.exc;
    }
    return Value();
}

static GenResult gen_throw_impl(GeneratorObject* g, const Value& exc, bool close_on_genexit) {
    Value yf = gen_yieldfrom(g);
    if (!yf.is_null()) {
        if (exc_matches(exc, GeneratorExit_type) && close_on_genexit) {
            g->running = true;
            Value err = close_iter(yf);
            g->running = false;
            return gen_send_ex(g, Value(), err.is_null() ? exc : err, false);
        }
        GenResult r;
        bool have = false;
        Value raised;
        g->running = true;
        try {
            if (is_py_gen(yf)) {
                r = gen_throw_impl(yf.as<GeneratorObject>(), exc, close_on_genexit);
                have = true;
            } else {
                Value m = getattr_opt(yf, intern("throw"));
                if (m.is_null()) {
                    g->running = false;
                    return gen_send_ex(g, Value(), exc, false);
                }
                try {
                    Value y = call(m, {exc});
                    r = GenResult{GenStatus::Yielded, y};
                } catch (PyError& e) {
                    if (!exc_matches(e.exc, StopIteration_type)) throw;
                    r = GenResult{GenStatus::Returned, stop_iteration_value(e.exc)};
                }
                have = true;
            }
        } catch (PyError& e) {
            raised = e.exc;
        }
        g->running = false;
        if (have && r.status == GenStatus::Yielded) return r;
        if (have) {
            // The delegate finished: its value is the result of the yield from / await.
            Frame* f = g->frame;
            f->sp[-1] = r.value;
            uint32_t send_at = f->lasti - 1; // SEND precedes the YIELD_VALUE
            f->ip = instr_arg(f->code->code[send_at]);
            return gen_resume(g, Resume::NoPush, Value());
        }
        return gen_send_ex(g, Value(), raised, false);
    }
    return gen_send_ex(g, Value(), exc, false);
}

GenResult gen_throw(GeneratorObject* g, const Value& exc) {
    return gen_throw_impl(g, exc, true);
}

void gen_close(GeneratorObject* g) {
    if (!g->frame) {
        g->closed = true;
        return;
    }
    if (!g->started) {
        // Never ran: nothing to clean up inside it.
        gen_release_frame(g);
        return;
    }
    Value yf = gen_yieldfrom(g);
    Value err;
    if (!yf.is_null()) {
        g->running = true;
        err = close_iter(yf);
        g->running = false;
    }
    Value exc = err.is_null() ? new_exception(GeneratorExit_type, {}) : err;
    try {
        GenResult r = gen_send_ex(g, Value(), exc, true);
        if (r.status == GenStatus::Yielded) {
            const char* msg = g->kind == GenKind::Coroutine ? "coroutine ignored GeneratorExit"
                              : g->kind == GenKind::AsyncGenerator
                                  ? "async generator ignored GeneratorExit"
                                  : "generator ignored GeneratorExit";
            raise_runtime_error(msg);
        }
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopIteration_type) || exc_matches(e.exc, GeneratorExit_type))
            return;
        throw;
    }
}

// ---- finalisation ---------------------------------------------------------------------------

static void gen_finalize(Object* o) {
    auto* g = static_cast<GeneratorObject*>(o);
    if (!g->frame) return;
    Interp& I = interp();
    Value self = Value::borrow(g);
    try {
        if (g->kind == GenKind::AsyncGenerator && !g->finalizer.is_null() && !g->closing) {
            call(g->finalizer, {self});
            return;
        }
        if (g->kind == GenKind::Coroutine && !g->started) {
            warn_unawaited_coroutine(self);
            gen_release_frame(g);
            return;
        }
        gen_close(g);
    } catch (PyError& e) {
        I.write_unraisable(e.exc, self);
    }
}

// ---- Python-visible methods -------------------------------------------------------------------

namespace {

GeneratorObject* self_gen(CallArgs& a) {
    return a.args[0].as<GeneratorObject>();
}

Value result_or_stop(GenResult r) {
    if (r.status == GenStatus::Yielded) return r.value;
    raise_stop_iteration(r.value.is_null() ? none() : r.value);
}

Value m_gen_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    return result_or_stop(gen_send(self_gen(a), a.args[1]));
}

Value throw_arg(CallArgs& a) {
    // throw(value) or the deprecated throw(type[, value[, tb]]).
    if (a.nargs < 2) raise_type_error("throw expected at least 1 argument, got 0");
    Value typ = a.args[1];
    Value val = a.nargs > 2 ? a.args[2] : Value();
    if (is_exception_class(typ)) {
        if (val.is_null() || is_none(val)) return call(typ, {});
        if (is_exception_instance(val)) return val;
        return call(typ, {val});
    }
    if (is_exception_instance(typ)) {
        if (!val.is_null() && !is_none(val))
            raise_type_error("instance exception may not have a separate value");
        return typ;
    }
    raise_type_error(
        fmt("exceptions must be classes or instances deriving from BaseException, not %s",
            type_name(typ).c_str()));
}

Value m_gen_throw(CallArgs& a) {
    return result_or_stop(gen_throw(self_gen(a), throw_arg(a)));
}

Value m_gen_close(CallArgs& a) {
    gen_close(self_gen(a));
    return none();
}

Value gen_iter_self(const Value& v) {
    return v;
}

Value gen_next(const Value& v) {
    GenResult r = gen_send_ex(v.as<GeneratorObject>(), Value(), Value(), false);
    if (r.status == GenStatus::Yielded) return r.value;
    if (!r.value.is_null() && !is_none(r.value)) raise_stop_iteration(r.value);
    return Value();
}

Value gen_repr(const Value& v) {
    auto* g = v.as<GeneratorObject>();
    const char* word = g->kind == GenKind::Generator   ? "generator"
                       : g->kind == GenKind::Coroutine ? "coroutine"
                                                       : "async_generator";
    return new_str(fmt("<%s object %s at 0x%llx>", word, as_str(g->qualname)->s.c_str(),
                       static_cast<unsigned long long>(object_id(v.obj()))));
}

Value gen_getattr(const Value& v, StrObject* name) {
    auto* g = v.as<GeneratorObject>();
    const std::string& n = name->s;
    if (n == "__name__") return g->name;
    if (n == "__qualname__") return g->qualname;
    char p0 = g->kind == GenKind::Generator ? 'g' : g->kind == GenKind::Coroutine ? 'c' : 'a';
    if (n.size() > 3 && n[0] == p0 && (n[1] == 'i' || n[1] == 'r' || n[1] == 'g') && n[2] == '_') {
        std::string f = n.substr(3);
        if (f == "running")
            return py_bool(g->kind == GenKind::AsyncGenerator ? g->running_async : g->running);
        if (f == "code") return g->code;
        if (f == "frame") {
            if (!g->frame) return none();
            return g->started ? new_frame_view(g->frame) : new_unstarted_frame_view(g->frame);
        }
        if (f == "yieldfrom" || f == "await") {
            Value y = gen_yieldfrom(g);
            return y.is_null() ? none() : y;
        }
        if (f == "suspended") return py_bool(g->frame && g->started && !g->running);
        if (f == "origin") return g->origin.is_null() ? none() : g->origin;
    }
    return generic_getattr(v, name);
}

void gen_setattr(const Value& v, StrObject* name, const Value& val) {
    auto* g = v.as<GeneratorObject>();
    if (name->s == "__name__" && is_str(val)) {
        g->name = val;
        return;
    }
    if (name->s == "__qualname__" && is_str(val)) {
        g->qualname = val;
        return;
    }
    generic_setattr(v, name, val);
}

GenResult gen_send_slot(const Value& self, const Value& v) {
    return gen_send(self.as<GeneratorObject>(), v);
}

Value coro_await(CallArgs& a) {
    return make<CoroWrapperObject>(coro_wrapper_type, a.args[0]);
}

Value coro_wrapper_next(const Value& v) {
    return gen_next(v.as<CoroWrapperObject>()->coro);
}
GenResult coro_wrapper_send(const Value& v, const Value& x) {
    return gen_send(v.as<CoroWrapperObject>()->coro.as<GeneratorObject>(), x);
}
Value m_cw_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    return result_or_stop(coro_wrapper_send(a.args[0], a.args[1]));
}
Value m_cw_throw(CallArgs& a) {
    return result_or_stop(
        gen_throw(a.args[0].as<CoroWrapperObject>()->coro.as<GeneratorObject>(), throw_arg(a)));
}
Value m_cw_close(CallArgs& a) {
    gen_close(a.args[0].as<CoroWrapperObject>()->coro.as<GeneratorObject>());
    return none();
}

// ---- async generators ------------------------------------------------------------------------

void init_hooks(GeneratorObject* g) {
    if (g->hooks_inited) return;
    g->hooks_inited = true;
    ThreadState& ts = interp().thread();
    if (!ts.asyncgen_finalizer.is_null()) g->finalizer = ts.asyncgen_finalizer;
    if (!ts.asyncgen_firstiter.is_null()) call(ts.asyncgen_firstiter, {Value::borrow(g)});
}

// An async generator's step result: a wrapped value is the asend's result (StopIteration), an
// unwrapped yield is an await passing through to the event loop.
GenResult unwrap_value(GeneratorObject* g, GenResult r) {
    if (r.status == GenStatus::Returned) {
        g->running_async = false;
        g->closing = true;
        raise(new_exception(StopAsyncIteration_type, {}));
    }
    if (r.value.type() == wrapped_value_type) {
        g->running_async = false;
        return GenResult{GenStatus::Returned, r.value.as<AsyncGenWrappedValue>()->value};
    }
    return r;
}

// Runs a step and converts exceptions as async_gen_unwrap_value does.
template <class F>
GenResult agen_step(GeneratorObject* g, F&& step) {
    try {
        return unwrap_value(g, step());
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopAsyncIteration_type) || exc_matches(e.exc, GeneratorExit_type))
            g->closing = true;
        g->running_async = false;
        throw;
    }
}

GenResult asend_send(const Value& self, const Value& arg) {
    auto* o = self.as<ASendObject>();
    if (o->state == AwaitableState::Closed)
        raise_runtime_error("cannot reuse already awaited __anext__()/asend()");
    Value v = arg;
    if (o->state == AwaitableState::Init) {
        if (o->g()->running_async) {
            o->state = AwaitableState::Closed;
            raise_runtime_error("anext(): asynchronous generator is already running");
        }
        if (v.is_null() || is_none(v)) v = o->sendval.is_null() ? none() : o->sendval;
        o->state = AwaitableState::Iter;
    }
    o->g()->running_async = true;
    try {
        GenResult r = agen_step(o->g(), [&] { return gen_send(o->g(), v); });
        if (r.status == GenStatus::Returned) o->state = AwaitableState::Closed;
        return r;
    } catch (PyError&) {
        o->state = AwaitableState::Closed;
        throw;
    }
}

Value asend_next(const Value& self) {
    return result_or_stop(asend_send(self, none()));
}
Value m_asend_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    return result_or_stop(asend_send(a.args[0], a.args[1]));
}
Value m_asend_throw(CallArgs& a) {
    auto* o = a.args[0].as<ASendObject>();
    if (o->state == AwaitableState::Closed)
        raise_runtime_error("cannot reuse already awaited __anext__()/asend()");
    if (o->state == AwaitableState::Init) {
        if (o->g()->running_async) {
            o->state = AwaitableState::Closed;
            raise_runtime_error("anext(): asynchronous generator is already running");
        }
        o->state = AwaitableState::Iter;
        o->g()->running_async = true;
    }
    Value exc = throw_arg(a);
    try {
        return result_or_stop(agen_step(o->g(), [&] { return gen_throw(o->g(), exc); }));
    } catch (PyError&) {
        o->g()->running_async = false;
        o->state = AwaitableState::Closed;
        throw;
    }
}
Value m_asend_close(CallArgs& a) {
    a.args[0].as<ASendObject>()->state = AwaitableState::Closed;
    return none();
}

[[noreturn]] void athrow_check_error(AThrowObject* o, PyError& e) {
    o->g()->running_async = false;
    o->state = AwaitableState::Closed;
    if ((exc_matches(e.exc, StopAsyncIteration_type) || exc_matches(e.exc, GeneratorExit_type)) &&
        o->exc.is_null())
        raise(new_exception(StopIteration_type, {}));
    throw;
}

GenResult athrow_send(const Value& self, const Value& arg) {
    auto* o = self.as<AThrowObject>();
    GeneratorObject* g = o->g();
    if (o->state == AwaitableState::Closed)
        raise_runtime_error("cannot reuse already awaited aclose()/athrow()");
    if (!g->frame) {
        o->state = AwaitableState::Closed;
        raise(new_exception(StopIteration_type, {}));
    }
    if (o->state == AwaitableState::Init) {
        if (g->running_async) {
            o->state = AwaitableState::Closed;
            raise_runtime_error(o->exc.is_null()
                                    ? "aclose(): asynchronous generator is already running"
                                    : "athrow(): asynchronous generator is already running");
        }
        if (g->closing) {
            o->state = AwaitableState::Closed;
            raise(new_exception(StopAsyncIteration_type, {}));
        }
        if (!arg.is_null() && !is_none(arg))
            raise_runtime_error("can't send non-None value to a just-started coroutine");
        o->state = AwaitableState::Iter;
        g->running_async = true;
        try {
            if (o->exc.is_null()) {
                g->closing = true;
                GenResult r = gen_throw_impl(g, new_exception(GeneratorExit_type, {}), false);
                if (r.status == GenStatus::Yielded && r.value.type() == wrapped_value_type) {
                    g->running_async = false;
                    o->state = AwaitableState::Closed;
                    raise_runtime_error("async generator ignored GeneratorExit");
                }
                if (r.status == GenStatus::Returned)
                    raise(new_exception(StopAsyncIteration_type, {}));
                return r;
            }
            return unwrap_value(g, gen_throw_impl(g, o->exc, false));
        } catch (PyError& e) {
            athrow_check_error(o, e);
        }
    }
    try {
        GenResult r = gen_send(g, arg.is_null() ? none() : arg);
        if (!o->exc.is_null()) return unwrap_value(g, r);
        if (r.status == GenStatus::Yielded && r.value.type() == wrapped_value_type) {
            g->running_async = false;
            o->state = AwaitableState::Closed;
            raise_runtime_error("async generator ignored GeneratorExit");
        }
        if (r.status == GenStatus::Returned) raise(new_exception(StopAsyncIteration_type, {}));
        return r;
    } catch (PyError& e) {
        athrow_check_error(o, e);
    }
}

Value athrow_next(const Value& self) {
    return result_or_stop(athrow_send(self, none()));
}
Value m_athrow_send(CallArgs& a) {
    check_nargs(a, "send", 2, 2);
    return result_or_stop(athrow_send(a.args[0], a.args[1]));
}
// As CPython 3.11's async_gen_athrow_throw: the exception goes straight into the generator and
// the awaitable's state does not move (a throw before the first send leaves it unstarted, so a
// later send still starts aclose() by throwing GeneratorExit).
Value m_athrow_throw(CallArgs& a) {
    auto* o = a.args[0].as<AThrowObject>();
    if (o->state == AwaitableState::Closed)
        raise_runtime_error("cannot reuse already awaited aclose()/athrow()");
    Value exc = throw_arg(a);
    GenResult r;
    try {
        r = gen_throw(o->g(), exc);
    } catch (PyError& e) {
        bool ending =
            exc_matches(e.exc, StopAsyncIteration_type) || exc_matches(e.exc, GeneratorExit_type);
        if (o->exc.is_null()) {
            if (ending) raise(new_exception(StopIteration_type, {}));
        } else {
            if (ending) o->g()->closing = true;
            o->g()->running_async = false;
        }
        throw;
    }
    if (!o->exc.is_null()) return result_or_stop(unwrap_value(o->g(), r));
    if (r.status == GenStatus::Yielded && r.value.type() == wrapped_value_type) {
        o->g()->running_async = false;
        o->state = AwaitableState::Closed;
        raise_runtime_error("async generator ignored GeneratorExit");
    }
    return result_or_stop(r);
}
Value m_athrow_close(CallArgs& a) {
    a.args[0].as<AThrowObject>()->state = AwaitableState::Closed;
    return none();
}

Value m_agen_anext(CallArgs& a) {
    auto* g = a.args[0].as<GeneratorObject>();
    init_hooks(g);
    return make<ASendObject>(asend_type, a.args[0], Value());
}
Value m_agen_asend(CallArgs& a) {
    check_nargs(a, "asend", 2, 2);
    auto* g = a.args[0].as<GeneratorObject>();
    init_hooks(g);
    return make<ASendObject>(asend_type, a.args[0], a.args[1]);
}
Value m_agen_aclose(CallArgs& a) {
    auto* g = a.args[0].as<GeneratorObject>();
    init_hooks(g);
    return make<AThrowObject>(athrow_type, a.args[0], Value());
}
Value m_agen_athrow(CallArgs& a) {
    auto* g = a.args[0].as<GeneratorObject>();
    Value exc = throw_arg(a);
    init_hooks(g);
    return make<AThrowObject>(athrow_type, a.args[0], exc);
}
Value m_agen_aiter(CallArgs& a) {
    return a.args[0];
}

Value awaitable_self(const Value& v) {
    return v;
}

} // namespace

Value async_gen_wrap(Value v) {
    return make<AsyncGenWrappedValue>(wrapped_value_type, std::move(v));
}

Value async_gen_asend(GeneratorObject* g, Value v) {
    init_hooks(g);
    return make<ASendObject>(asend_type, Value::borrow(g), std::move(v));
}

Value async_gen_athrow(GeneratorObject* g, Value exc) {
    init_hooks(g);
    return make<AThrowObject>(athrow_type, Value::borrow(g), std::move(exc));
}

GenResult iter_send(const Value& receiver, const Value& v) {
    Type* t = receiver.type();
    if (t->send) {
        // A StopIteration raised by a native awaitable ends the await with its value.
        try {
            return t->send(receiver, v);
        } catch (PyError& e) {
            if (!exc_matches(e.exc, StopIteration_type)) throw;
            return GenResult{GenStatus::Returned, stop_iteration_value(e.exc)};
        }
    }
    if (is_none(v) && t->next) {
        try {
            Value r = t->next(receiver);
            if (r.is_null()) return GenResult{GenStatus::Returned, none()};
            return GenResult{GenStatus::Yielded, r};
        } catch (PyError& e) {
            if (!exc_matches(e.exc, StopIteration_type)) throw;
            return GenResult{GenStatus::Returned, stop_iteration_value(e.exc)};
        }
    }
    try {
        Value r = call_method(receiver, intern("send"), {v});
        return GenResult{GenStatus::Yielded, r};
    } catch (PyError& e) {
        if (!exc_matches(e.exc, StopIteration_type)) throw;
        return GenResult{GenStatus::Returned, stop_iteration_value(e.exc)};
    }
}

void init_generator_types() {
    generator_type = new_builtin_type("generator", object_type, 0);
    coroutine_type = new_builtin_type("coroutine", object_type, 0);
    async_generator_type = new_builtin_type("async_generator", object_type, 0);
    for (Type* t : {generator_type, coroutine_type, async_generator_type}) {
        t->tp_new = nullptr;
        t->repr = gen_repr;
        t->getattr = gen_getattr;
        t->setattr = gen_setattr;
        t->finalize = gen_finalize;
    }
    generator_type->iter = gen_iter_self;
    generator_type->next = gen_next;
    generator_type->send = gen_send_slot;
    add_method(generator_type, "send", m_gen_send);
    add_method(generator_type, "throw", m_gen_throw);
    add_method(generator_type, "close", m_gen_close);

    coroutine_type->send = gen_send_slot;
    add_method(coroutine_type, "send", m_gen_send);
    add_method(coroutine_type, "throw", m_gen_throw);
    add_method(coroutine_type, "close", m_gen_close);
    add_method(coroutine_type, "__await__", coro_await);

    add_method(async_generator_type, "__anext__", m_agen_anext);
    add_method(async_generator_type, "__aiter__", m_agen_aiter);
    add_method(async_generator_type, "asend", m_agen_asend);
    add_method(async_generator_type, "athrow", m_agen_athrow);
    add_method(async_generator_type, "aclose", m_agen_aclose);

    coro_wrapper_type = new_builtin_type("coroutine_wrapper", object_type, 0);
    coro_wrapper_type->tp_new = nullptr;
    coro_wrapper_type->iter = awaitable_self;
    coro_wrapper_type->next = coro_wrapper_next;
    coro_wrapper_type->send = coro_wrapper_send;
    add_method(coro_wrapper_type, "send", m_cw_send);
    add_method(coro_wrapper_type, "throw", m_cw_throw);
    add_method(coro_wrapper_type, "close", m_cw_close);

    asend_type = new_builtin_type("async_generator_asend", object_type, 0);
    asend_type->tp_new = nullptr;
    asend_type->iter = awaitable_self;
    asend_type->next = asend_next;
    asend_type->send = asend_send;
    add_method(asend_type, "send", m_asend_send);
    add_method(asend_type, "throw", m_asend_throw);
    add_method(asend_type, "close", m_asend_close);
    add_method(asend_type, "__await__", [](CallArgs& a) { return a.args[0]; });

    athrow_type = new_builtin_type("async_generator_athrow", object_type, 0);
    athrow_type->tp_new = nullptr;
    athrow_type->iter = awaitable_self;
    athrow_type->next = athrow_next;
    athrow_type->send = athrow_send;
    add_method(athrow_type, "send", m_athrow_send);
    add_method(athrow_type, "throw", m_athrow_throw);
    add_method(athrow_type, "close", m_athrow_close);
    add_method(athrow_type, "__await__", [](CallArgs& a) { return a.args[0]; });

    wrapped_value_type = new_builtin_type("async_generator_wrapped_value", object_type, 0);
    wrapped_value_type->tp_new = nullptr;
}

} // namespace loopstep::py
