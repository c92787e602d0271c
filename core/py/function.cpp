// The callable and descriptor types: function, cell, bound method, native function/method,
// property, staticmethod, classmethod, slot members and native getters. Also the helpers
// natives use to check their arguments with CPython's wording.
#include "core/py/function.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/int.h"
#include "core/py/source.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *function_type, *native_function_type, *method_type, *code_type, *cell_type, *property_type,
    *staticmethod_type, *classmethod_type, *super_type;
Type* getset_type;
Type* member_type;
Type* method_descriptor_type;

namespace {

struct GetSetObject : Object {
    GetSetObject(Type* t, Type* owner, const char* name, Value (*g)(const Value&),
                 void (*s)(const Value&, const Value&))
        : Object(t), owner(owner), name(name), getter(g), setter(s) {}
    Type* owner;
    const char* name;
    Value (*getter)(const Value&);
    void (*setter)(const Value&, const Value&);
};

struct MemberObject : Object {
    MemberObject(Type* t, Type* owner, StrObject* name, size_t index)
        : Object(t), owner(owner), name(name), index(index) {}
    Type* owner;
    StrObject* name;
    size_t index;
};

std::string func_qualname(const Value& f) {
    if (f.type() == function_type) return as_str(f.as<FunctionObject>()->qualname)->s;
    if (f.type() == native_function_type) return f.as<NativeFunctionObject>()->name;
    return type_name(f);
}

// ---- function -------------------------------------------------------------------------------

// A function of a library module that is C code in CPython (its frames are hidden) prints as
// CPython's C function does.
bool is_builtin_like(const Value& f) {
    if (f.type() != function_type) return false;
    const CodeObject* co = f.as<FunctionObject>()->co();
    return co->source && co->source->hide_frames;
}

Value function_repr(const Value& v) {
    std::string qualname = func_qualname(v);
    if (is_builtin_like(v) && qualname.find('.') == std::string::npos)
        return new_str("<built-in function " + qualname + ">");
    return new_str(fmt("<function %s at 0x%llx>", qualname.c_str(),
                       static_cast<unsigned long long>(object_id(v.obj()))));
}

Value function_descr_get(const Value& f, const Value& obj, const Value&) {
    if (obj.is_null() || is_none(obj)) return f;
    return new_bound_method(f, obj);
}

Value* function_dict(const Value& f) {
    return &f.as<FunctionObject>()->dict;
}

Value function_getattr(const Value& f, StrObject* name) {
    auto* fn = f.as<FunctionObject>();
    const std::string& n = name->s;
    if (n == "__name__") return fn->name;
    if (n == "__qualname__") return fn->qualname;
    if (n == "__module__") return fn->module.is_null() ? none() : fn->module;
    if (n == "__doc__") return fn->doc.is_null() ? none() : fn->doc;
    if (n == "__code__") return fn->code;
    if (n == "__globals__") return fn->globals;
    if (n == "__defaults__") return fn->defaults.is_null() ? none() : fn->defaults;
    if (n == "__kwdefaults__") return fn->kwdefaults.is_null() ? none() : fn->kwdefaults;
    if (n == "__closure__") return fn->closure.is_null() ? none() : fn->closure;
    if (n == "__annotations__") {
        if (fn->annotations.is_null()) fn->annotations = new_dict();
        return fn->annotations;
    }
    if (n == "__dict__") {
        if (fn->dict.is_null()) fn->dict = new_dict();
        return fn->dict;
    }
    return generic_getattr(f, name);
}

void function_setattr(const Value& f, StrObject* name, const Value& v) {
    auto* fn = f.as<FunctionObject>();
    const std::string& n = name->s;
    if (n == "__name__") {
        if (!is_str(v)) raise_type_error("__name__ must be set to a string object");
        fn->name = v;
        return;
    }
    if (n == "__qualname__") {
        if (!is_str(v)) raise_type_error("__qualname__ must be set to a string object");
        fn->qualname = v;
        return;
    }
    if (n == "__module__") {
        fn->module = v;
        return;
    }
    if (n == "__doc__") {
        fn->doc = v;
        return;
    }
    if (n == "__defaults__") {
        fn->defaults = is_none(v) ? Value() : v;
        return;
    }
    if (n == "__kwdefaults__") {
        fn->kwdefaults = is_none(v) ? Value() : v;
        return;
    }
    if (n == "__annotations__") {
        fn->annotations = v;
        return;
    }
    if (n == "__dict__") {
        fn->dict = v;
        return;
    }
    generic_setattr(f, name, v);
}

// ---- bound method --------------------------------------------------------------------------

Value method_repr(const Value& v) {
    auto* m = v.as<BoundMethodObject>();
    if (is_builtin_like(m->func) && m->self.is_obj()) {
        Type* t = m->self.type();
        std::string tname = t->module.empty() || t->module == "builtins"
                                ? t->qualname
                                : t->module + "." + t->qualname;
        if (t->flags & kTypeHeap) {
            Value mod = t->lookup_value(intern("__module__"));
            if (!mod.is_null() && is_str(mod) && as_str(mod)->s != "builtins")
                tname = as_str(mod)->s + "." + t->qualname;
        }
        std::string name = as_str(m->func.as<FunctionObject>()->name)->s;
        return new_str(fmt("<built-in method %s of %s object at 0x%llx>", name.c_str(),
                           tname.c_str(), static_cast<unsigned long long>(object_id(m->self.obj()))));
    }
    return new_str("<bound method " + func_qualname(m->func) + " of " + repr_utf8(m->self) + ">");
}

Value method_call(const Value& v, CallArgs& a) {
    auto* m = v.as<BoundMethodObject>();
    size_t total = a.nargs + a.nkw();
    Value small[8];
    std::vector<Value> big;
    Value* args = small;
    if (total + 1 > 8) {
        big.resize(total + 1);
        args = big.data();
    }
    args[0] = m->self;
    for (size_t i = 0; i < total; ++i) args[i + 1] = a.args[i];
    CallArgs b;
    b.args = args;
    b.nargs = a.nargs + 1;
    b.kwnames = a.kwnames;
    return interp().call(m->func, b);
}

Value method_getattr(const Value& v, StrObject* name) {
    auto* m = v.as<BoundMethodObject>();
    if (name->s == "__self__") return m->self;
    if (name->s == "__func__") return m->func;
    Value r = generic_getattr(v, name);
    if (!r.is_null()) return r;
    return getattr_opt(m->func, name);
}

Value method_richcmp(const Value& a, const Value& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != method_type) return not_implemented();
    auto* x = a.as<BoundMethodObject>();
    auto* y = b.as<BoundMethodObject>();
    bool eq = x->self.is(y->self) && equals(x->func, y->func);
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t method_hash(const Value& v) {
    auto* m = v.as<BoundMethodObject>();
    return object_hash(m->self) ^ hash(m->func);
}

// ---- native functions ----------------------------------------------------------------------

Value native_repr(const Value& v) {
    auto* n = v.as<NativeFunctionObject>();
    if (n->is_method && n->self.is_null())
        return new_str(fmt("<%s '%s' of '%s' objects>",
                           n->is_slot_wrapper ? "slot wrapper" : "method", n->name,
                           n->owner ? n->owner->name.c_str() : "object"));
    if (n->is_slot_wrapper && !n->self.is_null())
        return new_str(fmt("<method-wrapper '%s' of %s object at 0x%llx>", n->name,
                           type_name(n->self).c_str(),
                           static_cast<unsigned long long>(object_id(n->self.obj()))));
    if (!n->self.is_null() && !is_instance(n->self, module_type))
        return new_str(fmt("<built-in method %s of %s object at 0x%llx>", n->name,
                           type_name(n->self).c_str(),
                           static_cast<unsigned long long>(object_id(n->self.obj()))));
    return new_str(fmt("<built-in function %s>", n->name));
}

Value native_call(const Value& v, CallArgs& a) {
    auto* n = v.as<NativeFunctionObject>();
    if (n->self.is_null() || is_instance(n->self, module_type)) {
        CallArgs b = a;
        b.callee = v.obj();
        return n->fn(b);
    }
    size_t total = a.nargs + a.nkw();
    Value small[8];
    std::vector<Value> big;
    Value* args = small;
    if (total + 1 > 8) {
        big.resize(total + 1);
        args = big.data();
    }
    args[0] = n->self;
    for (size_t i = 0; i < total; ++i) args[i + 1] = a.args[i];
    CallArgs b;
    b.args = args;
    b.nargs = a.nargs + 1;
    b.kwnames = a.kwnames;
    b.callee = v.obj();
    return n->fn(b);
}

Value native_descr_get(const Value& v, const Value& obj, const Value& owner) {
    auto* n = v.as<NativeFunctionObject>();
    if (n->is_classmethod) {
        Value b = make<NativeFunctionObject>(native_function_type, n->name, n->fn);
        auto* bn = b.as<NativeFunctionObject>();
        bn->self = owner.is_null() ? Value::borrow(obj.type()) : owner;
        bn->owner = n->owner;
        bn->data = n->data;
        return b;
    }
    if (!n->is_method || obj.is_null()) return v;
    Value b = make<NativeFunctionObject>(native_function_type, n->name, n->fn);
    auto* bn = b.as<NativeFunctionObject>();
    bn->self = obj;
    bn->owner = n->owner;
    bn->data = n->data;
    bn->is_slot_wrapper = n->is_slot_wrapper;
    return b;
}

Value native_getattr(const Value& v, StrObject* name) {
    auto* n = v.as<NativeFunctionObject>();
    if (name->s == "__name__" || name->s == "__qualname__") {
        if (name->s == "__qualname__" && n->owner) return new_str(n->owner->name + "." + n->name);
        return new_str(n->name);
    }
    if (name->s == "__self__") return n->self.is_null() ? none() : n->self;
    if (name->s == "__doc__") return none();
    if (name->s == "__module__") return n->owner ? none() : new_str("builtins");
    return generic_getattr(v, name);
}

Value native_richcmp(const Value& a, const Value& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != native_function_type)
        return not_implemented();
    auto* x = a.as<NativeFunctionObject>();
    auto* y = b.as<NativeFunctionObject>();
    bool eq = x->fn == y->fn && x->self.is(y->self);
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t native_hash(const Value& v) {
    auto* n = v.as<NativeFunctionObject>();
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(n->fn) >> 4) ^
           (n->self.is_null() ? 0 : (n->self.is_small() ? n->self.small() : object_hash(n->self)));
}

