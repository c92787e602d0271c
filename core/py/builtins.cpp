// The builtins module: print, len, isinstance, min/max/sum/sorted, iter/next, getattr and
// friends, __build_class__ (what a class statement calls), and the built-in types and exception
// classes under their names. Functions that would reach the machine (open, input, exec) refuse
// with a clear message: scenario files are untrusted.
#include "core/py/builtins.h"

#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/format.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/builtin_iters.h"
#include "core/py/module.h"
#include "core/py/set.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>

namespace loopstep::py {

std::vector<Type*> all_exception_types();

namespace {

// ---- output -------------------------------------------------------------------------------------

Value sys_attr(const char* name) {
    Value sys = interp().sys_module;
    if (sys.is_null()) return Value();
    return getattr_opt(sys, intern(name));
}

void write_to(const Value& file, const std::string& text) {
    if (file.is_null() || is_none(file)) return;
    if (file.type() == textio_type) {
        textio_write(file, text);
        return;
    }
    call_method(file, intern("write"), {new_str(text)});
}

Value b_print(CallArgs& a) {
    Value sep, end, file, flush;
    if (a.kwnames) {
        for (size_t i = 0; i < a.kwnames->n; ++i) {
            const std::string& k = as_str((*a.kwnames)[i])->s;
            const Value& v = a.args[a.nargs + i];
            if (k == "sep") sep = v;
            else if (k == "end") end = v;
            else if (k == "file") file = v;
            else if (k == "flush") flush = v;
            else raise_type_error(fmt("'%s' is an invalid keyword argument for print()", k.c_str()));
        }
    }
    if (!sep.is_null() && !is_none(sep) && !is_str_like(sep))
        raise_type_error(fmt("sep must be None or a string, not %s", type_name(sep).c_str()));
    if (!end.is_null() && !is_none(end) && !is_str_like(end))
        raise_type_error(fmt("end must be None or a string, not %s", type_name(end).c_str()));
    if (file.is_null() || is_none(file)) file = sys_attr("stdout");
    std::string s = sep.is_null() || is_none(sep) ? " " : as_str(sep)->s;
    std::string e = end.is_null() || is_none(end) ? "\n" : as_str(end)->s;
    if (file.type() == textio_type) {
        std::string out;
        for (size_t i = 0; i < a.nargs; ++i) {
            if (i) out += s;
            out += as_str(str(a.args[i]))->s;
        }
        out += e;
        textio_write(file, out);
        return none();
    }
    for (size_t i = 0; i < a.nargs; ++i) {
        if (i) write_to(file, s);
        write_to(file, as_str(str(a.args[i]))->s);
    }
    write_to(file, e);
    if (!flush.is_null() && truthy(flush)) call_method_opt(file, intern("flush"), {});
    return none();
}

// ---- simple functions -----------------------------------------------------------------------------

Value b_len(CallArgs& a) {
    check_no_kwargs(a, "len");
    check_nargs(a, "len", 1, 1);
    return new_int(length(a.args[0]));
}

Value b_repr(CallArgs& a) {
    check_nargs(a, "repr", 1, 1);
    return repr(a.args[0]);
}

Value b_ascii(CallArgs& a) {
    check_nargs(a, "ascii", 1, 1);
    return ascii_of(a.args[0]);
}

Value b_id(CallArgs& a) {
    check_nargs(a, "id", 1, 1);
    const Value& v = a.args[0];
    if (v.is_small()) return new_int(static_cast<int64_t>(0x7f3a00000000ull + static_cast<uint64_t>(v.small()) * 32));
    return new_int(static_cast<int64_t>(object_id(v.obj())));
}

Value b_hash(CallArgs& a) {
    check_nargs(a, "hash", 1, 1);
    return new_int(hash(a.args[0]));
}

// A class deriving from abc.ABC (see Interp::abc_root).
bool is_abc_class(Type* t) {
    const Value& root = interp().abc_root;
    return !root.is_null() && (t->flags & kTypeHeap) && t->is_subtype(root.as<Type>());
}

bool isinstance_impl(const Value& obj, const Value& cls) {
    if (is_tuple(cls)) {
        TupleObject* t = as_tuple(cls);
        for (size_t i = 0; i < t->n; ++i)
            if (isinstance_impl(obj, (*t)[i])) return true;
        return false;
    }
    if (!is_instance(cls, type_type)) {
        Value check = cls.type()->lookup_value(intern("__instancecheck__"));
        if (!check.is_null()) return truthy(call(bind_special(check, cls), {obj}));
        raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    Type* t = cls.as<Type>();
    if (obj.type()->is_subtype(t)) return true;
    if (is_abc_class(t)) return truthy(call(getattr(cls, intern("__instancecheck__")), {obj}));
    // An object whose __class__ claims the type (e.g. proxies) also counts.
    Value c = getattr_opt(obj, intern("__class__"));
    if (!c.is_null() && is_instance(c, type_type) && c.as<Type>()->is_subtype(t)) return true;
    return false;
}

Value b_isinstance(CallArgs& a) {
    check_nargs(a, "isinstance", 2, 2);
    return py_bool(isinstance_impl(a.args[0], a.args[1]));
}

bool issubclass_impl(const Value& sub, const Value& cls) {
    if (is_tuple(cls)) {
        TupleObject* t = as_tuple(cls);
        for (size_t i = 0; i < t->n; ++i)
            if (issubclass_impl(sub, (*t)[i])) return true;
        return false;
    }
    if (!is_instance(cls, type_type)) {
        Value check = cls.type()->lookup_value(intern("__subclasscheck__"));
        if (!check.is_null()) return truthy(call(bind_special(check, cls), {sub}));
        raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (!is_instance(sub, type_type)) raise_type_error("issubclass() arg 1 must be a class");
    if (sub.as<Type>()->is_subtype(cls.as<Type>())) return true;
    if (is_abc_class(cls.as<Type>()))
        return truthy(call(getattr(cls, intern("__subclasscheck__")), {sub}));
    return false;
}

Value b_issubclass(CallArgs& a) {
    check_nargs(a, "issubclass", 2, 2);
    return py_bool(issubclass_impl(a.args[0], a.args[1]));
}

StrObject* attr_name(const Value& v, const char* fname) {
    if (!is_str_like(v))
        raise_type_error(fmt("attribute name must be string, not '%s'", type_name(v).c_str()));
    (void)fname;
    return intern(as_str(v)->s);
}

Value b_getattr(CallArgs& a) {
    check_nargs(a, "getattr", 2, 3);
    StrObject* name = attr_name(a.args[1], "getattr");
    if (a.nargs == 3) {
        try {
            Value r = getattr_opt(a.args[0], name);
            if (!r.is_null()) return r;
        } catch (PyError& e) {
            if (!exc_matches(e.exc, AttributeError_type)) throw;
        }
        return a.args[2];
    }
    return getattr(a.args[0], name);
}

Value b_setattr(CallArgs& a) {
    check_nargs(a, "setattr", 3, 3);
    setattr(a.args[0], attr_name(a.args[1], "setattr"), a.args[2]);
    return none();
}

Value b_delattr(CallArgs& a) {
    check_nargs(a, "delattr", 2, 2);
    delattr(a.args[0], attr_name(a.args[1], "delattr"));
    return none();
}

Value b_hasattr(CallArgs& a) {
    check_nargs(a, "hasattr", 2, 2);
    return py_bool(hasattr(a.args[0], attr_name(a.args[1], "hasattr")));
}

Value b_callable(CallArgs& a) {
    check_nargs(a, "callable", 1, 1);
    return py_bool(is_callable(a.args[0]));
}

Value b_iter(CallArgs& a) {
    check_nargs(a, "iter", 1, 2);
    if (a.nargs == 2) return new_callable_iterator(a.args[0], a.args[1]);
    return get_iter(a.args[0]);
}

Value b_next(CallArgs& a) {
    check_nargs(a, "next", 1, 2);
    const Value& it = a.args[0];
    if (!it.type()->next)
        raise_type_error(fmt("'%s' object is not an iterator", type_name(it).c_str()));
    // The slot itself, not iter_next: without a default, the StopIteration it raises (with a
    // generator's return value) is what next() raises.
    Value v;
    try {
        v = it.type()->next(it);
    } catch (PyError& e) {
        if (a.nargs == 2 && exc_matches(e.exc, StopIteration_type)) return a.args[1];
        throw;
    }
    if (!v.is_null()) return v;
    if (a.nargs == 2) return a.args[1];
    raise(new_exception(StopIteration_type, {}));
}

Value b_aiter(CallArgs& a) {
    check_nargs(a, "aiter", 1, 1);
    Value m = a.args[0].type()->lookup_value(intern("__aiter__"));
    if (m.is_null()) raise_type_error(fmt("'%s' object is not an async iterable", type_name(a.args[0]).c_str()));
    return call(bind_special(m, a.args[0]), {});
}

Value b_anext(CallArgs& a) {
    check_nargs(a, "anext", 1, 2);
    Value m = a.args[0].type()->lookup_value(intern("__anext__"));
    if (m.is_null()) raise_type_error(fmt("'%s' object is not an async iterator", type_name(a.args[0]).c_str()));
    Value aw = call(bind_special(m, a.args[0]), {});
    if (a.nargs == 1) return aw;
    return new_anext_awaitable(aw, a.args[1]);
}

Value minmax(CallArgs& a, CmpOp op, const char* name) {
    Value key, dflt;
    if (a.kwnames) {
        for (size_t i = 0; i < a.kwnames->n; ++i) {
            const std::string& k = as_str((*a.kwnames)[i])->s;
            if (k == "key") key = a.args[a.nargs + i];
            else if (k == "default") dflt = a.args[a.nargs + i];
            else raise_type_error(fmt("%s() got an unexpected keyword argument '%s'", name, k.c_str()));
        }
    }
    if (!key.is_null() && is_none(key)) key = Value();
    std::vector<Value> items;
    if (a.nargs == 0) raise_type_error(fmt("%s expected at least 1 argument, got 0", name));
    if (a.nargs == 1) {
        items = to_vector(a.args[0]);
    } else {
        if (!dflt.is_null())
            raise_type_error(fmt("Cannot specify a default for %s() with multiple positional arguments", name));
        items.assign(a.args, a.args + a.nargs);
    }
    if (items.empty()) {
        if (!dflt.is_null()) return dflt;
        raise_value_error(fmt("%s() arg is an empty sequence", name));
    }
    Value best = items[0];
    Value best_key = key.is_null() ? best : call(key, {best});
    for (size_t i = 1; i < items.size(); ++i) {
        Value k = key.is_null() ? items[i] : call(key, {items[i]});
        if (compare_bool(k, best_key, op)) {
            best = items[i];
            best_key = k;
        }
    }
    return best;
}

Value b_min(CallArgs& a) { return minmax(a, CmpOp::Lt, "min"); }
Value b_max(CallArgs& a) { return minmax(a, CmpOp::Gt, "max"); }

Value b_sum(CallArgs& a) {
    Value out[2];
    parse_args(a, "sum", {"iterable", "start"}, 1, out);
    Value acc = out[1].is_null() ? Value::small_int(0) : out[1];
    if (is_str_like(acc)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (acc.type() == bytes_type) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = get_iter(out[0]);
    // Exact float accumulation as CPython (a running double while items are floats/ints).
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) break;
        if (acc.is_small() && x.is_small()) {
            int64_t r = acc.small() + x.small();
            if (Value::fits_small(r)) {
                acc = Value::small_int(r);
                continue;
            }
        }
        if (is_float(acc) && (is_float(x) || x.is_small())) {
            acc = new_float(float_value(acc) + (is_float(x) ? float_value(x) : static_cast<double>(x.small())));
            continue;
        }
        acc = binary_op(acc, x, BinOp::Add);
    }
    return acc;
}

Value b_sorted(CallArgs& a) {
    if (a.nargs != 1) raise_type_error(fmt("sorted expected 1 argument, got %zu", a.nargs));
    Value key, reverse;
    if (a.kwnames) {
        for (size_t i = 0; i < a.kwnames->n; ++i) {
            const std::string& k = as_str((*a.kwnames)[i])->s;
            if (k == "key") key = a.args[a.nargs + i];
            else if (k == "reverse") reverse = a.args[a.nargs + i];
            else raise_type_error(fmt("sort() got an unexpected keyword argument '%s'", k.c_str()));
        }
    }
    Value l = new_list(to_vector(a.args[0]));
    list_sort(as_list(l), key.is_null() || is_none(key) ? Value() : key, !reverse.is_null() && truthy(reverse));
    return l;
}

Value b_abs(CallArgs& a) {
    check_nargs(a, "abs", 1, 1);
    const Value& v = a.args[0];
    if (v.is_small()) return new_int(v.small() < 0 ? -v.small() : v.small());
    if (is_float(v)) return new_float(std::fabs(float_value(v)));
    if (is_int(v)) return new_int(int_to_big(v).abs());
    Value m = v.type()->lookup_value(intern("__abs__"));
    if (m.is_null()) raise_type_error(fmt("bad operand type for abs(): '%s'", type_name(v).c_str()));
    return call(bind_special(m, v), {});
}

Value b_round(CallArgs& a) {
    Value out[2];
    parse_args(a, "round", {"number", "ndigits"}, 1, out);
    Value m = out[0].type()->lookup_value(intern("__round__"));
    if (m.is_null())
        raise_type_error(fmt("type %s doesn't define __round__ method", type_name(out[0]).c_str()));
    if (out[1].is_null() || is_none(out[1])) return call(bind_special(m, out[0]), {});
    return call(bind_special(m, out[0]), {out[1]});
}

Value b_divmod(CallArgs& a) {
    check_nargs(a, "divmod", 2, 2);
    const Value& x = a.args[0];
    const Value& y = a.args[1];
    if ((is_int(x) || is_float_like(x)) && (is_int(y) || is_float_like(y))) {
        // float_divmod names itself where // and % would name their own operator.
        if ((is_float_like(x) || is_float_like(y)) && to_double(y) == 0.0)
            raise_zero_division("float divmod()");
        Value q = binary_op(x, y, BinOp::FloorDiv);
        Value r = binary_op(x, y, BinOp::Mod);
        return new_tuple({q, r});
    }
    Value m = x.type()->lookup_value(intern("__divmod__"));
    if (!m.is_null()) {
        Value r = call(bind_special(m, x), {y});
        if (!r.is(NotImplemented)) return r;
    }
    Value rm = y.type()->lookup_value(intern("__rdivmod__"));
    if (!rm.is_null()) {
        Value r = call(bind_special(rm, y), {x});
        if (!r.is(NotImplemented)) return r;
    }
    raise_type_error(fmt("unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(x).c_str(),
                         type_name(y).c_str()));
}

Value b_pow(CallArgs& a) {
    Value out[3];
    parse_args(a, "pow", {"base", "exp", "mod"}, 2, out);
    if (out[2].is_null() || is_none(out[2])) return binary_op(out[0], out[1], BinOp::Pow);
    if (!is_int(out[0]) || !is_int(out[1]) || !is_int(out[2]))
        raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    return new_int(int_pow_mod(int_to_big(out[0]), int_to_big(out[1]), int_to_big(out[2])));
}

Value b_any(CallArgs& a) {
    check_nargs(a, "any", 1, 1);
    Value it = get_iter(a.args[0]);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return py_bool(false);
        if (truthy(x)) return py_bool(true);
    }
}

Value b_all(CallArgs& a) {
    check_nargs(a, "all", 1, 1);
    Value it = get_iter(a.args[0]);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return py_bool(true);
        if (!truthy(x)) return py_bool(false);
    }
}

Value b_chr(CallArgs& a) {
    check_nargs(a, "chr", 1, 1);
    if (!is_int(a.args[0]))
        raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(a.args[0]).c_str()));
    int64_t c;
    if (!int_to_i64(a.args[0], c)) raise_overflow_error("Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
    std::string s;
    utf8_append(s, static_cast<uint32_t>(c));
    return new_str(s);
}

