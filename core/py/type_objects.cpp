// The two root types, `object` and `type`: object's default methods (repr, ==, hash, attribute
// access, __init__/__new__ argument checks with CPython's messages) and type's behaviour as a
// callable (constructing instances), as an attribute namespace, and its introspection attributes.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *object_type, *type_type;

namespace {

// object.__new__ / object.__init__ argument rules (CPython's excess_args checks).
void object_init_native(const Value& self, CallArgs& a);

Value object_tp_new(Type* t, CallArgs& a) {
    bool excess = a.nargs + a.nkw() > 0;
    if (excess) {
        if (t->tp_new != object_tp_new)
            raise_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->tp_init == object_init_native)
            raise_type_error(fmt("%s() takes no arguments", t->name.c_str()));
    }
    if (t->flags & kTypeAbstractNew)
        raise_type_error(fmt("cannot create '%s' instances", t->name.c_str()));
    return object_new_instance(t);
}

void object_init_native(const Value& self, CallArgs& a) {
    Type* t = self.type();
    if (a.nargs + a.nkw() > 0) {
        if (t->tp_init != object_init_native)
            raise_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)");
        if (t->tp_new == object_tp_new)
            raise_type_error(fmt("%s() takes no arguments", t->name.c_str()));
    }
}

Value object_richcmp(const Value& a, const Value& b, CmpOp op) {
    switch (op) {
    case CmpOp::Eq: return a.is(b) ? py_bool(true) : not_implemented();
    case CmpOp::Ne: {
        // object.__ne__ inverts __eq__ unless it is NotImplemented.
        Type* t = a.type();
        if (t->richcmp == object_richcmp) return a.is(b) ? py_bool(false) : not_implemented();
        Value r = t->richcmp(a, b, CmpOp::Eq);
        if (r.is(NotImplemented)) return r;
        return py_bool(!truthy(r));
    }
    default: return not_implemented();
    }
}

