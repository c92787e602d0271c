// types.GenericAlias (Objects/genericaliasobject.c), the subset programs meet: the repr rules of
// ga_repr, attribute lookups that fall through to the origin class, equality and hashing, and
// calls that create an instance of the origin. Type variables (__parameters__) are never
// collected, since loopstep programs do not define generic classes of their own through typing.
#include "core/py/generic_alias.h"

#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

namespace {

Type* generic_alias_type;

struct GenericAliasObject : Object {
    GenericAliasObject(Type* t, Value origin, Value args)
        : Object(t), origin(std::move(origin)), args(std::move(args)) {}
    Value origin;
    Value args; // tuple
};

GenericAliasObject* as_alias(const Value& v) {
    return v.as<GenericAliasObject>();
}

bool is_alias(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == generic_alias_type;
}

// ga_repr_item: "..." for Ellipsis, the repr of a nested alias, module.qualname for classes and
// functions (just the qualname for builtins), the repr of anything else.
std::string repr_item(const Value& p) {
    if (p.is(Ellipsis)) return "...";
    if (is_alias(p)) return repr_utf8(p);
    Value qualname = getattr_opt(p, intern("__qualname__"));
    if (qualname.is_null()) return repr_utf8(p);
    Value module = getattr_opt(p, intern("__module__"));
    if (module.is_null() || is_none(module)) return repr_utf8(p);
    if (is_str(module) && as_str(module)->s == "builtins") return str_utf8(qualname);
    return str_utf8(module) + "." + str_utf8(qualname);
}

Value alias_repr(const Value& v) {
    GenericAliasObject* ga = as_alias(v);
    std::string out = repr_item(ga->origin) + "[";
    TupleObject* args = as_tuple(ga->args);
    if (args->n == 0) out += "()";
    for (size_t i = 0; i < args->n; ++i) {
        if (i) out += ", ";
        out += repr_item((*args)[i]);
    }
    return new_str(out + "]");
}

Value alias_getattr(const Value& v, StrObject* name) {
    GenericAliasObject* ga = as_alias(v);
    const std::string& n = name->s;
    if (n == "__origin__") return ga->origin;
    if (n == "__args__") return ga->args;
    if (n == "__parameters__") return empty_tuple();
    static const char* const own[] = {"__class__",     "__unpacked__", "__mro_entries__",
                                      "__reduce_ex__", "__reduce__",   "__copy__",
                                      "__deepcopy__"};
    for (const char* o : own)
        if (n == o) return generic_getattr(v, name);
    return getattr_opt(ga->origin, name);
}

Value alias_call(const Value& v, CallArgs& a) {
    Value r = call(as_alias(v)->origin, a);
    try {
        setattr(r, intern("__orig_class__"), v);
    } catch (PyError& e) {
        if (!exc_matches(e.exc, AttributeError_type) && !exc_matches(e.exc, TypeError_type)) throw;
    }
    return r;
}

Value alias_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_alias(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return not_implemented();
    bool eq = equals(as_alias(a)->origin, as_alias(b)->origin) &&
              equals(as_alias(a)->args, as_alias(b)->args);
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t alias_hash(const Value& v) {
    int64_t h = hash(as_alias(v)->origin) ^ hash(as_alias(v)->args);
    return h == -1 ? -2 : h;
}

Value alias_getitem(const Value& v, const Value&) {
    raise_type_error(repr_utf8(v) + " is not a generic class");
}

// The type is made on first use (thread-safely, as a function-local static), so no start-up
// step depends on it.
Type* alias_type() {
    static Type* type = [] {
        Type* t = new_builtin_type("GenericAlias", object_type, 0);
        t->module = "types";
        t->tp_new = nullptr;
        t->repr = alias_repr;
        t->getattr = alias_getattr;
        t->call = alias_call;
        t->richcmp = alias_richcmp;
        t->hash = alias_hash;
        t->getitem = alias_getitem;
        generic_alias_type = t;
        return t;
    }();
    return type;
}

Value m_class_getitem(CallArgs& a) {
    if (a.nargs != 2) raise_type_error("__class_getitem__ expected 1 argument");
    return new_generic_alias(a.args[0], a.args[1]);
}

} // namespace

Value new_generic_alias(const Value& origin, const Value& args) {
    Value tuple = is_tuple(args) ? args : new_tuple({args});
    return make<GenericAliasObject>(alias_type(), origin, tuple);
}

void add_class_getitem(Type* t) {
    add_classmethod(t, "__class_getitem__", m_class_getitem);
}

} // namespace loopstep::py
