// See weakref.h. Targets are tracked in a side table keyed by address; a flag bit in the
// object header tells dealloc() to look there.
#include "core/py/weakref.h"

#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/type.h"

#include <unordered_map>
#include <vector>

namespace loopstep::py {

Type* weakref_type;

namespace {

struct WeakRefObject : Object {
    explicit WeakRefObject(Type* t) : Object(t) {}
    ~WeakRefObject() override;
    Object* target = nullptr;
    Value callback;
    int64_t hash_ = -1;
};

thread_local std::unordered_map<Object*, std::vector<WeakRefObject*>> tl_refs;
constexpr uint32_t kHasWeakrefsBit = 0x20000000u;

WeakRefObject::~WeakRefObject() {
    if (!target) return;
    auto it = tl_refs.find(target);
    if (it == tl_refs.end()) return;
    auto& v = it->second;
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i] == this) {
            v.erase(v.begin() + static_cast<long>(i));
            break;
        }
    if (v.empty()) {
        tl_refs.erase(it);
        target->alloc_size &= ~kHasWeakrefsBit;
    }
}

Value ref_new(Type*, CallArgs& a) {
    check_nargs(a, "ref", 1, 2);
    return new_weakref(a.args[0], a.nargs > 1 ? a.args[1] : Value());
}

Value ref_call(const Value& v, CallArgs& a) {
    check_nargs(a, "weakref", 0, 0);
    auto* r = v.as<WeakRefObject>();
    return r->target ? Value::borrow(r->target) : none();
}

Value ref_repr(const Value& v) {
    auto* r = v.as<WeakRefObject>();
    if (!r->target) return new_str(fmt("<weakref at 0x%llx; dead>", static_cast<unsigned long long>(object_id(v.obj()))));
    return new_str(fmt("<weakref at 0x%llx; to '%s' at 0x%llx>",
                       static_cast<unsigned long long>(object_id(v.obj())), r->target->type->name.c_str(),
                       static_cast<unsigned long long>(object_id(r->target))));
}

int64_t ref_hash(const Value& v) {
    auto* r = v.as<WeakRefObject>();
    if (r->hash_ != -1) return r->hash_;
    if (!r->target) raise_type_error("weak object has gone away");
    r->hash_ = hash(Value::borrow(r->target));
    return r->hash_;
}

Value ref_richcmp(const Value& a, const Value& b, CmpOp op) {
    if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != weakref_type) return not_implemented();
    auto* x = a.as<WeakRefObject>();
    auto* y = b.as<WeakRefObject>();
    bool eq;
    if (x->target && y->target)
        eq = equals(Value::borrow(x->target), Value::borrow(y->target));
    else
        eq = a.is(b);
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

} // namespace

Value new_weakref(const Value& target, const Value& callback) {
    if (!target.is_obj())
        raise_type_error(fmt("cannot create weak reference to '%s' object", type_name(target).c_str()));
    Value v = make<WeakRefObject>(weakref_type);
    auto* r = v.as<WeakRefObject>();
    r->target = target.obj();
    r->callback = callback.is_null() || is_none(callback) ? Value() : callback;
    tl_refs[r->target].push_back(r);
    r->target->alloc_size |= kHasWeakrefsBit;
    return v;
}

void clear_weakrefs(Object* target) {
    auto it = tl_refs.find(target);
    if (it == tl_refs.end()) return;
    std::vector<WeakRefObject*> refs = std::move(it->second);
    tl_refs.erase(it);
    std::vector<Value> keep;
    for (WeakRefObject* r : refs) {
        r->target = nullptr;
        if (!r->callback.is_null()) keep.push_back(Value::borrow(r));
    }
    for (const Value& rv : keep) {
        try {
            call(rv.as<WeakRefObject>()->callback, {rv});
        } catch (PyError& e) {
            interp().write_unraisable(e.exc, rv.as<WeakRefObject>()->callback);
        }
    }
}

void init_weakref_type() {
    weakref_type = new_builtin_type("ReferenceType", object_type, kTypeBase);
    weakref_type->module = "weakref";
    weakref_type->tp_new = ref_new;
    weakref_type->tp_init = nullptr;
    weakref_type->call = ref_call;
    weakref_type->repr = ref_repr;
    weakref_type->hash = ref_hash;
    weakref_type->richcmp = ref_richcmp;
}

} // namespace loopstep::py
