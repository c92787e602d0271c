// The built-in exception hierarchy of Python 3.11, exception objects (args, __str__ and
// __repr__ rules, __cause__ / __context__ / __traceback__ / __notes__), implicit chaining when an
// exception is raised while another is handled, and exception groups with split() for except*.
#include "core/py/exception.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *BaseException_type, *Exception_type, *BaseExceptionGroup_type, *ExceptionGroup_type,
    *GeneratorExit_type, *KeyboardInterrupt_type, *SystemExit_type, *ArithmeticError_type,
    *ZeroDivisionError_type, *OverflowError_type, *FloatingPointError_type, *AssertionError_type,
    *AttributeError_type, *BufferError_type, *EOFError_type, *ImportError_type,
    *ModuleNotFoundError_type, *LookupError_type, *IndexError_type, *KeyError_type,
    *MemoryError_type, *NameError_type, *UnboundLocalError_type, *OSError_type, *TimeoutError_type,
    *ReferenceError_type, *RuntimeError_type, *NotImplementedError_type, *RecursionError_type,
    *StopIteration_type, *StopAsyncIteration_type, *SyntaxError_type, *IndentationError_type,
    *TabError_type, *SystemError_type, *TypeError_type, *ValueError_type, *UnicodeError_type,
    *UnicodeDecodeError_type, *UnicodeEncodeError_type, *Warning_type, *UserWarning_type,
    *DeprecationWarning_type, *PendingDeprecationWarning_type, *SyntaxWarning_type,
    *RuntimeWarning_type, *FutureWarning_type, *ImportWarning_type, *UnicodeWarning_type,
    *BytesWarning_type, *ResourceWarning_type, *EncodingWarning_type, *ConnectionError_type,
    *BrokenPipeError_type, *FileNotFoundError_type, *PermissionError_type, *InterruptedError_type,
    *ChildProcessError_type, *ProcessLookupError_type, *IsADirectoryError_type,
    *NotADirectoryError_type, *FileExistsError_type, *BlockingIOError_type,
    *ConnectionResetError_type, *ConnectionRefusedError_type, *ConnectionAbortedError_type;
Type* traceback_type;

bool is_exception_instance(const Value& v) {
    return !v.is_null() && v.is_obj() && (v.type()->flags & kTypeException);
}
bool is_exception_class(const Value& v) {
    return !v.is_null() && is_instance(v, type_type) && (v.as<Type>()->flags & kTypeException);
}
bool exc_matches(const Value& exc, Type* cls) {
    return exc.type()->is_subtype(cls);
}

// ---- raising from native code ------------------------------------------------------------------

// Sets __context__ to the exception being handled, as CPython does when an exception is raised.
void chain_context(const Value& exc) {
    Value handled = interp().current_handled_exception();
    if (handled.is_null() || handled.is(exc) || !is_exception_instance(exc)) return;
    // Break a cycle that would form through the context chain.
    Value o = handled;
    while (true) {
        Value ctx = as_exc(o)->context;
        if (ctx.is_null()) break;
        if (ctx.is(exc)) {
            as_exc(o)->context = Value();
            break;
        }
        o = ctx;
    }
    as_exc(exc)->context = handled;
}

Value new_exception(Type* type, std::string_view msg) {
    Value args = new_tuple({new_str(msg)});
    Value e = make<ExceptionObject>(type);
    as_exc(e)->args = args;
    if (type->is_subtype(StopIteration_type)) as_exc(e)->value = (*as_tuple(args))[0];
    return e;
}

Value new_exception(Type* type, std::initializer_list<Value> args) {
    if ((type->flags & kTypeHeap) || type->is_subtype(BaseExceptionGroup_type)) {
        CallArgs a;
        a.args = args.begin();
        a.nargs = args.size();
        return call(Value::borrow(type), a);
    }
    Value e = make<ExceptionObject>(type);
    as_exc(e)->args = new_tuple(args);
    if (type->is_subtype(StopIteration_type))
        as_exc(e)->value = args.size() ? *args.begin() : none();
    if (type->is_subtype(SystemExit_type))
        as_exc(e)->value = args.size() == 0   ? none()
                           : args.size() == 1 ? *args.begin()
                                              : as_exc(e)->args;
    if (type == KeyError_type && args.size()) as_exc(e)->extra = *args.begin();
    return e;
}

