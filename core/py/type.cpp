// The type system: `type` and `object`, attribute lookup along the MRO with descriptors,
// classes created by class statements (their slots become wrappers that call the dunder
// methods), instances with a __dict__ or __slots__, and super().
#include "core/py/type.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/frame.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/iterators.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

namespace loopstep::py {

Type::Type(Type* metatype) : Object(metatype) {}
Type::~Type() = default;

bool Type::is_subtype(const Type* other) const {
    if (this == other) return true;
    for (Type* t : mro)
        if (t == other) return true;
    return false;
}

const Value* Type::lookup(StrObject* name) const {
    for (Type* t : mro) {
        if (t->dict.is_null()) continue;
        Value* v = t->dict.as<DictObject>()->find_str(name);
        if (v) return v;
    }
    return nullptr;
}

Value Type::lookup_value(StrObject* name) const {
    for (Type* t : mro) {
        if (t->dict.is_null()) continue;
        Value* v = t->dict.as<DictObject>()->find_str(name);
        if (v) return *v;
    }
    return Value();
}

std::vector<Type*>& builtin_types() {
    static std::vector<Type*> all;
    return all;
}

Type* new_builtin_type(const char* name, Type* base, uint32_t flags) {
    Value tv = make<Type>(type_type);
    Type* t = tv.as<Type>();
    t->rc = 1u << 30; // immortal
    tv.release();
    t->name = name;
    t->qualname = name;
    t->module = "builtins";
    t->base = base;
    t->flags = flags;
    t->dict = new_dict();
    t->mro.push_back(t);
    builtin_types().push_back(t);
    if (base) {
        for (Type* b : base->mro) t->mro.push_back(b);
        inherit_slots(t, base);
        t->solid = base->solid;
    } else {
        t->solid = t;
    }
    return t;
}

void inherit_slots(Type* t, Type* base) {
    t->tp_new = base->tp_new;
    t->tp_init = base->tp_init;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->richcmp = base->richcmp;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->next = base->next;
    t->len = base->len;
    t->getitem = base->getitem;
    t->setitem = base->setitem;
    t->contains = base->contains;
    t->truth = base->truth;
    for (int i = 0; i < kBinOps; ++i) {
        t->binop[i] = base->binop[i];
        t->inplace[i] = base->inplace[i];
    }
    for (int i = 0; i < 3; ++i) t->unop[i] = base->unop[i];
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->dict_offset_fn = base->dict_offset_fn;
    t->send = base->send;
    t->finalize = base->finalize;
}

// ---- instances ------------------------------------------------------------------------------

Value* instance_dict_slot(const Value& o) {
    if (!o.is_obj()) return nullptr;
    Type* t = o.type();
    if (!t->dict_offset_fn) return nullptr;
    return t->dict_offset_fn(o);
}

static Value* instance_dict_of(const Value& o) {
    auto* inst = o.as<InstanceObject>();
    if (!(o.type()->flags & kTypeHasDict)) return nullptr;
    return &inst->dict;
}

// The `__dict__` attribute of instances (CPython puts this getset on the first class of the MRO
// that adds an instance dict): the dict itself, created on first use, so that vars(obj) and
// obj.__dict__[name] = value work as in CPython.
static Value instance_dict_get(const Value& o) {
    Value* dp = instance_dict_slot(o);
    if (!dp)
        raise(AttributeError_type,
              fmt("'%s' object has no attribute '__dict__'", type_name(o).c_str()));
    if (dp->is_null()) *dp = new_dict();
    return *dp;
}

static void instance_dict_set(const Value& o, const Value& v) {
    Value* dp = instance_dict_slot(o);
    if (!dp)
        raise(AttributeError_type,
              fmt("'%s' object has no attribute '__dict__'", type_name(o).c_str()));
    if (v.is_null()) raise_type_error("cannot delete __dict__");
    if (!is_dict(v))
        raise_type_error(
            fmt("__dict__ must be set to a dictionary, not a '%s'", type_name(v).c_str()));
    *dp = v;
}

Value object_new_instance(Type* t) {
    Value v = make<InstanceObject>(t);
    auto* inst = v.as<InstanceObject>();
    size_t n = 0;
    for (Type* b : t->mro) n += b->slot_names.size();
    if (n) inst->slots.resize(n);
    return v;
}

// ---- generic attribute access ---------------------------------------------------------------

Value generic_getattr(const Value& o, StrObject* name) {
    Type* t = o.type();
    const Value* dp0 = t->lookup(name);
    Value d = dp0 ? *dp0 : Value();
    Type* dt = dp0 ? d.type() : nullptr;
    if (dp0 && dt->descr_get && dt->descr_set) return dt->descr_get(d, o, Value::borrow(t));
    if (Value* dp = instance_dict_slot(o); dp && !dp->is_null()) {
        if (Value* v = dp->as<DictObject>()->find_str(name)) return *v;
    }
    if (dp0) {
        if (dt->descr_get) return dt->descr_get(d, o, Value::borrow(t));
        return d;
    }
    return Value();
}

void generic_setattr(const Value& o, StrObject* name, const Value& v) {
    Type* t = o.type();
    const Value* dp0 = t->lookup(name);
    Value descr = dp0 ? *dp0 : Value();
    if (dp0 && descr.type()->descr_set) {
        descr.type()->descr_set(descr, o, v);
        return;
    }
    Value* dp = instance_dict_slot(o);
    if (!dp) {
        if (dp0)
            raise(AttributeError_type,
                  fmt("'%s' object attribute '%s' is read-only", t->name.c_str(), name->s.c_str()));
        if (t->flags & kTypeHeap)
            raise(AttributeError_type,
                  fmt("'%s' object has no attribute '%s'", t->name.c_str(), name->s.c_str()));
        raise(AttributeError_type,
              fmt("'%s' object has no attribute '%s'", t->name.c_str(), name->s.c_str()));
    }
    if (dp->is_null()) *dp = new_dict();
    DictObject* d = dp->as<DictObject>();
    if (v.is_null()) {
        if (!d->del(Value::borrow(name)))
            raise(AttributeError_type,
                  fmt("'%s' object has no attribute '%s'", t->name.c_str(), name->s.c_str()));
        return;
    }
    d->set_str(name, v);
}

// ---- slot wrappers for classes defined in Python ---------------------------------------------

namespace {

Value lookup_special(const Value& self, const char* name) {
    Value m = self.type()->lookup_value(intern(name));
    return m;
}

// Calls a special method found on the type (not the instance), binding self.
Value call_special(const Value& m, const Value& self, std::initializer_list<Value> rest) {
    Type* mt = m.type();
    if (mt == function_type ||
        (mt == native_function_type && m.as<NativeFunctionObject>()->is_method)) {
        std::vector<Value> args;
        args.reserve(rest.size() + 1);
        args.push_back(self);
        for (const Value& r : rest) args.push_back(r);
        CallArgs a;
        a.args = args.data();
        a.nargs = args.size();
        return interp().call(m, a);
    }
    Value bound = m;
    if (mt->descr_get) bound = mt->descr_get(m, self, Value::borrow(self.type()));
    return call(bound, rest);
}

// __del__, run once when the last reference goes, as CPython's tp_finalize; an error in it is
// printed as "Exception ignored in: <function C.__del__ ...>" and goes no further.
void slot_finalize(Object* o) {
    Value self = Value::borrow(o);
    Value m = lookup_special(self, "__del__");
    if (m.is_null()) return;
    try {
        call_special(m, self, {});
    } catch (PyError& e) {
        interp().write_unraisable(e.exc, m);
    }
}

Value slot_repr(const Value& v) {
    return call_special(lookup_special(v, "__repr__"), v, {});
}
Value slot_str(const Value& v) {
    return call_special(lookup_special(v, "__str__"), v, {});
}

int64_t slot_hash(const Value& v) {
    Value m = lookup_special(v, "__hash__");
    if (m.is_null() || is_none(m))
        raise_type_error(fmt("unhashable type: '%s'", type_name(v).c_str()));
    Value r = call_special(m, v, {});
    if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
    if (r.is_small()) {
        int64_t h = r.small();
        return h == -1 ? -2 : h;
    }
    return int_to_big(r).hash();
}

Value slot_richcmp(const Value& a, const Value& b, CmpOp op) {
    Value m = lookup_special(a, cmpop_dunder(op));
    if (m.is_null()) return not_implemented();
    return call_special(m, a, {b});
}

Value slot_getattr(const Value& o, StrObject* name) {
    Value r = generic_getattr(o, name);
    if (!r.is_null()) return r;
    Value hook = lookup_special(o, "__getattr__");
    if (hook.is_null()) return r;
    return call_special(hook, o, {Value::borrow(name)});
}

Value slot_getattribute(const Value& o, StrObject* name) {
    Value m = lookup_special(o, "__getattribute__");
    try {
        return call_special(m, o, {Value::borrow(name)});
    } catch (PyError& e) {
        if (!exc_matches(e.exc, AttributeError_type)) throw;
        Value hook = lookup_special(o, "__getattr__");
        // Without __getattr__ the AttributeError __getattribute__ raised is the one to report.
        if (hook.is_null()) throw;
        return call_special(hook, o, {Value::borrow(name)});
    }
}

void slot_setattr(const Value& o, StrObject* name, const Value& v) {
    if (v.is_null()) {
        Value m = lookup_special(o, "__delattr__");
        call_special(m, o, {Value::borrow(name)});
        return;
    }
    Value m = lookup_special(o, "__setattr__");
    call_special(m, o, {Value::borrow(name), v});
}

Value slot_call(const Value& o, CallArgs& a) {
    Value m = lookup_special(o, "__call__");
    if (m.is_null()) raise_type_error(fmt("'%s' object is not callable", type_name(o).c_str()));
    std::vector<Value> args;
    args.reserve(a.nargs + a.nkw() + 1);
    args.push_back(o);
    for (size_t i = 0; i < a.nargs + a.nkw(); ++i) args.push_back(a.args[i]);
    CallArgs b;
    b.args = args.data();
    b.nargs = a.nargs + 1;
    b.kwnames = a.kwnames;
    if (m.type() == function_type || m.type() == native_function_type) return interp().call(m, b);
    Value bound = m.type()->descr_get ? m.type()->descr_get(m, o, Value::borrow(o.type())) : m;
    return interp().call(bound, a);
}

Value slot_iter(const Value& o) {
    Value m = lookup_special(o, "__iter__");
    if (m.is_null() || is_none(m)) {
        if (!lookup_special(o, "__getitem__").is_null()) {
            return new_seq_iter(o);
        }
        raise_type_error(fmt("'%s' object is not iterable", type_name(o).c_str()));
    }
    Value it = call_special(m, o, {});
    if (!it.type()->next)
        raise_type_error(fmt("iter() returned non-iterator of type '%s'", type_name(it).c_str()));
    return it;
}

Value slot_next(const Value& o) {
    Value m = lookup_special(o, "__next__");
    if (m.is_null()) raise_type_error(fmt("'%s' object is not an iterator", type_name(o).c_str()));
    try {
        return call_special(m, o, {});
    } catch (PyError& e) {
        if (exc_matches(e.exc, StopIteration_type)) return Value();
        throw;
    }
}

int64_t slot_len(const Value& o) {
    Value m = lookup_special(o, "__len__");
    if (m.is_null())
        raise_type_error(fmt("object of type '%s' has no len()", type_name(o).c_str()));
    Value r = call_special(m, o, {});
    if (!is_int(r))
        raise_type_error(
            fmt("'%s' object cannot be interpreted as an integer", type_name(r).c_str()));
    int64_t n;
    if (!int_to_i64(r, n)) raise_overflow_error("cannot fit 'int' into an index-sized integer");
    if (n < 0) raise_value_error("__len__() should return >= 0");
    return n;
}

Value slot_getitem(const Value& o, const Value& k) {
    Value m = lookup_special(o, "__getitem__");
    if (m.is_null())
        raise_type_error(fmt("'%s' object is not subscriptable", type_name(o).c_str()));
    return call_special(m, o, {k});
}

void slot_setitem(const Value& o, const Value& k, const Value& v) {
    if (v.is_null()) {
        Value m = lookup_special(o, "__delitem__");
        if (m.is_null())
            raise_type_error(
                fmt("'%s' object doesn't support item deletion", type_name(o).c_str()));
        call_special(m, o, {k});
        return;
    }
    Value m = lookup_special(o, "__setitem__");
    if (m.is_null())
        raise_type_error(fmt("'%s' object does not support item assignment", type_name(o).c_str()));
    call_special(m, o, {k, v});
}

int slot_contains(const Value& o, const Value& item) {
    Value m = lookup_special(o, "__contains__");
    if (m.is_null() || is_none(m)) {
        Value it = get_iter(o);
        while (true) {
            Value x = iter_next(it);
            if (x.is_null()) return 0;
            if (equals(x, item)) return 1;
        }
    }
    return truthy(call_special(m, o, {item})) ? 1 : 0;
}

int slot_truth(const Value& o) {
    Value m = lookup_special(o, "__bool__");
    if (!m.is_null()) {
        Value r = call_special(m, o, {});
        if (r.is(True)) return 1;
        if (r.is(False)) return 0;
        raise_type_error(fmt("__bool__ should return bool, returned %s", type_name(r).c_str()));
    }
    m = lookup_special(o, "__len__");
    if (!m.is_null()) return slot_len(o) != 0;
    return 1;
}

template <int OP>
Value slot_binop(const Value& a, const Value& b) {
    BinOp op = static_cast<BinOp>(OP);
    Type* ta = a.type();
    Type* tb = b.type();
    bool a_has = ta->binop[OP] == &slot_binop<OP>;
    bool do_other = ta != tb && tb->binop[OP] == &slot_binop<OP>;
    Value rmeth;
    if (do_other) {
        rmeth = tb->lookup_value(intern(binop_rdunder(op)));
        if (rmeth.is_null()) do_other = false;
    }
    if (a_has) {
        if (do_other && tb->is_subtype(ta)) {
            Value lr = ta->lookup_value(intern(binop_rdunder(op)));
            if (!lr.is(rmeth)) {
                Value r = call_special(rmeth, b, {a});
                if (!r.is(NotImplemented)) return r;
                do_other = false;
            }
        }
        Value m = ta->lookup_value(intern(binop_dunder(op)));
        if (!m.is_null()) {
            Value r = call_special(m, a, {b});
            if (!r.is(NotImplemented) || ta == tb) return r;
        }
    }
    if (do_other) return call_special(rmeth, b, {a});
    return not_implemented();
}

template <int OP>
Value slot_inplace(const Value& a, const Value& b) {
    Value m = a.type()->lookup_value(intern(binop_idunder(static_cast<BinOp>(OP))));
    if (m.is_null()) return not_implemented();
    return call_special(m, a, {b});
}

template <int OP>
Value slot_unop(const Value& v) {
    static const char* names[] = {"__neg__", "__pos__", "__invert__"};
    Value m = lookup_special(v, names[OP]);
    if (m.is_null()) return not_implemented();
    return call_special(m, v, {});
}

Value slot_descr_get(const Value& d, const Value& obj, const Value& owner) {
    Value m = lookup_special(d, "__get__");
    return call_special(m, d, {obj.is_null() ? none() : obj, owner.is_null() ? none() : owner});
}

void slot_descr_set(const Value& d, const Value& obj, const Value& v) {
    if (v.is_null()) {
        Value m = lookup_special(d, "__delete__");
        if (m.is_null()) raise(AttributeError_type, "__delete__");
        call_special(m, d, {obj});
        return;
    }
    Value m = lookup_special(d, "__set__");
    if (m.is_null()) raise(AttributeError_type, "__set__");
    call_special(m, d, {obj, v});
}

Value slot_tp_new(Type* t, CallArgs& a) {
    Value m = t->lookup_value(intern("__new__"));
    if (m.type() == staticmethod_type) m = m.as<StaticMethodObject>()->func;
    std::vector<Value> args;
    args.reserve(a.nargs + a.nkw() + 1);
    args.push_back(Value::borrow(t));
    for (size_t i = 0; i < a.nargs + a.nkw(); ++i) args.push_back(a.args[i]);
    CallArgs b;
    b.args = args.data();
    b.nargs = a.nargs + 1;
    b.kwnames = a.kwnames;
    return interp().call(m, b);
}

void slot_tp_init(const Value& self, CallArgs& a) {
    Value m = lookup_special(self, "__init__");
    std::vector<Value> args;
    args.reserve(a.nargs + a.nkw() + 1);
    args.push_back(self);
    for (size_t i = 0; i < a.nargs + a.nkw(); ++i) args.push_back(a.args[i]);
    CallArgs b;
    b.args = args.data();
    b.nargs = a.nargs + 1;
    b.kwnames = a.kwnames;
    Value r;
    if (m.type() == function_type || m.type() == native_function_type) {
        r = interp().call(m, b);
    } else {
        Value bound =
            m.type()->descr_get ? m.type()->descr_get(m, self, Value::borrow(self.type())) : m;
        r = interp().call(bound, a);
    }
    if (!is_none(r))
        raise_type_error(fmt("__init__() should return None, not '%s'", type_name(r).c_str()));
}

template <int... I>
struct BinopTable {
    static constexpr Value (*slots[])(const Value&, const Value&) = {&slot_binop<I>...};
    static constexpr Value (*islots[])(const Value&, const Value&) = {&slot_inplace<I>...};
};
using Binops = BinopTable<0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>;

bool defines(Type* t, const char* name) {
    return !t->lookup_value(intern(name)).is_null();
}
bool defines_here(Type* t, const char* name) {
    return t->dict.as<DictObject>()->find_str(intern(name)) != nullptr;
}

} // namespace

// Points the slots of a class at the wrappers for each dunder method the class defines.
void update_slots(Type* t) {
    auto has = [&](const char* n) { return defines_here(t, n); };
    if (has("__repr__")) t->repr = slot_repr;
    if (has("__str__")) t->str = slot_str;
    if (has("__hash__")) {
        Value h = t->dict.as<DictObject>()->find_str(intern("__hash__"))
                      ? *t->dict.as<DictObject>()->find_str(intern("__hash__"))
                      : Value();
        t->hash = is_none(h) ? nullptr : slot_hash;
    } else if (has("__eq__")) {
        // Defining __eq__ without __hash__ makes instances unhashable.
        t->dict.as<DictObject>()->set_str(intern("__hash__"), none());
        t->hash = nullptr;
    }
    for (CmpOp op : {CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge})
        if (has(cmpop_dunder(op))) t->richcmp = slot_richcmp;
    if (has("__getattribute__"))
        t->getattr = slot_getattribute;
    else if (has("__getattr__"))
        t->getattr = slot_getattr;
    if (has("__setattr__") || has("__delattr__")) t->setattr = slot_setattr;
    if (has("__call__")) t->call = slot_call;
    if (has("__iter__")) t->iter = slot_iter;
    if (has("__next__")) t->next = slot_next;
    if (has("__len__")) t->len = slot_len;
    if (has("__getitem__")) {
        t->getitem = slot_getitem;
        if (!t->iter && !defines(t, "__iter__")) t->iter = nullptr;
    }
    if (has("__setitem__") || has("__delitem__")) t->setitem = slot_setitem;
    if (has("__contains__")) t->contains = slot_contains;
    if (has("__bool__") || (has("__len__") && !defines(t, "__bool__"))) t->truth = slot_truth;
    for (int i = 0; i < kBinOps; ++i) {
        BinOp op = static_cast<BinOp>(i);
        if (has(binop_dunder(op)) || has(binop_rdunder(op))) t->binop[i] = Binops::slots[i];
        if (has(binop_idunder(op))) t->inplace[i] = Binops::islots[i];
    }
    if (has("__neg__")) t->unop[0] = slot_unop<0>;
    if (has("__pos__")) t->unop[1] = slot_unop<1>;
    if (has("__invert__")) t->unop[2] = slot_unop<2>;
    if (has("__get__")) t->descr_get = slot_descr_get;
    if (has("__set__") || has("__delete__")) t->descr_set = slot_descr_set;
    if (has("__new__")) t->tp_new = slot_tp_new;
    if (has("__init__")) t->tp_init = slot_tp_init;
    if (has("__del__")) t->finalize = slot_finalize;
}

// ---- class creation --------------------------------------------------------------------------

Value new_class(const std::string& name, Type* base, const Value& ns_in, const Value& kwargs) {
    if (!(base->flags & kTypeBase))
        raise_type_error(fmt("type '%s' is not an acceptable base type", base->name.c_str()));
    Value tv = make<Type>(type_type);
    Type* t = tv.as<Type>();
    t->name = name;
    t->base = base;
    t->flags = kTypeHeap | kTypeBase | (base->flags & kTypeException);
    t->solid = base->solid;
    t->mro.push_back(t);
    for (Type* b : base->mro) t->mro.push_back(b);
    incref(base);
    inherit_slots(t, base);
    DictObject* ns = ns_in.as<DictObject>();
    Value dict = new_dict();
    DictObject* d = dict.as<DictObject>();
    Value classcell;
    Value qualname;
    dict_for_each(ns, [&](const Value& k, const Value& v) {
        if (is_str(k) && as_str(k)->s == "__qualname__") {
            qualname = v;
            return;
        }
        if (is_str(k) && as_str(k)->s == "__classcell__") {
            classcell = v;
            return;
        }
        d->set(k, v);
    });
    t->qualname = qualname.is_null() ? name : str_utf8(qualname);
    Value* mod = d->find_str(intern("__module__"));
    t->module = mod && is_str(*mod) ? as_str(*mod)->s : "__main__";
    // __new__ is a static method and __init_subclass__ / __class_getitem__ class methods,
    // implicitly.
    if (Value* nv = d->find_str(intern("__new__")); nv && nv->type() == function_type)
        *nv = make<StaticMethodObject>(staticmethod_type, *nv);
    for (const char* cm : {"__init_subclass__", "__class_getitem__"})
        if (Value* v = d->find_str(intern(cm)); v && v->type() == function_type)
            *v = make<ClassMethodObject>(classmethod_type, *v);
    if (!d->find_str(intern("__doc__"))) d->set_str(intern("__doc__"), none());
    t->dict = dict;
    // __slots__: named storage instead of a __dict__.
    bool base_has_dict = base->flags & kTypeHasDict;
    if (Value* sl = d->find_str(intern("__slots__"))) {
        std::vector<Value> names;
        if (is_str(*sl))
            names.push_back(*sl);
        else
            names = to_vector(*sl);
        bool want_dict = false;
        size_t offset = 0;
        for (Type* b : base->mro) offset += b->slot_names.size();
        for (const Value& n : names) {
            if (!is_str(n))
                raise_type_error(
                    fmt("__slots__ items must be strings, not '%s'", type_name(n).c_str()));
            std::string s = as_str(n)->s;
            if (s == "__dict__") {
                want_dict = true;
                continue;
            }
            StrObject* key = intern(s);
            if (d->find_str(key))
                raise_value_error(
                    fmt("'%s' in __slots__ conflicts with class variable", s.c_str()));
            t->slot_names.push_back(key);
            d->set_str(key, new_member_descriptor(t, key, offset++));
        }
        if (want_dict || base_has_dict) t->flags |= kTypeHasDict;
    } else {
        t->flags |= kTypeHasDict;
    }
    if (t->flags & kTypeHasDict) {
        t->dict_offset_fn = base->dict_offset_fn ? base->dict_offset_fn : instance_dict_of;
        if (!base_has_dict && !d->find_str(intern("__dict__")))
            add_getset(t, "__dict__", instance_dict_get, instance_dict_set);
    }
    update_slots(t);
    if (!classcell.is_null()) {
        if (classcell.type() != cell_type)
            raise_type_error(
                fmt("__classcell__ must be a nonlocal cell, not %s", type_name(classcell).c_str()));
        classcell.as<CellObject>()->value = tv;
    }
    // __set_name__ on descriptors, then __init_subclass__ on the parent.
    std::vector<std::pair<Value, Value>> items;
    dict_for_each(d, [&](const Value& k, const Value& v) { items.emplace_back(k, v); });
    for (auto& [k, v] : items) {
        Value sn = v.type()->lookup_value(intern("__set_name__"));
        if (!sn.is_null()) call_special(sn, v, {tv, k});
    }
    Value init_sub = getattr_opt(Value::borrow(base), intern("__init_subclass__"));
    if (!init_sub.is_null()) {
        // Bound to the new class through super(): call the parent's classmethod with cls=t.
        Value raw = base->lookup_value(intern("__init_subclass__"));
        if (raw.type() == classmethod_type) {
            Value f = raw.as<ClassMethodObject>()->func;
            std::vector<Value> args{tv};
            std::vector<Value> kwvals;
            Value kwnames;
            if (!kwargs.is_null() && as_dict(kwargs)->size()) {
                std::vector<Value> names;
                dict_for_each(as_dict(kwargs), [&](const Value& k, const Value& v) {
                    names.push_back(k);
                    args.push_back(v);
                });
                kwnames = new_tuple(std::move(names));
            }
            CallArgs a;
            a.args = args.data();
            a.nargs = 1;
            a.kwnames = kwnames.is_null() ? nullptr : as_tuple(kwnames);
            interp().call(f, a);
        } else if (!kwargs.is_null() && as_dict(kwargs)->size()) {
            raise_type_error(
                fmt("%s.__init_subclass__() takes no keyword arguments", name.c_str()));
        }
    }
    return tv;
}

// ---- super ----------------------------------------------------------------------------------

Value super_getattr(const Value& sv, StrObject* name) {
    auto* s = sv.as<SuperObject>();
    Type* start = s->obj_type;
    if (name->s != "__class__") {
        bool found = false;
        for (Type* t : start->mro) {
            if (!found) {
                if (t == s->type) found = true;
                continue;
            }
            Value* v = t->dict.as<DictObject>()->find_str(name);
            if (!v) continue;
            Type* vt = v->type();
            if (vt->descr_get) {
                Value obj = s->obj.is(s->obj_type) ? Value() : s->obj;
                return vt->descr_get(*v, obj, Value::borrow(s->obj_type));
            }
            return *v;
        }
    }
    return generic_getattr(sv, name);
}

Value super_new(Type*, CallArgs& a) {
    Value type_arg, obj;
    if (a.nargs == 0) {
        // Zero-argument form: the __class__ cell and first argument of the calling function.
        Frame* f = interp().thread().frame;
        if (!f || !f->func) raise_runtime_error("super(): no arguments");
        CodeObject* co = f->code;
        if (co->argcount == 0 && !(co->flags & kCoVarargs))
            raise_runtime_error("super(): no arguments");
        Value first = f->localsplus()[0];
        for (size_t i = 0; i < co->cell2arg.size(); ++i) {
            if (co->cell2arg[i] != 0) continue;
            Value c = f->localsplus()[co->varnames.size() + i];
            if (!c.is_null() && c.type() == cell_type) first = c.as<CellObject>()->value;
        }
        if (first.is_null()) raise_runtime_error("super(): arg[0] deleted");
        size_t base = co->varnames.size() + co->cellvars.size();
        for (size_t i = 0; i < co->freevars.size(); ++i) {
            if (co->freevars[i]->s == "__class__") {
                Value cell = f->localsplus()[base + i];
                type_arg = cell.as<CellObject>()->value;
                if (type_arg.is_null()) raise_runtime_error("super(): empty __class__ cell");
                break;
            }
        }
        if (type_arg.is_null()) raise_runtime_error("super(): __class__ cell not found");
        obj = first;
    } else {
        type_arg = a.args[0];
        if (a.nargs > 1) obj = a.args[1];
    }
    if (!is_instance(type_arg, type_type))
        raise_type_error(
            fmt("super() argument 1 must be a type, not %s", type_name(type_arg).c_str()));
    Value sv = make<SuperObject>(super_type);
    auto* s = sv.as<SuperObject>();
    s->type = type_arg.as<Type>();
    s->obj = obj;
    if (!obj.is_null()) {
        if (is_instance(obj, type_type) && obj.as<Type>()->is_subtype(s->type))
            s->obj_type = obj.as<Type>();
        else if (obj.type()->is_subtype(s->type))
            s->obj_type = obj.type();
        else
            raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    } else {
        s->obj_type = s->type;
    }
    return sv;
}

} // namespace loopstep::py