// ---- cell ----------------------------------------------------------------------------------

Value cell_repr(const Value& v) {
    auto* c = v.as<CellObject>();
    if (c->value.is_null())
        return new_str(
            fmt("<cell at 0x%llx: empty>", static_cast<unsigned long long>(object_id(v.obj()))));
    return new_str(
        fmt("<cell at 0x%llx: %s object at 0x%llx>",
            static_cast<unsigned long long>(object_id(v.obj())), type_name(c->value).c_str(),
            static_cast<unsigned long long>(c->value.is_obj() ? object_id(c->value.obj()) : 0)));
}
Value cell_getattr(const Value& v, StrObject* name) {
    if (name->s == "cell_contents") {
        auto* c = v.as<CellObject>();
        if (c->value.is_null()) raise_value_error("Cell is empty");
        return c->value;
    }
    return generic_getattr(v, name);
}

Value code_repr(const Value& v) {
    auto* c = v.as<CodeObject>();
    return new_str(fmt("<code object %s at 0x%llx, file \"%s\", line %d>", c->name.c_str(),
                       static_cast<unsigned long long>(object_id(v.obj())), c->filename().c_str(),
                       c->firstlineno));
}
Value code_getattr(const Value& v, StrObject* name) {
    auto* c = v.as<CodeObject>();
    const std::string& n = name->s;
    if (n == "co_name") return new_str(c->name);
    if (n == "co_qualname") return new_str(c->qualname);
    if (n == "co_filename") return new_str(c->filename());
    if (n == "co_firstlineno") return new_int(c->firstlineno);
    if (n == "co_argcount") return new_int(c->argcount);
    if (n == "co_posonlyargcount") return new_int(c->posonlyargcount);
    if (n == "co_kwonlyargcount") return new_int(c->kwonlyargcount);
    if (n == "co_flags") return new_int(c->flags);
    auto names = [](const std::vector<StrObject*>& v) {
        std::vector<Value> items;
        for (StrObject* s : v) items.push_back(Value::borrow(s));
        return new_tuple(std::move(items));
    };
    if (n == "co_varnames") return names(c->varnames);
    if (n == "co_cellvars") return names(c->cellvars);
    if (n == "co_freevars") return names(c->freevars);
    if (n == "co_names") return names(c->names);
    if (n == "co_nlocals") return new_int(static_cast<int64_t>(c->varnames.size()));
    return generic_getattr(v, name);
}