// Natives exposed in object's dict so super().__init__(), object.__setattr__(...) etc. work.
Value m_object_init(CallArgs& a) {
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, nullptr};
    object_init_native(a.args[0], rest);
    return none();
}
Value m_object_new(CallArgs& a) {
    if (a.nargs < 1) raise_type_error("object.__new__(): not enough arguments");
    if (!is_instance(a.args[0], type_type))
        raise_type_error(
            fmt("object.__new__(X): X is not a type object (%s)", type_name(a.args[0]).c_str()));
    Type* t = a.args[0].as<Type>();
    if (t->flags & kTypeAbstractNew)
        raise_type_error(fmt("cannot create '%s' instances", t->name.c_str()));
    // Extra arguments are fine when __init__ is overridden (the common pattern).
    if (a.nargs + a.nkw() > 1 && t->tp_init == object_init_native)
        raise_type_error(fmt("%s() takes no arguments", t->name.c_str()));
    return object_new_instance(t);
}
Value m_object_repr(CallArgs& a) {
    return object_repr(a.args[0]);
}
Value m_object_str(CallArgs& a) {
    return repr(a.args[0]);
}
Value m_object_hash(CallArgs& a) {
    return new_int(object_hash(a.args[0]));
}
Value m_object_eq(CallArgs& a) {
    return object_richcmp(a.args[0], a.args[1], CmpOp::Eq);
}
Value m_object_ne(CallArgs& a) {
    Value r = richcompare_slot_eq(a.args[0], a.args[1]);
    if (r.is(NotImplemented)) return r;
    return py_bool(!truthy(r));
}
Value m_object_cmp_ni(CallArgs&) {
    return not_implemented();
}
Value m_object_setattr(CallArgs& a) {
    check_nargs(a, "__setattr__", 3, 3);
    if (!is_str(a.args[1]))
        raise_type_error(
            fmt("attribute name must be string, not '%s'", type_name(a.args[1]).c_str()));
    generic_setattr(a.args[0], as_str(a.args[1]), a.args[2]);
    return none();
}
Value m_object_delattr(CallArgs& a) {
    check_nargs(a, "__delattr__", 2, 2);
    generic_setattr(a.args[0], as_str(a.args[1]), Value());
    return none();
}
Value m_object_getattribute(CallArgs& a) {
    check_nargs(a, "__getattribute__", 2, 2);
    if (!is_str(a.args[1]))
        raise_type_error(
            fmt("attribute name must be string, not '%s'", type_name(a.args[1]).c_str()));
    Value r = generic_getattr(a.args[0], as_str(a.args[1]));
    if (r.is_null()) raise_attribute_error(a.args[0], as_str(a.args[1]));
    return r;
}
Value m_object_init_subclass(CallArgs& a) {
    if (a.nkw())
        raise_type_error(fmt("%s.__init_subclass__() takes no keyword arguments",
                             a.args[0].as<Type>()->name.c_str()));
    return none();
}
Value m_object_format(CallArgs& a) {
    check_nargs(a, "__format__", 2, 2);
    if (!is_str(a.args[1]))
        raise_type_error(
            fmt("__format__() argument must be str, not %s", type_name(a.args[1]).c_str()));
    if (!as_str(a.args[1])->s.empty())
        raise_type_error(
            fmt("unsupported format string passed to %s.__format__", type_name(a.args[0]).c_str()));
    return str(a.args[0]);
}
Value m_object_dir(CallArgs& a) {
    Value result = new_list();
    Value seen = new_dict();
    auto add_keys = [&](const Value& d) {
        if (d.is_null()) return;
        dict_for_each(as_dict(d),
                      [&](const Value& k, const Value&) { as_dict(seen)->set(k, none()); });
    };
    if (Value* dp = instance_dict_slot(a.args[0])) add_keys(*dp);
    Type* t = is_instance(a.args[0], type_type) ? a.args[0].as<Type>() : a.args[0].type();
    for (Type* b : t->mro) add_keys(b->dict);
    dict_for_each(as_dict(seen), [&](const Value& k, const Value&) { list_append(result, k); });
    list_sort(as_list(result), Value(), false);
    return result;
}
Value get_object_class(const Value& self) {
    return Value::borrow(self.type());
}
void set_object_class(const Value& self, const Value& v) {
    if (!is_instance(v, type_type))
        raise_type_error(
            fmt("__class__ must be set to a class, not '%s' object", type_name(v).c_str()));
    Type* nt = v.as<Type>();
    Type* ot = self.type();
    if (!(nt->flags & kTypeHeap) || !(ot->flags & kTypeHeap) || nt->solid != ot->solid)
        raise_type_error(fmt("__class__ assignment: '%s' object layout differs from '%s'",
                             nt->name.c_str(), ot->name.c_str()));
    incref(nt);
    self.obj()->type = nt;
    decref(ot);
}

// ---- type ----------------------------------------------------------------------------------

Value type_repr(const Value& v) {
    Type* t = v.as<Type>();
    if (t->module.empty() || t->module == "builtins")
        return new_str("<class '" + t->qualname + "'>");
    return new_str("<class '" + t->module + "." + t->qualname + "'>");
}

Value type_call(const Value& callable, CallArgs& a) {
    Type* t = callable.as<Type>();
    if (t == type_type && a.nargs == 1 && a.nkw() == 0) return Value::borrow(a.args[0].type());
    if (!t->tp_new) raise_type_error(fmt("cannot create '%s' instances", t->name.c_str()));
    Value obj = t->tp_new(t, a);
    if (t == type_type) return obj;
    if (obj.is_obj() && obj.type()->is_subtype(t) && t->tp_init) {
        obj.type()->tp_init(obj, a);
    }
    return obj;
}