void raise(Value exc) {
    chain_context(exc);
    throw PyError(std::move(exc));
}
void raise(Type* type, std::string_view msg) {
    raise(new_exception(type, msg));
}
void raise_type_error(std::string_view msg) {
    raise(TypeError_type, msg);
}
void raise_value_error(std::string_view msg) {
    raise(ValueError_type, msg);
}
void raise_index_error(std::string_view msg) {
    raise(IndexError_type, msg);
}
void raise_key_error(const Value& key) {
    raise(new_exception(KeyError_type, {key}));
}
void raise_overflow_error(std::string_view msg) {
    raise(OverflowError_type, msg);
}
void raise_zero_division(std::string_view msg) {
    raise(ZeroDivisionError_type, msg);
}
void raise_runtime_error(std::string_view msg) {
    raise(RuntimeError_type, msg);
}
void raise_memory_error() {
    raise(new_exception(MemoryError_type, {}));
}
void raise_stop_iteration(Value v) {
    raise(new_exception(StopIteration_type, {std::move(v)}));
}
// CPython names a type by its tp_name here: for the types of C accelerator modules (_asyncio,
// _thread, _io...) that is "module.Name", e.g. '_asyncio.Task'.
static std::string type_object_name(const Type* t) {
    if (!(t->flags & kTypeHeap) && t->module.size() > 1 && t->module[0] == '_')
        return t->module + "." + t->name;
    return t->name;
}

void raise_attribute_error(const Value& obj, StrObject* name) {
    std::string msg;
    if (is_instance(obj, type_type))
        msg = fmt("type object '%s' has no attribute '%s'",
                  type_object_name(obj.as<Type>()).c_str(), name->s.c_str());
    else if (is_instance(obj, module_type))
        msg = module_attribute_error_message(obj, name);
    else
        msg = fmt("'%s' object has no attribute '%s'", type_name(obj).c_str(), name->s.c_str());
    Value e = new_exception(AttributeError_type, msg);
    as_exc(e)->extra = Value::borrow(name);
    as_exc(e)->value = obj;
    raise(e);
}

Value stop_iteration_value(const Value& exc) {
    Value v = as_exc(exc)->value;
    return v.is_null() ? none() : v;
}

void traceback_add(const Value& exc, const Value& code, uint32_t lasti, int lineno) {
    if (!is_exception_instance(exc)) return;
    Value tb = make<TracebackObject>(traceback_type);
    auto* t = tb.as<TracebackObject>();
    t->next = as_exc(exc)->traceback;
    t->code = code;
    t->lasti = lasti;
    t->lineno = lineno;
    as_exc(exc)->traceback = tb;
}

Value make_raisable(const Value& v, bool is_cause) {
    if (is_exception_class(v)) {
        Value inst = call(v, {});
        if (!is_exception_instance(inst))
            raise_type_error(
                fmt("calling %s should have returned an instance of BaseException, not %s",
                    repr_utf8(v).c_str(), type_name(inst).c_str()));
        return inst;
    }
    if (is_exception_instance(v)) return v;
    if (is_cause) raise_type_error("exception causes must derive from BaseException");
    raise_type_error("exceptions must derive from BaseException");
}

// ---- BaseException ---------------------------------------------------------------------------

namespace {

Value* exc_dict(const Value& v) {
    return &as_exc(v)->dict;
}

Value base_exc_new(Type* t, CallArgs& a) {
    Value e = make<ExceptionObject>(t);
    as_exc(e)->args = new_tuple(a.args, a.nargs);
    return e;
}

void set_payload(const Value& self) {
    auto* e = as_exc(self);
    TupleObject* args = as_tuple(e->args);
    Type* t = self.type();
    if (t->is_subtype(StopIteration_type)) e->value = args->n ? (*args)[0] : none();
    if (t->is_subtype(SystemExit_type))
        e->value = args->n == 0 ? none() : args->n == 1 ? (*args)[0] : e->args;
}

void base_exc_init(const Value& self, CallArgs& a) {
    if (a.nkw() && !(self.type()->flags & kTypeHeap))
        raise_type_error(fmt("%s() takes no keyword arguments", type_name(self).c_str()));
    as_exc(self)->args = new_tuple(a.args, a.nargs);
    set_payload(self);
}

Value m_exc_init(CallArgs& a) {
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, nullptr};
    base_exc_init(a.args[0], rest);
    return none();
}