Value b_ord(CallArgs& a) {
    check_nargs(a, "ord", 1, 1);
    const Value& v = a.args[0];
    if (is_str_like(v)) {
        StrObject* s = as_str(v);
        if (s->length != 1)
            raise_type_error(fmt("ord() expected a character, but string of length %lld found",
                                 static_cast<long long>(s->length)));
        size_t p = 0;
        return new_int(utf8_decode(s->s, p));
    }
    if (v.type() == bytes_type) {
        std::string b = std::string(as_bytes(v)->view());
        if (b.size() != 1)
            raise_type_error(fmt("ord() expected a character, but string of length %zu found", b.size()));
        return new_int(static_cast<unsigned char>(b[0]));
    }
    raise_type_error(fmt("ord() expected string of length 1, but %s found", type_name(v).c_str()));
}

Value prefixed(const Value& v, int base) {
    Value i = new_int(index_value_big(v));
    return new_str_ascii(int_to_big(i).to_prefixed_string(base));
}
Value b_hex(CallArgs& a) { check_nargs(a, "hex", 1, 1); return prefixed(a.args[0], 16); }
Value b_oct(CallArgs& a) { check_nargs(a, "oct", 1, 1); return prefixed(a.args[0], 8); }
Value b_bin(CallArgs& a) { check_nargs(a, "bin", 1, 1); return prefixed(a.args[0], 2); }