// ---- property / staticmethod / classmethod --------------------------------------------------

Value property_new(Type* t, CallArgs&) {
    return make<PropertyObject>(t);
}
void property_init(const Value& self, CallArgs& a) {
    Value out[4];
    parse_args(a, "property", {"fget", "fset", "fdel", "doc"}, 0, out);
    auto* p = self.as<PropertyObject>();
    p->fget = out[0].is_null() || is_none(out[0]) ? Value() : out[0];
    p->fset = out[1].is_null() || is_none(out[1]) ? Value() : out[1];
    p->fdel = out[2].is_null() || is_none(out[2]) ? Value() : out[2];
    p->doc = out[3];
    p->name = Value();
    if ((p->doc.is_null() || is_none(p->doc)) && !p->fget.is_null()) {
        Value d = getattr_opt(p->fget, intern("__doc__"));
        if (!d.is_null()) p->doc = d;
    }
}
// "property 'x' of 'C' object has no setter", with as much as is known (descrobject.c).
[[noreturn]] void raise_property_missing(const PropertyObject* p, const Value& obj,
                                         const char* what) {
    std::string owner = obj.is_null() ? "" : obj.type()->qualname;
    if (!p->name.is_null() && !obj.is_null())
        raise(AttributeError_type, fmt("property %s of '%s' object has no %s",
                                       repr_utf8(p->name).c_str(), owner.c_str(), what));
    if (!obj.is_null())
        raise(AttributeError_type, fmt("property of '%s' object has no %s", owner.c_str(), what));
    raise(AttributeError_type, fmt("property has no %s", what));
}
Value property_get(const Value& d, const Value& obj, const Value&) {
    auto* p = d.as<PropertyObject>();
    if (obj.is_null() || is_none(obj)) return d;
    if (p->fget.is_null()) raise_property_missing(p, obj, "getter");
    return call(p->fget, {obj});
}
void property_set(const Value& d, const Value& obj, const Value& v) {
    auto* p = d.as<PropertyObject>();
    if (v.is_null()) {
        if (p->fdel.is_null()) raise_property_missing(p, obj, "deleter");
        call(p->fdel, {obj});
        return;
    }
    if (p->fset.is_null()) raise_property_missing(p, obj, "setter");
    call(p->fset, {obj, v});
}
Value m_property_set_name(CallArgs& a) {
    check_nargs(a, "__set_name__", 3, 3);
    a.args[0].as<PropertyObject>()->name = a.args[2];
    return none();
}
Value property_copy_with(const Value& self, int which, const Value& f) {
    auto* p = self.as<PropertyObject>();
    Value nv = make<PropertyObject>(self.type());
    auto* n = nv.as<PropertyObject>();
    n->fget = p->fget;
    n->fset = p->fset;
    n->fdel = p->fdel;
    n->doc = p->doc;
    n->name = p->name;
    (which == 0 ? n->fget : which == 1 ? n->fset : n->fdel) = is_none(f) ? Value() : f;
    return nv;
}
Value m_property_getter(CallArgs& a) {
    check_nargs(a, "getter", 2, 2);
    return property_copy_with(a.args[0], 0, a.args[1]);
}
Value m_property_setter(CallArgs& a) {
    check_nargs(a, "setter", 2, 2);
    return property_copy_with(a.args[0], 1, a.args[1]);
}
Value m_property_deleter(CallArgs& a) {
    check_nargs(a, "deleter", 2, 2);
    return property_copy_with(a.args[0], 2, a.args[1]);
}
Value property_getattr(const Value& v, StrObject* name) {
    auto* p = v.as<PropertyObject>();
    if (name->s == "fget") return p->fget.is_null() ? none() : p->fget;
    if (name->s == "fset") return p->fset.is_null() ? none() : p->fset;
    if (name->s == "fdel") return p->fdel.is_null() ? none() : p->fdel;
    if (name->s == "__doc__") return p->doc.is_null() ? none() : p->doc;
    if (name->s == "__isabstractmethod__") return py_bool(false);
    return generic_getattr(v, name);
}