Value base_exc_str(const Value& v) {
    TupleObject* args = as_tuple(as_exc(v)->args);
    if (args->n == 0) return empty_str();
    if (args->n == 1) return str((*args)[0]);
    return str(as_exc(v)->args);
}

Value base_exc_repr(const Value& v) {
    TupleObject* args = as_tuple(as_exc(v)->args);
    std::string name = v.type()->name;
    if (args->n == 1) return new_str(name + "(" + repr_utf8((*args)[0]) + ")");
    if (args->n == 0) return new_str(name + "()");
    return new_str(name + repr_utf8(as_exc(v)->args));
}

Value key_error_str(const Value& v) {
    TupleObject* args = as_tuple(as_exc(v)->args);
    if (args->n == 1) return repr((*args)[0]);
    return base_exc_str(v);
}

Value get_args(const Value& v) {
    return as_exc(v)->args;
}
void set_args(const Value& v, const Value& a) {
    as_exc(v)->args = new_tuple(to_vector(a));
}
Value get_tb(const Value& v) {
    return as_exc(v)->traceback.is_null() ? none() : as_exc(v)->traceback;
}
void set_tb(const Value& v, const Value& tb) {
    if (!is_none(tb) && tb.type() != traceback_type)
        raise_type_error("__traceback__ must be a traceback or None");
    as_exc(v)->traceback = is_none(tb) ? Value() : tb;
}
Value get_cause(const Value& v) {
    return as_exc(v)->cause.is_null() ? none() : as_exc(v)->cause;
}
void set_cause(const Value& v, const Value& c) {
    if (!is_none(c) && !is_exception_instance(c))
        raise_type_error("exception cause must be None or derive from BaseException");
    as_exc(v)->cause = is_none(c) ? Value() : c;
    as_exc(v)->suppress_context = true;
}
Value get_context(const Value& v) {
    return as_exc(v)->context.is_null() ? none() : as_exc(v)->context;
}
void set_context(const Value& v, const Value& c) {
    if (!is_none(c) && !is_exception_instance(c))
        raise_type_error("exception context must be None or derive from BaseException");
    as_exc(v)->context = is_none(c) ? Value() : c;
}
Value get_suppress(const Value& v) {
    return py_bool(as_exc(v)->suppress_context);
}
void set_suppress(const Value& v, const Value& s) {
    as_exc(v)->suppress_context = truthy(s);
}

Value exc_getattr(const Value& v, StrObject* name) {
    auto* e = as_exc(v);
    const std::string& n = name->s;
    if (n == "__notes__") {
        if (!e->dict.is_null())
            if (Value* nv = as_dict(e->dict)->find_str(name)) return *nv;
        return Value();
    }
    Type* t = v.type();
    if (n == "value" && t->is_subtype(StopIteration_type)) return stop_iteration_value(v);
    if (n == "code" && t->is_subtype(SystemExit_type))
        return e->value.is_null() ? none() : e->value;
    if (n == "name" && (t->is_subtype(NameError_type) || t->is_subtype(AttributeError_type) ||
                        t->is_subtype(ImportError_type))) {
        if (!e->dict.is_null())
            if (Value* nv = as_dict(e->dict)->find_str(name)) return *nv;
        return e->extra.is_null() ? none() : e->extra;
    }
    if (n == "obj" && t->is_subtype(AttributeError_type))
        return e->value.is_null() ? none() : e->value;
    if (n == "msg" && t->is_subtype(ImportError_type)) {
        TupleObject* args = as_tuple(e->args);
        return args->n ? (*args)[0] : none();
    }
    if (n == "path" && t->is_subtype(ImportError_type)) return none();
    if (t->is_subtype(OSError_type) && (n == "errno" || n == "strerror" || n == "filename")) {
        TupleObject* args = as_tuple(e->args);
        if (args->n >= 2 && n == "errno") return (*args)[0];
        if (args->n >= 2 && n == "strerror") return (*args)[1];
        return none();
    }
    if (t->is_subtype(BaseExceptionGroup_type)) {
        if (n == "message") return e->value;
        if (n == "exceptions") return e->extra;
    }
    return generic_getattr(v, name);
}