Value b_format(CallArgs& a) {
    check_nargs(a, "format", 1, 2);
    return format_value(a.args[0], a.nargs > 1 ? a.args[1] : empty_str());
}

Value b_vars(CallArgs& a) {
    check_nargs(a, "vars", 0, 1);
    if (a.nargs == 0) return frame_locals_dict(interp().thread().frame);
    Value d = getattr_opt(a.args[0], intern("__dict__"));
    if (d.is_null()) raise_type_error("vars() argument must have __dict__ attribute");
    return d;
}

Value b_dir(CallArgs& a) {
    check_nargs(a, "dir", 0, 1);
    if (a.nargs == 0) {
        Value d = frame_locals_dict(interp().thread().frame);
        Value l = new_list();
        dict_for_each(as_dict(d), [&](const Value& k, const Value&) { list_append(l, k); });
        list_sort(as_list(l), Value(), false);
        return l;
    }
    const Value& o = a.args[0];
    if (is_instance(o, module_type)) {
        Value l = new_list();
        dict_for_each(as_dict(o.as<ModuleObject>()->dict), [&](const Value& k, const Value&) { list_append(l, k); });
        list_sort(as_list(l), Value(), false);
        return l;
    }
    Value m = o.type()->lookup_value(intern("__dir__"));
    Value r = call(bind_special(m, o), {});
    Value l = new_list(to_vector(r));
    list_sort(as_list(l), Value(), false);
    return l;
}