Value type_tp_new(Type*, CallArgs& a) {
    if (a.nargs == 1 && a.nkw() == 0) return Value::borrow(a.args[0].type());
    if (a.nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
    if (!is_str(a.args[0]))
        raise_type_error(
            fmt("type.__new__() argument 1 must be str, not %s", type_name(a.args[0]).c_str()));
    if (!is_tuple(a.args[1]))
        raise_type_error(
            fmt("type.__new__() argument 2 must be tuple, not %s", type_name(a.args[1]).c_str()));
    if (!is_dict_like(a.args[2]))
        raise_type_error(
            fmt("type.__new__() argument 3 must be dict, not %s", type_name(a.args[2]).c_str()));
    TupleObject* bases = as_tuple(a.args[1]);
    if (bases->n > 1)
        raise_type_error("classes with several base classes are not supported by loopstep");
    Type* base = object_type;
    if (bases->n == 1) {
        if (!is_instance((*bases)[0], type_type)) raise_type_error("bases must be types");
        base = (*bases)[0].as<Type>();
    }
    Value ns = new_dict();
    dict_for_each(as_dict(a.args[2]),
                  [&](const Value& k, const Value& v) { as_dict(ns)->set(k, v); });
    if (!as_dict(ns)->find_str(intern("__module__"))) {
        Frame* f = interp().thread().frame;
        Value modname;
        if (f && !f->globals.is_null()) {
            Value* n = as_dict(f->globals)->find_str(intern("__name__"));
            if (n) modname = *n;
        }
        as_dict(ns)->set_str(intern("__module__"),
                             modname.is_null() ? new_str("builtins") : modname);
    }
    return new_class(as_str(a.args[0])->s, base, ns, Value());
}

Value type_getattr(const Value& o, StrObject* name) {
    Type* t = o.as<Type>();
    Type* meta = o.type();
    const Value* mp = meta->lookup(name);
    Value ma = mp ? *mp : Value();
    if (mp && ma.type()->descr_get && ma.type()->descr_set)
        return ma.type()->descr_get(ma, o, Value::borrow(meta));
    const Value* ap = t->lookup(name);
    if (ap) {
        Value av = *ap;
        if (av.type()->descr_get) return av.type()->descr_get(av, Value(), o);
        return av;
    }
    if (mp) {
        if (ma.type()->descr_get) return ma.type()->descr_get(ma, o, Value::borrow(meta));
        return ma;
    }
    return Value();
}

void type_setattr(const Value& o, StrObject* name, const Value& v) {
    Type* t = o.as<Type>();
    if (!(t->flags & kTypeHeap))
        raise_type_error(fmt("cannot set '%s' attribute of immutable type '%s'", name->s.c_str(),
                             t->name.c_str()));
    const Value* mp = o.type()->lookup(name);
    if (mp && mp->type()->descr_set) {
        Value ma = *mp;
        ma.type()->descr_set(ma, o, v);
        return;
    }
    DictObject* d = t->dict.as<DictObject>();
    if (v.is_null()) {
        if (!d->del(Value::borrow(name)))
            raise(AttributeError_type,
                  fmt("type object '%s' has no attribute '%s'", t->name.c_str(), name->s.c_str()));
    } else {
        d->set_str(name, v);
    }
    ++t->version;
    if (name->s.size() > 4 && name->s.compare(0, 2, "__") == 0) {
        // A dunder changed: recompute slots from the base, then this class's dict. Where the
        // instances keep their __dict__ is the class's own layout, not the base's.
        auto dict_offset_fn = t->dict_offset_fn;
        inherit_slots(t, t->base);
        t->dict_offset_fn = dict_offset_fn;
        update_slots(t);
    }
}

Value get_type_name(const Value& self) {
    return new_str(self.as<Type>()->name);
}
void set_type_name(const Value& self, const Value& v) {
    if (!is_str(v)) raise_type_error("can only assign string to __name__");
    self.as<Type>()->name = as_str(v)->s;
}
Value get_type_qualname(const Value& self) {
    return new_str(self.as<Type>()->qualname);
}
void set_type_qualname(const Value& self, const Value& v) {
    if (!is_str(v)) raise_type_error("can only assign string to __qualname__");
    self.as<Type>()->qualname = as_str(v)->s;
}
Value get_type_module(const Value& self) {
    Type* t = self.as<Type>();
    if (t->flags & kTypeHeap) {
        Value* m = t->dict.as<DictObject>()->find_str(intern("__module__"));
        if (m) return *m;
    }
    return new_str(t->module);
}
void set_type_module(const Value& self, const Value& v) {
    Type* t = self.as<Type>();
    t->dict.as<DictObject>()->set_str(intern("__module__"), v);
    if (is_str(v)) t->module = as_str(v)->s;
}
Value get_type_mro(const Value& self) {
    std::vector<Value> items;
    for (Type* t : self.as<Type>()->mro) items.push_back(Value::borrow(t));
    return new_tuple(std::move(items));
}
Value get_type_bases(const Value& self) {
    Type* t = self.as<Type>();
    if (!t->base) return empty_tuple();
    return new_tuple({Value::borrow(t->base)});
}
Value get_type_base(const Value& self) {
    Type* t = self.as<Type>();
    return t->base ? Value::borrow(t->base) : none();
}
Value get_type_dict(const Value& self) {
    // A read-only view in CPython (mappingproxy); a copy keeps it read-only here.
    Value d = new_dict();
    dict_for_each(self.as<Type>()->dict.as<DictObject>(),
                  [&](const Value& k, const Value& v) { as_dict(d)->set(k, v); });
    return d;
}
Value get_type_doc(const Value& self) {
    Type* t = self.as<Type>();
    Value* d = t->dict.as<DictObject>()->find_str(intern("__doc__"));
    if (!d) return none();
    if (d->type()->descr_get) return d->type()->descr_get(*d, Value(), self);
    return *d;
}
// int | str, int | None (PEP 604): types.UnionType, written in Python. Other operands (list[int],
// typing's objects) answer through their own __or__ / __ror__.
Value type_or(const Value& a, const Value& b) {
    auto unionable = [](const Value& v) { return is_none(v) || is_instance(v, type_type); };
    if (!unionable(a) || !unionable(b)) return not_implemented();
    Value types = interp().import_module("types");
    return call(getattr(types, intern("UnionType")), {a, b});
}

// A class's docstring may be replaced (dataclasses writes one), as in CPython.
void set_type_doc(const Value& self, const Value& v) {
    Type* t = self.as<Type>();
    if (!(t->flags & kTypeHeap) || v.is_null())
        raise_type_error(fmt("cannot %s '__doc__' attribute of immutable type '%s'",
                             v.is_null() ? "delete" : "set", t->name.c_str()));
    t->dict.as<DictObject>()->set_str(intern("__doc__"), v);
    ++t->version;
}
Value m_type_mro(CallArgs& a) {
    Value t = get_type_mro(a.args[0]);
    return new_list(to_vector(t));
}
Value m_type_subclasses(CallArgs&) {
    return new_list();
}
Value m_type_instancecheck(CallArgs& a) {
    check_nargs(a, "__instancecheck__", 2, 2);
    return py_bool(is_instance(a.args[1], a.args[0].as<Type>()));
}
Value m_type_subclasscheck(CallArgs& a) {
    check_nargs(a, "__subclasscheck__", 2, 2);
    if (!is_instance(a.args[1], type_type)) raise_type_error("issubclass() arg 1 must be a class");
    return py_bool(a.args[1].as<Type>()->is_subtype(a.args[0].as<Type>()));
}

Value* type_dict_ptr(const Value&) {
    return nullptr;
}

} // namespace