void exc_setattr(const Value& v, StrObject* name, const Value& val) {
    auto* e = as_exc(v);
    Type* t = v.type();
    if (name->s == "value" && t->is_subtype(StopIteration_type)) {
        e->value = val;
        return;
    }
    if (name->s == "code" && t->is_subtype(SystemExit_type)) {
        e->value = val;
        return;
    }
    generic_setattr(v, name, val);
}

Value m_with_traceback(CallArgs& a) {
    check_nargs(a, "with_traceback", 2, 2);
    set_tb(a.args[0], a.args[1]);
    return a.args[0];
}

Value m_add_note(CallArgs& a) {
    check_nargs(a, "add_note", 2, 2);
    if (!is_str(a.args[1]))
        raise_type_error(fmt("note must be a str, not '%s'", type_name(a.args[1]).c_str()));
    Value self = a.args[0];
    Value notes = getattr_opt(self, intern("__notes__"));
    if (notes.is_null()) {
        notes = new_list();
        setattr(self, intern("__notes__"), notes);
    } else if (!is_list_like(notes)) {
        raise_type_error("Cannot add note: __notes__ is not a list");
    }
    list_append(notes, a.args[1]);
    return none();
}

Value m_exc_reduce(CallArgs& a) {
    return new_tuple({Value::borrow(a.args[0].type()), as_exc(a.args[0])->args});
}

// ---- exception groups ------------------------------------------------------------------------

