// The sys module: the stdout / stderr streams (every write reaches Interp::write and so the
// recorder), argv, exit, modules, recursion limit, exc_info, the async generator hooks asyncio
// installs, and the constants programs commonly print. Values that would describe the real
// machine are fixed so that runs are reproducible.
#include "core/py/builtins.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type* textio_type;

namespace {

struct TextIOObject : Object {
    explicit TextIOObject(Type* t) : Object(t) {}
    int stream = 1;
    std::string name;
};

Value m_write(CallArgs& a) {
    check_nargs(a, "write", 2, 2);
    if (!is_str_like(a.args[1]))
        raise_type_error(fmt("write() argument must be str, not %s", type_name(a.args[1]).c_str()));
    textio_write(a.args[0], as_str(a.args[1])->s);
    return new_int(as_str(a.args[1])->length);
}
Value m_writelines(CallArgs& a) {
    check_nargs(a, "writelines", 2, 2);
    for (const Value& s : to_vector(a.args[1])) {
        if (!is_str_like(s)) raise_type_error(fmt("write() argument must be str, not %s", type_name(s).c_str()));
        textio_write(a.args[0], as_str(s)->s);
    }
    return none();
}
Value m_flush(CallArgs&) { return none(); }
Value m_false(CallArgs&) { return py_bool(false); }
Value m_true(CallArgs&) { return py_bool(true); }
Value m_fileno(CallArgs& a) { return new_int(a.args[0].as<TextIOObject>()->stream); }
Value m_read(CallArgs&) { raise(new_exception(EOFError_type, "EOF when reading a line")); }
Value textio_repr(const Value& v) {
    auto* t = v.as<TextIOObject>();
    return new_str("<_io.TextIOWrapper name='" + t->name + "' mode='" + (t->stream == 0 ? "r" : "w") +
                   "' encoding='utf-8'>");
}
Value textio_getattr(const Value& v, StrObject* name) {
    auto* t = v.as<TextIOObject>();
    if (name->s == "name") return new_str(t->name);
    if (name->s == "encoding") return new_str("utf-8");
    if (name->s == "errors") return new_str(t->stream == 2 ? "backslashreplace" : "strict");
    if (name->s == "mode") return new_str(t->stream == 0 ? "r" : "w");
    if (name->s == "closed") return py_bool(false);
    if (name->s == "line_buffering") return py_bool(false);
    return generic_getattr(v, name);
}

Value make_stream(int n, const char* name) {
    Value v = make<TextIOObject>(textio_type);
    v.as<TextIOObject>()->stream = n;
    v.as<TextIOObject>()->name = name;
    return v;
}

Value s_exit(CallArgs& a) {
    check_nargs(a, "exit", 0, 1);
    // PyErr_SetObject(SystemExit, status): None means no args, a tuple is the args, and a
    // SystemExit instance is raised as it is.
    Value status = a.nargs ? a.args[0] : none();
    if (is_none(status)) raise(call(Value::borrow(SystemExit_type), {}));
    if (is_exception_instance(status) && status.type()->is_subtype(SystemExit_type)) raise(status);
    if (is_tuple(status)) {
        TupleObject* t = as_tuple(status);
        CallArgs ca;
        ca.args = t->items();
        ca.nargs = t->n;
        raise(call(Value::borrow(SystemExit_type), ca));
    }
    raise(call(Value::borrow(SystemExit_type), {status}));
}
Value s_getrecursionlimit(CallArgs&) { return new_int(interp().limits.recursion_limit); }
Value s_setrecursionlimit(CallArgs& a) {
    check_nargs(a, "setrecursionlimit", 1, 1);
    int64_t n = index_value(a.args[0]);
    if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
    // The C++ stack bounds how deep loopstep can go; keep a margin.
    interp().limits.recursion_limit = static_cast<int>(std::min<int64_t>(n, 20000));
    return none();
}
Value s_exc_info(CallArgs&) {
    Value e = interp().current_handled_exception();
    if (e.is_null()) return new_tuple({none(), none(), none()});
    Value tb = as_exc(e)->traceback;
    return new_tuple({Value::borrow(e.type()), e, tb.is_null() ? none() : tb});
}
Value s_exception(CallArgs&) {
    Value e = interp().current_handled_exception();
    return e.is_null() ? none() : e;
}
Value s_get_asyncgen_hooks(CallArgs&) {
    ThreadState& ts = interp().thread();
    return new_tuple({ts.asyncgen_firstiter.is_null() ? none() : ts.asyncgen_firstiter,
                      ts.asyncgen_finalizer.is_null() ? none() : ts.asyncgen_finalizer});
}
Value s_set_asyncgen_hooks(CallArgs& a) {
    Value out[2];
    parse_args(a, "set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, out);
    ThreadState& ts = interp().thread();
    for (int i = 0; i < 2; ++i) {
        if (out[i].is_null()) continue;
        bool ok = is_none(out[i]) || out[i].type()->call || out[i].type() == function_type ||
                  out[i].type() == native_function_type;
        if (!ok)
            raise_type_error(fmt("callable %s expected, got %s", i == 0 ? "firstiter" : "finalizer",
                                 type_name(out[i]).c_str()));
        (i == 0 ? ts.asyncgen_firstiter : ts.asyncgen_finalizer) = is_none(out[i]) ? Value() : out[i];
    }
    return none();
}
Value s_set_coro_depth(CallArgs& a) {
    Value out[1];
    parse_args(a, "set_coroutine_origin_tracking_depth", {"depth"}, 1, out);
    int64_t d = index_value(out[0]);
    if (d < 0) raise_value_error("depth must be >= 0");
    interp().coroutine_origin_depth = static_cast<int>(d);
    return none();
}
Value s_get_coro_depth(CallArgs&) { return new_int(interp().coroutine_origin_depth); }
Value s_intern(CallArgs& a) {
    check_nargs(a, "intern", 1, 1);
    if (!is_str(a.args[0])) raise_type_error(fmt("intern() argument must be str, not %s", type_name(a.args[0]).c_str()));
    return interned(as_str(a.args[0])->s);
}
Value s_getframe(CallArgs& a) {
    check_nargs(a, "_getframe", 0, 1);
    int64_t depth = a.nargs ? index_value(a.args[0]) : 0;
    Frame* f = interp().thread().frame;
    while (f && depth > 0) {
        f = f->back;
        --depth;
    }
    if (!f) raise_value_error("call stack is not deep enough");
    return new_frame_view(f);
}
Value s_get_int_max(CallArgs&) { return new_int(static_cast<int64_t>(interp_max_str_digits())); }
Value s_excepthook(CallArgs& a) {
    check_nargs(a, "excepthook", 3, 3);
    interp().print_exception(a.args[1]);
    return none();
}
Value s_getdefaultencoding(CallArgs&) { return new_str("utf-8"); }
Value s_is_finalizing(CallArgs&) { return py_bool(false); }
Value s_getrefcount(CallArgs& a) {
    check_nargs(a, "getrefcount", 1, 1);
    return new_int(a.args[0].is_obj() ? static_cast<int64_t>(a.args[0].obj()->rc) : 1);
}

Value make_version_info() {
    // sys.version_info prints as a struct sequence; a tuple subclass with named fields does it.
    return new_tuple({new_int(3), new_int(11), new_int(2), new_str("final"), new_int(0)});
}

} // namespace

Value init_sys_module(Interp& I) {
    Value m = new_module("sys");
    module_add(m, "stdout", make_stream(1, "<stdout>"));
    module_add(m, "stderr", make_stream(2, "<stderr>"));
    module_add(m, "stdin", make_stream(0, "<stdin>"));
    module_add(m, "__stdout__", getattr(m, "stdout"));
    module_add(m, "__stderr__", getattr(m, "stderr"));
    module_add(m, "__stdin__", getattr(m, "stdin"));
    module_add(m, "argv", new_list());
    module_add(m, "modules", I.modules);
    module_add(m, "path", new_list());
    module_add(m, "platform", new_str("linux"));
    module_add(m, "byteorder", new_str("little"));
    module_add(m, "maxsize", new_int(INT64_MAX));
    module_add(m, "maxunicode", new_int(0x10FFFF));
    module_add(m, "version", new_str("3.11.2 (loopstep) [simulated CPython 3.11]"));
    module_add(m, "version_info", make_version_info());
    module_add(m, "hexversion", new_int(0x030B02F0));
    module_add(m, "executable", new_str("/usr/bin/python3"));
    module_add(m, "prefix", new_str("/usr"));
    module_add(m, "warnoptions", new_list());
    module_add(m, "dont_write_bytecode", py_bool(true));
    module_add(m, "builtin_module_names", new_tuple({new_str("builtins"), new_str("sys")}));
    module_add_function(m, "exit", s_exit);
    module_add_function(m, "getrecursionlimit", s_getrecursionlimit);
    module_add_function(m, "setrecursionlimit", s_setrecursionlimit);
    module_add_function(m, "exc_info", s_exc_info);
    module_add_function(m, "exception", s_exception);
    module_add_function(m, "get_asyncgen_hooks", s_get_asyncgen_hooks);
    module_add_function(m, "set_asyncgen_hooks", s_set_asyncgen_hooks);
    module_add_function(m, "set_coroutine_origin_tracking_depth", s_set_coro_depth);
    module_add_function(m, "get_coroutine_origin_tracking_depth", s_get_coro_depth);
    module_add_function(m, "intern", s_intern);
    module_add_function(m, "_getframe", s_getframe);
    module_add_function(m, "get_int_max_str_digits", s_get_int_max);
    module_add_function(m, "excepthook", s_excepthook);
    module_add(m, "__excepthook__", getattr(m, "excepthook"));
    module_add_function(m, "getdefaultencoding", s_getdefaultencoding);
    module_add_function(m, "getfilesystemencoding", s_getdefaultencoding);
    module_add_function(m, "is_finalizing", s_is_finalizing);
    module_add_function(m, "getrefcount", s_getrefcount);
    return m;
}

void textio_write(const Value& stream, const std::string& text) {
    auto* t = stream.as<TextIOObject>();
    if (t->stream == 0) raise(new_exception(OSError_type, "not writable"));
    interp().write(t->stream, text);
}

void init_textio_type() {
    textio_type = new_builtin_type("TextIOWrapper", object_type, 0);
    textio_type->module = "_io";
    textio_type->qualname = "TextIOWrapper";
    textio_type->tp_new = nullptr;
    textio_type->repr = textio_repr;
    textio_type->getattr = textio_getattr;
    add_method(textio_type, "write", m_write);
    add_method(textio_type, "writelines", m_writelines);
    add_method(textio_type, "flush", m_flush);
    add_method(textio_type, "isatty", m_false);
    add_method(textio_type, "writable", m_true);
    add_method(textio_type, "readable", m_false);
    add_method(textio_type, "fileno", m_fileno);
    add_method(textio_type, "read", m_read);
    add_method(textio_type, "readline", m_read);
}

void Interp::set_sys_argv(const std::string& filename) {
    setattr(sys_module, intern("argv"), new_list({new_str(filename)}));
    Value path = getattr(sys_module, "path");
    size_t slash = filename.rfind('/');
    list_append(path, new_str(slash == std::string::npos ? "" : filename.substr(0, slash)));
}

} // namespace loopstep::py