Value richcompare_slot_eq(const Value& a, const Value& b) {
    Type* t = a.type();
    if (!t->richcmp) return a.is(b) ? py_bool(true) : not_implemented();
    return t->richcmp(a, b, CmpOp::Eq);
}

void init_type_system() {
    // Bootstrap: `type` is its own type, and `object` its base.
    uint32_t size = 0;
    void* mem = object_alloc(sizeof(Type), &size);
    type_type = new (mem) Type(nullptr);
    type_type->alloc_size = size;
    type_type->type = type_type;
    type_type->rc = 1u << 30;
    mem = object_alloc(sizeof(Type), &size);
    object_type = new (mem) Type(type_type);
    object_type->alloc_size = size;
    object_type->rc = 1u << 30;

    object_type->name = object_type->qualname = "object";
    object_type->module = "builtins";
    object_type->flags = kTypeBase;
    object_type->mro.push_back(object_type);
    object_type->solid = object_type;
    object_type->dict = new_dict();
    object_type->tp_new = object_tp_new;
    object_type->tp_init = object_init_native;
    object_type->repr = object_repr;
    object_type->hash = object_hash;
    object_type->richcmp = object_richcmp;
    object_type->getattr = generic_getattr;
    object_type->setattr = generic_setattr;

    type_type->name = type_type->qualname = "type";
    type_type->module = "builtins";
    type_type->flags = kTypeBase;
    type_type->base = object_type;
    type_type->mro = {type_type, object_type};
    type_type->solid = type_type;
    type_type->dict = new_dict();
    inherit_slots(type_type, object_type);
    type_type->tp_new = type_tp_new;
    type_type->tp_init = nullptr;
    type_type->call = type_call;
    type_type->repr = type_repr;
    type_type->getattr = type_getattr;
    type_type->setattr = type_setattr;
    type_type->dict_offset_fn = type_dict_ptr;
    type_type->binop[static_cast<int>(BinOp::Or)] = type_or;
}