// types.MethodType(function, instance): a bound method made by hand.
Value method_new(Type*, CallArgs& a) {
    check_no_kwargs(a, "method");
    check_nargs(a, "method", 2, 2);
    Type* ft = a.args[0].type();
    if (!ft->call && ft != function_type && ft != native_function_type)
        raise_type_error("first argument must be callable");
    if (is_none(a.args[1])) raise_type_error("instance must not be None");
    return new_bound_method(a.args[0], a.args[1]);
}

Value staticmethod_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "staticmethod");
    check_nargs(a, "staticmethod", 1, 1);
    return make<StaticMethodObject>(t, a.args[0]);
}
Value staticmethod_get(const Value& d, const Value&, const Value&) {
    return d.as<StaticMethodObject>()->func;
}
Value staticmethod_call(const Value& d, CallArgs& a) {
    return interp().call(d.as<StaticMethodObject>()->func, a);
}
Value staticmethod_getattr(const Value& v, StrObject* name) {
    auto* s = v.as<StaticMethodObject>();
    if (name->s == "__func__" || name->s == "__wrapped__") return s->func;
    if (name->s == "__dict__") {
        if (s->dict.is_null()) s->dict = new_dict();
        return s->dict;
    }
    Value r = generic_getattr(v, name);
    if (!r.is_null()) return r;
    return getattr_opt(s->func, name);
}
Value* staticmethod_dict(const Value& v) {
    return &v.as<StaticMethodObject>()->dict;
}
Value staticmethod_repr(const Value& v) {
    return new_str(fmt("<staticmethod(%s)>", repr_utf8(v.as<StaticMethodObject>()->func).c_str()));
}

