// Module objects, read-only frame views, and the singletons None, NotImplemented and Ellipsis.
#include "core/py/module.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/source.h"
#include "core/py/str.h"
#include "core/py/type.h"

namespace loopstep::py {

Type *module_type, *none_type, *notimplemented_type, *ellipsis_type, *frame_type;
Object *None, *NotImplemented, *Ellipsis;

namespace {

struct FrameViewObject : Object {
    explicit FrameViewObject(Type* t) : Object(t) {}
    Value code;
    int lineno = 0;
    Value locals;
    Value globals;
};

Value module_getattr(const Value& m, StrObject* name) {
    auto* mod = m.as<ModuleObject>();
    if (name->s == "__dict__") return mod->dict;
    if (Value* v = as_dict(mod->dict)->find_str(name)) return *v;
    Value r = generic_getattr(m, name);
    if (!r.is_null()) return r;
    if (Value* hook = as_dict(mod->dict)->find_str(intern("__getattr__")))
        return call(*hook, {Value::borrow(name)});
    return Value();
}

void module_setattr(const Value& m, StrObject* name, const Value& v) {
    auto* mod = m.as<ModuleObject>();
    if (v.is_null()) {
        if (!as_dict(mod->dict)->del(Value::borrow(name)))
            raise(AttributeError_type, module_attribute_error_message(m, name));
        return;
    }
    as_dict(mod->dict)->set_str(name, v);
}

Value module_repr(const Value& m) {
    auto* mod = m.as<ModuleObject>();
    Value* n = as_dict(mod->dict)->find_str(intern("__name__"));
    std::string name = n && is_str(*n) ? as_str(*n)->s : "?";
    if (mod->origin.empty() || mod->origin == "(built-in)")
        return new_str("<module '" + name + "' (built-in)>");
    return new_str("<module '" + name + "' from '" + mod->origin + "'>");
}

Value* module_dict_ptr(const Value& m) {
    return &m.as<ModuleObject>()->dict;
}

Value frame_getattr(const Value& v, StrObject* name) {
    auto* f = v.as<FrameViewObject>();
    if (name->s == "f_code") return f->code;
    if (name->s == "f_lineno") return new_int(f->lineno);
    if (name->s == "f_locals") return f->locals.is_null() ? new_dict() : f->locals;
    if (name->s == "f_globals") return f->globals.is_null() ? new_dict() : f->globals;
    if (name->s == "f_back") return none();
    return generic_getattr(v, name);
}

Value frame_repr(const Value& v) {
    auto* f = v.as<FrameViewObject>();
    auto* co = f->code.as<CodeObject>();
    return new_str(fmt("<frame at 0x%llx, file '%s', line %d, code %s>",
                       static_cast<unsigned long long>(object_id(v.obj())), co->filename().c_str(),
                       f->lineno, co->name.c_str()));
}

Value none_repr(const Value&) {
    return new_str_ascii("None");
}
int none_truth(const Value&) {
    return 0;
}
Value none_new(Type*, CallArgs& a) {
    if (a.nargs || a.nkw()) raise_type_error("NoneType takes no arguments");
    return none();
}
Value ni_repr(const Value&) {
    return new_str_ascii("NotImplemented");
}
Value ellipsis_repr(const Value&) {
    return new_str_ascii("Ellipsis");
}

Object* make_singleton(Type* t) {
    Value v = make<InstanceObject>(t);
    Object* o = v.release();
    o->rc = 1u << 30;
    return o;
}

} // namespace

Value new_module(const std::string& name, Value dict) {
    Value m = make<ModuleObject>(module_type);
    auto* mod = m.as<ModuleObject>();
    mod->dict = dict.is_null() ? new_dict() : std::move(dict);
    DictObject* d = as_dict(mod->dict);
    if (!d->find_str(intern("__name__"))) d->set_str(intern("__name__"), new_str(name));
    if (!d->find_str(intern("__doc__"))) d->set_str(intern("__doc__"), none());
    mod->origin = "(built-in)";
    return m;
}

void module_add(const Value& module, const char* name, Value v) {
    as_dict(module.as<ModuleObject>()->dict)->set_str(intern(name), std::move(v));
}

void module_add_function(const Value& module, const char* name, NativeFn fn) {
    module_add(module, name, new_native(name, fn, module));
}

std::string module_attribute_error_message(const Value& module, StrObject* name) {
    Value* n = as_dict(module.as<ModuleObject>()->dict)->find_str(intern("__name__"));
    std::string mname = n && is_str(*n) ? as_str(*n)->s : "?";
    return fmt("module '%s' has no attribute '%s'", mname.c_str(), name->s.c_str());
}

int reported_line(const CodeObject* co, int line) {
    return co->source ? co->source->report(line) : line;
}

Value new_frame_view(Frame* f) {
    Value v = make<FrameViewObject>(frame_type);
    auto* fv = v.as<FrameViewObject>();
    fv->code = f->code_ref;
    fv->lineno = f->shown_line ? f->shown_line : reported_line(f->code, f->code->line_at(f->lasti));
    fv->locals = frame_locals_dict(f);
    fv->globals = f->globals;
    return v;
}

Value new_unstarted_frame_view(Frame* f) {
    Value v = new_frame_view(f);
    v.as<FrameViewObject>()->lineno = f->code->firstlineno;
    return v;
}

Value new_code_frame_view(const Value& code, int lineno) {
    Value v = make<FrameViewObject>(frame_type);
    auto* fv = v.as<FrameViewObject>();
    fv->code = code;
    fv->lineno = lineno;
    return v;
}

void init_module_type() {
    module_type = new_builtin_type("module", object_type, kTypeBase);
    module_type->getattr = module_getattr;
    module_type->setattr = module_setattr;
    module_type->repr = module_repr;
    module_type->dict_offset_fn = module_dict_ptr;
    module_type->tp_new = nullptr;

    frame_type = new_builtin_type("frame", object_type, 0);
    frame_type->getattr = frame_getattr;
    frame_type->repr = frame_repr;
    frame_type->tp_new = nullptr;
}

void init_misc_types() {
    none_type = new_builtin_type("NoneType", object_type, 0);
    none_type->repr = none_repr;
    none_type->truth = none_truth;
    none_type->tp_new = none_new;
    None = make_singleton(none_type);

    notimplemented_type = new_builtin_type("NotImplementedType", object_type, 0);
    notimplemented_type->repr = ni_repr;
    notimplemented_type->tp_new = nullptr;
    NotImplemented = make_singleton(notimplemented_type);

    ellipsis_type = new_builtin_type("ellipsis", object_type, 0);
    ellipsis_type->repr = ellipsis_repr;
    ellipsis_type->tp_new = nullptr;
    Ellipsis = make_singleton(ellipsis_type);
}

} // namespace loopstep::py