Value b_locals(CallArgs&) { return frame_locals_dict(interp().thread().frame); }
Value b_globals(CallArgs&) { return interp().thread().frame->globals; }

[[noreturn]] void sandbox_refuse(const char* what, const char* reason) {
    raise(PermissionError_type, fmt("%s is not available: loopstep scenarios have no %s", what, reason));
}
Value b_open(CallArgs&) { sandbox_refuse("open()", "file access"); }
Value b_input(CallArgs& a) {
    if (a.nargs) write_to(sys_attr("stdout"), as_str(str(a.args[0]))->s);
    raise(new_exception(EOFError_type, "EOF when reading a line"));
}
Value b_exec(CallArgs&) { raise_runtime_error("exec() and eval() are not supported by loopstep"); }

Value b_build_class(CallArgs& a) {
    if (a.nargs < 2) raise_type_error("__build_class__: not enough arguments");
    const Value& func = a.args[0];
    if (func.type() != function_type) raise_type_error("__build_class__: func must be a function");
    if (!is_str(a.args[1])) raise_type_error("__build_class__: name is not a string");
    Type* base = object_type;
    Value orig_bases;
    if (a.nargs > 2) {
        Value b = a.args[2];
        // A base that is not a class (typing.Generic[T]) names its class by __mro_entries__.
        if (!is_instance(b, type_type)) {
            Value entries = getattr_opt(b, intern("__mro_entries__"));
            if (!entries.is_null()) {
                orig_bases = new_tuple({b});
                Value r = call(entries, {orig_bases});
                if (!is_tuple(r)) raise_type_error("__mro_entries__ must return a tuple");
                if (as_tuple(r)->n > 1)
                    raise_type_error(
                        "classes with several base classes are not supported by loopstep");
                b = as_tuple(r)->n ? (*as_tuple(r))[0] : Value::borrow(object_type);
            }
        }
        if (!is_instance(b, type_type))
            raise_type_error(fmt("bases must be types, not %s", type_name(b).c_str()));
        base = b.as<Type>();
    }
    Value kwargs;
    if (a.kwnames) {
        kwargs = new_dict();
        for (size_t i = 0; i < a.kwnames->n; ++i) as_dict(kwargs)->set((*a.kwnames)[i], a.args[a.nargs + i]);
    }
    auto* fn = func.as<FunctionObject>();
    Value ns = new_dict();
    Frame* f = frame_new(fn->co(), fn->code, func, fn->globals, fn->builtins, ns);
    Value cell = interp().run_frame(f);
    if (!orig_bases.is_null()) as_dict(ns)->set_str(intern("__orig_bases__"), orig_bases);
    Value cls = new_class(as_str(a.args[1])->s, base, ns, kwargs);
    if (!cell.is_null() && cell.type() == cell_type) {
        Value* cc = as_dict(ns)->find_str(intern("__classcell__"));
        (void)cc;
    }
    return cls;
}