Value classmethod_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "classmethod");
    check_nargs(a, "classmethod", 1, 1);
    return make<ClassMethodObject>(t, a.args[0]);
}
Value classmethod_get(const Value& d, const Value& obj, const Value& owner) {
    Value cls = owner.is_null() || is_none(owner) ? Value::borrow(obj.type()) : owner;
    Value f = d.as<ClassMethodObject>()->func;
    if (f.type()->descr_get && f.type() != function_type && f.type() != native_function_type)
        return f.type()->descr_get(f, cls, Value::borrow(cls.type()));
    return new_bound_method(f, cls);
}
Value classmethod_getattr(const Value& v, StrObject* name) {
    auto* s = v.as<ClassMethodObject>();
    if (name->s == "__func__" || name->s == "__wrapped__") return s->func;
    Value r = generic_getattr(v, name);
    if (!r.is_null()) return r;
    return getattr_opt(s->func, name);
}
Value* classmethod_dict(const Value& v) {
    return &v.as<ClassMethodObject>()->dict;
}
Value classmethod_repr(const Value& v) {
    return new_str(fmt("<classmethod(%s)>", repr_utf8(v.as<ClassMethodObject>()->func).c_str()));
}

// ---- getset and member descriptors ----------------------------------------------------------

Value getset_get(const Value& d, const Value& obj, const Value&) {
    auto* g = d.as<GetSetObject>();
    if (obj.is_null()) return d;
    return g->getter(obj);
}
void getset_set(const Value& d, const Value& obj, const Value& v) {
    auto* g = d.as<GetSetObject>();
    if (!g->setter)
        raise(AttributeError_type, fmt("attribute '%s' of '%s' objects is not writable", g->name,
                                       g->owner->name.c_str()));
    if (v.is_null()) raise_type_error(fmt("cannot delete attribute '%s'", g->name));
    g->setter(obj, v);
}
Value getset_repr(const Value& d) {
    auto* g = d.as<GetSetObject>();
    return new_str(fmt("<attribute '%s' of '%s' objects>", g->name, g->owner->name.c_str()));
}