void init_type_methods() {
    add_method(object_type, "__init__", m_object_init);
    add_staticmethod(object_type, "__new__", m_object_new);
    add_method(object_type, "__repr__", m_object_repr);
    add_method(object_type, "__str__", m_object_str);
    add_method(object_type, "__hash__", m_object_hash);
    add_method(object_type, "__eq__", m_object_eq);
    add_method(object_type, "__ne__", m_object_ne);
    add_method(object_type, "__lt__", m_object_cmp_ni);
    add_method(object_type, "__le__", m_object_cmp_ni);
    add_method(object_type, "__gt__", m_object_cmp_ni);
    add_method(object_type, "__ge__", m_object_cmp_ni);
    add_method(object_type, "__setattr__", m_object_setattr);
    add_method(object_type, "__delattr__", m_object_delattr);
    add_method(object_type, "__getattribute__", m_object_getattribute);
    add_classmethod(object_type, "__init_subclass__", m_object_init_subclass);
    add_method(object_type, "__format__", m_object_format);
    add_method(object_type, "__dir__", m_object_dir);
    add_getset(object_type, "__class__", get_object_class, set_object_class);
    object_type->dict.as<DictObject>()->set_str(intern("__doc__"),
                                                new_str("The base class of the class hierarchy."));

    add_getset(type_type, "__name__", get_type_name, set_type_name);
    add_getset(type_type, "__qualname__", get_type_qualname, set_type_qualname);
    add_getset(type_type, "__module__", get_type_module, set_type_module);
    add_getter(type_type, "__mro__", get_type_mro);
    add_getter(type_type, "__bases__", get_type_bases);
    add_getter(type_type, "__base__", get_type_base);
    add_getter(type_type, "__dict__", get_type_dict);
    add_getset(type_type, "__doc__", get_type_doc, set_type_doc);
    add_method(type_type, "mro", m_type_mro);
    add_method(type_type, "__subclasses__", m_type_subclasses);
    add_method(type_type, "__instancecheck__", m_type_instancecheck);
    add_method(type_type, "__subclasscheck__", m_type_subclasscheck);
}

} // namespace loopstep::py