Value eg_new(Type* t, CallArgs& a) {
    if (a.nkw()) raise_type_error(fmt("%s() takes no keyword arguments", t->name.c_str()));
    if (a.nargs != 2)
        raise_type_error(
            fmt("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", a.nargs));
    Value msg = a.args[0];
    Value excs = a.args[1];
    if (!is_str(msg))
        raise_type_error(fmt("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                             type_name(msg).c_str()));
    if (!is_list_like(excs) && !is_tuple_like(excs) && !excs.type()->getitem)
        raise_type_error("second argument (exceptions) must be a sequence");
    std::vector<Value> items = to_vector(excs);
    if (items.empty())
        raise_value_error("second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_exception_instance(items[i]))
            raise_value_error(
                fmt("Item %zu of second argument (exceptions) is not an exception", i));
        if (!items[i].type()->is_subtype(Exception_type)) all_exc = false;
    }
    Type* cls = t;
    if (cls == BaseExceptionGroup_type) {
        if (all_exc) cls = ExceptionGroup_type;
    } else if (cls == ExceptionGroup_type) {
        if (!all_exc) raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exc && cls->is_subtype(Exception_type)) {
        raise_type_error(fmt("Cannot nest BaseExceptions in '%s'", cls->name.c_str()));
    }
    Value e = make<ExceptionObject>(cls);
    auto* eo = as_exc(e);
    eo->args = new_tuple({msg, excs});
    eo->value = msg;
    eo->extra = new_tuple(std::move(items));
    return e;
}

void eg_init(const Value&, CallArgs&) {}

Value eg_str(const Value& v) {
    auto* e = as_exc(v);
    size_t n = as_tuple(e->extra)->n;
    return new_str(
        fmt("%s (%zu sub-exception%s)", as_str(e->value)->s.c_str(), n, n == 1 ? "" : "s"));
}

Value eg_repr(const Value& v) {
    auto* e = as_exc(v);
    TupleObject* args = as_tuple(e->args);
    return new_str(v.type()->name + "(" + repr_utf8((*args)[0]) + ", " + repr_utf8((*args)[1]) +
                   ")");
}

Value eg_derive(const Value& eg, const Value& excs) {
    Value r = call_method(eg, intern("derive"), {excs});
    if (!is_exception_instance(r) || !r.type()->is_subtype(BaseExceptionGroup_type))
        raise_type_error("derive must return an instance of BaseExceptionGroup");
    return r;
}

void copy_metadata(const Value& from, const Value& to) {
    as_exc(to)->traceback = as_exc(from)->traceback;
    as_exc(to)->cause = as_exc(from)->cause;
    as_exc(to)->context = as_exc(from)->context;
    as_exc(to)->suppress_context = as_exc(from)->suppress_context;
    Value notes = getattr_opt(from, intern("__notes__"));
    if (!notes.is_null()) setattr(to, intern("__notes__"), notes);
}

enum class Matcher { Type, Predicate, Instances };

bool matches(const Value& exc, const Value& cond, Matcher kind) {
    switch (kind) {
    case Matcher::Type: return exc_matches_spec(exc, cond);
    case Matcher::Predicate: return truthy(call(cond, {exc}));
    case Matcher::Instances: return contains(cond, exc);
    }
    return false;
}

// Splits `exc` into the part matching `cond` and the rest, keeping the group structure.
std::pair<Value, Value> split_rec(const Value& exc, const Value& cond, Matcher kind,
                                  bool want_rest) {
    if (matches(exc, cond, kind)) return {exc, Value()};
    if (!exc.type()->is_subtype(BaseExceptionGroup_type))
        return {Value(), want_rest ? exc : Value()};
    std::vector<Value> match_list, rest_list;
    TupleObject* excs = as_tuple(as_exc(exc)->extra);
    for (size_t i = 0; i < excs->n; ++i) {
        auto [m, r] = split_rec((*excs)[i], cond, kind, want_rest);
        if (!m.is_null()) match_list.push_back(m);
        if (!r.is_null()) rest_list.push_back(r);
    }
    Value m, r;
    if (!match_list.empty()) {
        m = eg_derive(exc, new_list(std::move(match_list)));
        copy_metadata(exc, m);
    }
    if (want_rest && !rest_list.empty()) {
        r = eg_derive(exc, new_list(std::move(rest_list)));
        copy_metadata(exc, r);
    }
    return {m, r};
}

// get_matcher_type: a callable that is not a class is a predicate.
Matcher matcher_for(const Value& cond) {
    if (is_callable(cond) && !is_instance(cond, type_type)) return Matcher::Predicate;
    if (is_exception_class(cond)) return Matcher::Type;
    if (is_tuple(cond)) {
        TupleObject* t = as_tuple(cond);
        bool all = true;
        for (size_t i = 0; i < t->n; ++i) all &= is_exception_class((*t)[i]);
        if (all) return Matcher::Type;
    }
    raise_type_error("expected a function, exception type or tuple of exception types");
}

Value m_eg_split(CallArgs& a) {
    check_nargs(a, "split", 2, 2);
    Matcher k = matcher_for(a.args[1]);
    auto [m, r] = split_rec(a.args[0], a.args[1], k, true);
    return new_tuple({m.is_null() ? none() : m, r.is_null() ? none() : r});
}
Value m_eg_subgroup(CallArgs& a) {
    check_nargs(a, "subgroup", 2, 2);
    Matcher k = matcher_for(a.args[1]);
    auto [m, r] = split_rec(a.args[0], a.args[1], k, false);
    return m.is_null() ? none() : m;
}
Value m_eg_derive(CallArgs& a) {
    check_nargs(a, "derive", 2, 2);
    return call(Value::borrow(BaseExceptionGroup_type), {as_exc(a.args[0])->value, a.args[1]});
}

void collect_leaves(const Value& exc, std::vector<Value>& out) {
    if (exc.type()->is_subtype(BaseExceptionGroup_type)) {
        TupleObject* excs = as_tuple(as_exc(exc)->extra);
        for (size_t i = 0; i < excs->n; ++i) collect_leaves((*excs)[i], out);
    } else {
        out.push_back(exc);
    }
}

// ---- traceback objects -----------------------------------------------------------------------

Value tb_getattr(const Value& v, StrObject* name) {
    auto* t = v.as<TracebackObject>();
    if (name->s == "tb_next") return t->next.is_null() ? none() : t->next;
    // Library modules report CPython's line numbers, as in printed tracebacks.
    int line = reported_line(t->code.as<CodeObject>(), t->lineno);
    if (name->s == "tb_lineno") return new_int(line);
    if (name->s == "tb_lasti") return new_int(static_cast<int64_t>(t->lasti) * 2);
    if (name->s == "tb_frame") return new_code_frame_view(t->code, line);
    return generic_getattr(v, name);
}

Type* exc_type(const char* name, Type* base) {
    Type* t = new_builtin_type(name, base, kTypeBase | kTypeException);
    return t;
}

} // namespace

bool exc_matches_spec(const Value& exc, const Value& spec) {
    if (is_tuple(spec)) {
        TupleObject* t = as_tuple(spec);
        for (size_t i = 0; i < t->n; ++i)
            if (exc_matches_spec(exc, (*t)[i])) return true;
        return false;
    }
    return is_instance(spec, type_type) && exc.type()->is_subtype(spec.as<Type>());
}

void check_except_type(const Value& t, bool star) {
    auto check_one = [&](const Value& x) {
        if (!is_exception_class(x)) {
            if (star)
                raise_type_error(
                    "catching classes that do not inherit from BaseException is not allowed");
            raise_type_error(
                "catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && x.as<Type>()->is_subtype(BaseExceptionGroup_type))
            raise_type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
    };
    if (is_tuple(t)) {
        TupleObject* tt = as_tuple(t);
        for (size_t i = 0; i < tt->n; ++i) check_one((*tt)[i]);
    } else {
        check_one(t);
    }
}

Value exception_group_wrap(const Value& exc) {
    Value eg = call(Value::borrow(BaseExceptionGroup_type), {empty_str(), new_tuple({exc})});
    return eg;
}

std::pair<Value, Value> exception_group_split(const Value& eg, const Value& match_type) {
    if (!eg.type()->is_subtype(BaseExceptionGroup_type)) {
        // A naked exception: wrapped in a group when it matches.
        if (exc_matches_spec(eg, match_type)) {
            Value wrapped = exception_group_wrap(eg);
            as_exc(wrapped)->traceback = as_exc(eg)->traceback;
            return {wrapped, none()};
        }
        return {none(), eg};
    }
    auto [m, r] = split_rec(eg, match_type, Matcher::Type, true);
    return {m.is_null() ? none() : m, r.is_null() ? none() : r};
}

Value prep_reraise_star(const Value& orig, const Value& excs_list) {
    std::vector<Value> excs = to_vector(excs_list);
    size_t n = 0;
    for (const Value& e : excs)
        if (!is_none(e)) ++n;
    if (n == 0) return none();
    if (!orig.type()->is_subtype(BaseExceptionGroup_type)) {
        for (const Value& e : excs)
            if (!is_none(e)) return e;
    }
    std::vector<Value> raised, reraised;
    for (const Value& e : excs) {
        if (is_none(e)) continue;
        auto* x = as_exc(e);
        auto* o = as_exc(orig);
        bool same =
            x->traceback.is(o->traceback) && x->cause.is(o->cause) && x->context.is(o->context);
        (same ? reraised : raised).push_back(e);
    }
    // The re-raised parts projected back onto the original group's structure.
    Value reraised_eg;
    if (!reraised.empty()) {
        std::vector<Value> leaves;
        for (const Value& r : reraised) collect_leaves(r, leaves);
        Value leaf_list = new_list(std::move(leaves));
        auto [m, rest] = split_rec(orig, leaf_list, Matcher::Instances, false);
        reraised_eg = m;
    }
    if (raised.empty()) return reraised_eg.is_null() ? none() : reraised_eg;
    // 3.11 groups what the handlers raised even when there is only one.
    if (!reraised_eg.is_null()) raised.push_back(reraised_eg);
    return call(Value::borrow(BaseExceptionGroup_type), {empty_str(), new_list(std::move(raised))});
}

void init_exception_types() {
    BaseException_type = new_builtin_type("BaseException", object_type, kTypeBase | kTypeException);
    BaseException_type->tp_new = base_exc_new;
    BaseException_type->tp_init = base_exc_init;
    BaseException_type->str = base_exc_str;
    BaseException_type->repr = base_exc_repr;
    BaseException_type->getattr = exc_getattr;
    BaseException_type->setattr = exc_setattr;
    BaseException_type->dict_offset_fn = exc_dict;
    add_method(BaseException_type, "__init__", m_exc_init);
    add_method(BaseException_type, "with_traceback", m_with_traceback);
    add_method(BaseException_type, "add_note", m_add_note);
    add_method(BaseException_type, "__reduce__", m_exc_reduce);
    add_getset(BaseException_type, "args", get_args, set_args);
    add_getset(BaseException_type, "__traceback__", get_tb, set_tb);
    add_getset(BaseException_type, "__cause__", get_cause, set_cause);
    add_getset(BaseException_type, "__context__", get_context, set_context);
    add_getset(BaseException_type, "__suppress_context__", get_suppress, set_suppress);

    Exception_type = exc_type("Exception", BaseException_type);
    GeneratorExit_type = exc_type("GeneratorExit", BaseException_type);
    KeyboardInterrupt_type = exc_type("KeyboardInterrupt", BaseException_type);
    SystemExit_type = exc_type("SystemExit", BaseException_type);
    BaseExceptionGroup_type = exc_type("BaseExceptionGroup", BaseException_type);
    BaseExceptionGroup_type->tp_new = eg_new;
    BaseExceptionGroup_type->tp_init = eg_init;
    BaseExceptionGroup_type->str = eg_str;
    BaseExceptionGroup_type->repr = eg_repr;
    add_method(BaseExceptionGroup_type, "split", m_eg_split);
    add_method(BaseExceptionGroup_type, "subgroup", m_eg_subgroup);
    add_method(BaseExceptionGroup_type, "derive", m_eg_derive);
    // ExceptionGroup(BaseExceptionGroup, Exception): loopstep's types have one base, so the MRO
    // is spelled out to make isinstance(eg, Exception) hold as in CPython.
    ExceptionGroup_type = exc_type("ExceptionGroup", BaseExceptionGroup_type);
    ExceptionGroup_type->mro = {ExceptionGroup_type, BaseExceptionGroup_type, Exception_type,
                                BaseException_type, object_type};

    ArithmeticError_type = exc_type("ArithmeticError", Exception_type);
    FloatingPointError_type = exc_type("FloatingPointError", ArithmeticError_type);
    OverflowError_type = exc_type("OverflowError", ArithmeticError_type);
    ZeroDivisionError_type = exc_type("ZeroDivisionError", ArithmeticError_type);
    AssertionError_type = exc_type("AssertionError", Exception_type);
    AttributeError_type = exc_type("AttributeError", Exception_type);
    BufferError_type = exc_type("BufferError", Exception_type);
    EOFError_type = exc_type("EOFError", Exception_type);
    ImportError_type = exc_type("ImportError", Exception_type);
    ModuleNotFoundError_type = exc_type("ModuleNotFoundError", ImportError_type);
    LookupError_type = exc_type("LookupError", Exception_type);
    IndexError_type = exc_type("IndexError", LookupError_type);
    KeyError_type = exc_type("KeyError", LookupError_type);
    KeyError_type->str = key_error_str;
    MemoryError_type = exc_type("MemoryError", Exception_type);
    NameError_type = exc_type("NameError", Exception_type);
    UnboundLocalError_type = exc_type("UnboundLocalError", NameError_type);
    OSError_type = exc_type("OSError", Exception_type);
    BlockingIOError_type = exc_type("BlockingIOError", OSError_type);
    ChildProcessError_type = exc_type("ChildProcessError", OSError_type);
    ConnectionError_type = exc_type("ConnectionError", OSError_type);
    BrokenPipeError_type = exc_type("BrokenPipeError", ConnectionError_type);
    ConnectionAbortedError_type = exc_type("ConnectionAbortedError", ConnectionError_type);
    ConnectionRefusedError_type = exc_type("ConnectionRefusedError", ConnectionError_type);
    ConnectionResetError_type = exc_type("ConnectionResetError", ConnectionError_type);
    FileExistsError_type = exc_type("FileExistsError", OSError_type);
    FileNotFoundError_type = exc_type("FileNotFoundError", OSError_type);
    InterruptedError_type = exc_type("InterruptedError", OSError_type);
    IsADirectoryError_type = exc_type("IsADirectoryError", OSError_type);
    NotADirectoryError_type = exc_type("NotADirectoryError", OSError_type);
    PermissionError_type = exc_type("PermissionError", OSError_type);
    ProcessLookupError_type = exc_type("ProcessLookupError", OSError_type);
    TimeoutError_type = exc_type("TimeoutError", OSError_type);
    ReferenceError_type = exc_type("ReferenceError", Exception_type);
    RuntimeError_type = exc_type("RuntimeError", Exception_type);
    NotImplementedError_type = exc_type("NotImplementedError", RuntimeError_type);
    RecursionError_type = exc_type("RecursionError", RuntimeError_type);
    StopAsyncIteration_type = exc_type("StopAsyncIteration", Exception_type);
    StopIteration_type = exc_type("StopIteration", Exception_type);
    SyntaxError_type = exc_type("SyntaxError", Exception_type);
    IndentationError_type = exc_type("IndentationError", SyntaxError_type);
    TabError_type = exc_type("TabError", IndentationError_type);
    SystemError_type = exc_type("SystemError", Exception_type);
    TypeError_type = exc_type("TypeError", Exception_type);
    ValueError_type = exc_type("ValueError", Exception_type);
    UnicodeError_type = exc_type("UnicodeError", ValueError_type);
    UnicodeDecodeError_type = exc_type("UnicodeDecodeError", UnicodeError_type);
    UnicodeEncodeError_type = exc_type("UnicodeEncodeError", UnicodeError_type);
    Warning_type = exc_type("Warning", Exception_type);
    BytesWarning_type = exc_type("BytesWarning", Warning_type);
    DeprecationWarning_type = exc_type("DeprecationWarning", Warning_type);
    EncodingWarning_type = exc_type("EncodingWarning", Warning_type);
    FutureWarning_type = exc_type("FutureWarning", Warning_type);
    ImportWarning_type = exc_type("ImportWarning", Warning_type);
    PendingDeprecationWarning_type = exc_type("PendingDeprecationWarning", Warning_type);
    ResourceWarning_type = exc_type("ResourceWarning", Warning_type);
    RuntimeWarning_type = exc_type("RuntimeWarning", Warning_type);
    SyntaxWarning_type = exc_type("SyntaxWarning", Warning_type);
    UnicodeWarning_type = exc_type("UnicodeWarning", Warning_type);
    UserWarning_type = exc_type("UserWarning", Warning_type);

    traceback_type = new_builtin_type("traceback", object_type, 0);
    traceback_type->tp_new = nullptr;
    traceback_type->getattr = tb_getattr;
}

// Every exception class, for the builtins module.
std::vector<Type*> all_exception_types() {
    return {BaseException_type,
            Exception_type,
            BaseExceptionGroup_type,
            ExceptionGroup_type,
            GeneratorExit_type,
            KeyboardInterrupt_type,
            SystemExit_type,
            ArithmeticError_type,
            FloatingPointError_type,
            OverflowError_type,
            ZeroDivisionError_type,
            AssertionError_type,
            AttributeError_type,
            BufferError_type,
            EOFError_type,
            ImportError_type,
            ModuleNotFoundError_type,
            LookupError_type,
            IndexError_type,
            KeyError_type,
            MemoryError_type,
            NameError_type,
            UnboundLocalError_type,
            OSError_type,
            BlockingIOError_type,
            ChildProcessError_type,
            ConnectionError_type,
            BrokenPipeError_type,
            ConnectionAbortedError_type,
            ConnectionRefusedError_type,
            ConnectionResetError_type,
            FileExistsError_type,
            FileNotFoundError_type,
            InterruptedError_type,
            IsADirectoryError_type,
            NotADirectoryError_type,
            PermissionError_type,
            ProcessLookupError_type,
            TimeoutError_type,
            ReferenceError_type,
            RuntimeError_type,
            NotImplementedError_type,
            RecursionError_type,
            StopAsyncIteration_type,
            StopIteration_type,
            SyntaxError_type,
            IndentationError_type,
            TabError_type,
            SystemError_type,
            TypeError_type,
            ValueError_type,
            UnicodeError_type,
            UnicodeDecodeError_type,
            UnicodeEncodeError_type,
            Warning_type,
            BytesWarning_type,
            DeprecationWarning_type,
            EncodingWarning_type,
            FutureWarning_type,
            ImportWarning_type,
            PendingDeprecationWarning_type,
            ResourceWarning_type,
            RuntimeWarning_type,
            SyntaxWarning_type,
            UnicodeWarning_type,
            UserWarning_type};
}

} // namespace loopstep::py