Value member_get(const Value& d, const Value& obj, const Value&) {
    auto* m = d.as<MemberObject>();
    if (obj.is_null()) return d;
    auto* inst = obj.as<InstanceObject>();
    if (m->index >= inst->slots.size() || inst->slots[m->index].is_null())
        raise(AttributeError_type,
              fmt("'%s' object has no attribute '%s'", type_name(obj).c_str(), m->name->s.c_str()));
    return inst->slots[m->index];
}
void member_set(const Value& d, const Value& obj, const Value& v) {
    auto* m = d.as<MemberObject>();
    auto* inst = obj.as<InstanceObject>();
    if (m->index >= inst->slots.size()) inst->slots.resize(m->index + 1);
    if (v.is_null() && inst->slots[m->index].is_null())
        raise(AttributeError_type,
              fmt("'%s' object has no attribute '%s'", type_name(obj).c_str(), m->name->s.c_str()));
    inst->slots[m->index] = v;
}
Value member_repr(const Value& d) {
    auto* m = d.as<MemberObject>();
    return new_str(
        fmt("<member '%s' of '%s' objects>", m->name->s.c_str(), m->owner->name.c_str()));
}

} // namespace

Value new_member_descriptor(Type* owner, StrObject* name, size_t index) {
    return make<MemberObject>(member_type, owner, name, index);
}

Value new_native(const char* name, NativeFn fn, Value self) {
    Value v = make<NativeFunctionObject>(native_function_type, name, fn);
    v.as<NativeFunctionObject>()->self = std::move(self);
    return v;
}

void add_method(Type* t, const char* name, NativeFn fn) {
    Value v = make<NativeFunctionObject>(native_function_type, name, fn);
    auto* n = v.as<NativeFunctionObject>();
    n->is_method = true;
    n->owner = t;
    t->dict.as<DictObject>()->set_str(intern(name), v);
}

void add_classmethod(Type* t, const char* name, NativeFn fn) {
    Value v = make<NativeFunctionObject>(native_function_type, name, fn);
    auto* n = v.as<NativeFunctionObject>();
    n->is_classmethod = true;
    n->owner = t;
    t->dict.as<DictObject>()->set_str(intern(name), v);
}

void add_staticmethod(Type* t, const char* name, NativeFn fn) {
    Value v = make<NativeFunctionObject>(native_function_type, name, fn);
    v.as<NativeFunctionObject>()->owner = t;
    t->dict.as<DictObject>()->set_str(intern(name), make<StaticMethodObject>(staticmethod_type, v));
}

void add_getter(Type* t, const char* name, Value (*getter)(const Value&)) {
    t->dict.as<DictObject>()->set_str(intern(name),
                                      make<GetSetObject>(getset_type, t, name, getter, nullptr));
}

void add_getset(Type* t, const char* name, Value (*getter)(const Value&),
                void (*setter)(const Value&, const Value&)) {
    t->dict.as<DictObject>()->set_str(intern(name),
                                      make<GetSetObject>(getset_type, t, name, getter, setter));
}

Value new_bound_method(Value func, Value self) {
    return make<BoundMethodObject>(method_type, std::move(func), std::move(self));
}

// ---- argument checking -----------------------------------------------------------------------

void check_no_kwargs(CallArgs& a, const char* fname) {
    if (a.nkw()) raise_type_error(fmt("%s() takes no keyword arguments", fname));
}

void check_nargs(CallArgs& a, const char* fname, size_t min, size_t max) {
    size_t n = a.nargs;
    if (n >= min && n <= max) return;
    if (min == max) {
        if (min == 0) raise_type_error(fmt("%s() takes no arguments (%zu given)", fname, n));
        if (min == 1)
            raise_type_error(fmt("%s() takes exactly one argument (%zu given)", fname, n));
        raise_type_error(fmt("%s expected %zu arguments, got %zu", fname, min, n));
    }
    if (n < min)
        raise_type_error(fmt("%s expected at least %zu argument%s, got %zu", fname, min,
                             min == 1 ? "" : "s", n));
    raise_type_error(
        fmt("%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", n));
}

Value kwarg(CallArgs& a, std::string_view name) {
    if (!a.kwnames) return Value();
    for (size_t i = 0; i < a.kwnames->n; ++i)
        if (as_str((*a.kwnames)[i])->s == name) return a.args[a.nargs + i];
    return Value();
}