Value b_import(CallArgs& a) {
    Value out[5];
    parse_args(a, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, out);
    if (!is_str(out[0])) raise_type_error("__import__() argument 1 must be str");
    return import_name(as_str(out[0])->s, out[3]);
}

Value b_exit(CallArgs& a) {
    raise(new_exception(SystemExit_type, {a.nargs ? a.args[0] : none()}));
}

} // namespace

Value make_builtins_dict() {
    Value d = new_dict();
    DictObject* b = as_dict(d);
    auto fn = [&](const char* name, NativeFn f) { b->set_str(intern(name), new_native(name, f)); };
    auto ty = [&](const char* name, Type* t) { b->set_str(intern(name), Value::borrow(t)); };
    fn("print", b_print);
    fn("len", b_len);
    fn("repr", b_repr);
    fn("ascii", b_ascii);
    fn("id", b_id);
    fn("hash", b_hash);
    fn("isinstance", b_isinstance);
    fn("issubclass", b_issubclass);
    fn("getattr", b_getattr);
    fn("setattr", b_setattr);
    fn("delattr", b_delattr);
    fn("hasattr", b_hasattr);
    fn("callable", b_callable);
    fn("iter", b_iter);
    fn("next", b_next);
    fn("aiter", b_aiter);
    fn("anext", b_anext);
    fn("min", b_min);
    fn("max", b_max);
    fn("sum", b_sum);
    fn("sorted", b_sorted);
    fn("abs", b_abs);
    fn("round", b_round);
    fn("divmod", b_divmod);
    fn("pow", b_pow);
    fn("any", b_any);
    fn("all", b_all);
    fn("chr", b_chr);
    fn("ord", b_ord);
    fn("hex", b_hex);
    fn("oct", b_oct);
    fn("bin", b_bin);
    fn("format", b_format);
    fn("vars", b_vars);
    fn("dir", b_dir);
    fn("locals", b_locals);
    fn("globals", b_globals);
    fn("open", b_open);
    fn("input", b_input);
    fn("exec", b_exec);
    fn("eval", b_exec);
    fn("compile", b_exec);
    fn("__build_class__", b_build_class);
    fn("__import__", b_import);
    fn("exit", b_exit);
    fn("quit", b_exit);
    ty("object", object_type);
    ty("type", type_type);
    ty("int", int_type);
    ty("bool", bool_type);
    ty("float", float_type);
    ty("str", str_type);
    ty("bytes", bytes_type);
    ty("bytearray", bytearray_type);
    ty("tuple", tuple_type);
    ty("list", list_type);
    ty("dict", dict_type);
    ty("set", set_type);
    ty("frozenset", frozenset_type);
    ty("range", range_type);
    ty("slice", slice_type);
    ty("property", property_type);
    ty("staticmethod", staticmethod_type);
    ty("classmethod", classmethod_type);
    ty("super", super_type);
    ty("enumerate", enumerate_type);
    ty("zip", zip_type);
    ty("map", map_type);
    ty("filter", filter_type);
    ty("reversed", reversed_type);
    for (Type* t : all_exception_types()) b->set_str(intern(t->name), Value::borrow(t));
    b->set_str(intern("EnvironmentError"), Value::borrow(OSError_type));
    b->set_str(intern("IOError"), Value::borrow(OSError_type));
    b->set_str(intern("None"), none());
    b->set_str(intern("True"), py_bool(true));
    b->set_str(intern("False"), py_bool(false));
    b->set_str(intern("NotImplemented"), not_implemented());
    b->set_str(intern("Ellipsis"), Value::borrow(Ellipsis));
    b->set_str(intern("__debug__"), py_bool(true));
    b->set_str(intern("__name__"), new_str("builtins"));
    return d;
}

} // namespace loopstep::py