void parse_args(CallArgs& a, const char* fname, std::initializer_list<const char*> names,
                size_t required, Value* out) {
    size_t n = names.size();
    if (a.nargs > n)
        raise_type_error(fmt("%s() takes at most %zu argument%s (%zu given)", fname, n,
                             n == 1 ? "" : "s", a.nargs + a.nkw()));
    for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
    if (a.kwnames) {
        for (size_t k = 0; k < a.kwnames->n; ++k) {
            const std::string& kn = as_str((*a.kwnames)[k])->s;
            size_t idx = 0;
            bool found = false;
            for (const char* nm : names) {
                if (kn == nm) {
                    found = true;
                    break;
                }
                ++idx;
            }
            if (!found)
                raise_type_error(
                    fmt("%s() got an unexpected keyword argument '%s'", fname, kn.c_str()));
            if (!out[idx].is_null())
                raise_type_error(fmt("argument for %s() given by name ('%s') and position (%zu)",
                                     fname, kn.c_str(), idx + 1));
            out[idx] = a.args[a.nargs + k];
        }
    }
    size_t idx = 0;
    for (const char* nm : names) {
        if (idx < required && out[idx].is_null())
            raise_type_error(
                fmt("%s() missing required argument '%s' (pos %zu)", fname, nm, idx + 1));
        ++idx;
    }
}

void init_function_types() {
    function_type = new_builtin_type("function", object_type, 0);
    function_type->repr = function_repr;
    function_type->descr_get = function_descr_get;
    function_type->getattr = function_getattr;
    function_type->setattr = function_setattr;
    function_type->dict_offset_fn = function_dict;
    function_type->tp_new = nullptr;

    method_type = new_builtin_type("method", object_type, 0);
    method_type->repr = method_repr;
    method_type->call = method_call;
    method_type->getattr = method_getattr;
    method_type->richcmp = method_richcmp;
    method_type->hash = method_hash;
    method_type->tp_new = method_new;

    native_function_type = new_builtin_type("builtin_function_or_method", object_type, 0);
    native_function_type->repr = native_repr;
    native_function_type->call = native_call;
    native_function_type->descr_get = native_descr_get;
    native_function_type->getattr = native_getattr;
    native_function_type->richcmp = native_richcmp;
    native_function_type->hash = native_hash;
    native_function_type->tp_new = nullptr;

    cell_type = new_builtin_type("cell", object_type, 0);
    cell_type->repr = cell_repr;
    cell_type->getattr = cell_getattr;
    cell_type->tp_new = nullptr;

    code_type = new_builtin_type("code", object_type, 0);
    code_type->repr = code_repr;
    code_type->getattr = code_getattr;
    code_type->tp_new = nullptr;

    property_type = new_builtin_type("property", object_type, kTypeBase);
    property_type->tp_new = property_new;
    property_type->tp_init = property_init;
    property_type->descr_get = property_get;
    property_type->descr_set = property_set;
    property_type->getattr = property_getattr;
    add_method(property_type, "getter", m_property_getter);
    add_method(property_type, "setter", m_property_setter);
    add_method(property_type, "deleter", m_property_deleter);
    add_method(property_type, "__set_name__", m_property_set_name);

    staticmethod_type = new_builtin_type("staticmethod", object_type, kTypeBase);
    staticmethod_type->tp_new = staticmethod_new;
    staticmethod_type->tp_init = nullptr;
    staticmethod_type->descr_get = staticmethod_get;
    staticmethod_type->call = staticmethod_call;
    staticmethod_type->getattr = staticmethod_getattr;
    staticmethod_type->dict_offset_fn = staticmethod_dict;
    staticmethod_type->repr = staticmethod_repr;

    classmethod_type = new_builtin_type("classmethod", object_type, kTypeBase);
    classmethod_type->tp_new = classmethod_new;
    classmethod_type->tp_init = nullptr;
    classmethod_type->descr_get = classmethod_get;
    classmethod_type->getattr = classmethod_getattr;
    classmethod_type->dict_offset_fn = classmethod_dict;
    classmethod_type->repr = classmethod_repr;

    getset_type = new_builtin_type("getset_descriptor", object_type, 0);
    getset_type->descr_get = getset_get;
    getset_type->descr_set = getset_set;
    getset_type->repr = getset_repr;
    getset_type->tp_new = nullptr;

    member_type = new_builtin_type("member_descriptor", object_type, 0);
    member_type->descr_get = member_get;
    member_type->descr_set = member_set;
    member_type->repr = member_repr;
    member_type->tp_new = nullptr;

    super_type = new_builtin_type("super", object_type, kTypeBase);
    super_type->tp_new = super_new;
    super_type->tp_init = nullptr;
    super_type->getattr = super_getattr;
}

} // namespace loopstep::py
