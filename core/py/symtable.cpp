// Scope analysis; see symtable.h. Two passes, as CPython's symtable.c: the first records how
// each name is used in each scope, the second resolves every name to local, global, free or
// cell, passing the names bound in enclosing functions down to nested scopes.
#include "core/py/symtable.h"

#include <algorithm>
#include <set>

namespace loopstep::py {

using namespace ast;

NameScope Scope::lookup(const std::string& n) const {
    auto it = symbols.find(n);
    return it == symbols.end() ? NameScope::GlobalImplicit : it->second.scope;
}

Scope* Scope::child_for(const void* n) const {
    for (auto& c : children)
        if (c->node == n) return c.get();
    return nullptr;
}

namespace {

constexpr unsigned kDefBound = kDefLocal | kDefParam;

struct SymtableError {
    SyntaxError err;
};

class Builder {
  public:
    Builder(const std::string& filename) : filename_(filename) {}

    std::unique_ptr<Scope> run(const Module& m) {
        auto top = std::make_unique<Scope>();
        top->kind = ScopeKind::Module;
        top->name = "top";
        cur_ = top.get();
        for (Stmt* s : m.body) visit(s);
        return top;
    }

    [[noreturn]] void error(const std::string& msg, const Located& at) {
        SyntaxError e;
        e.message = msg;
        e.filename = filename_;
        e.lineno = at.lineno;
        e.offset = at.col_offset + 1;
        e.end_lineno = at.end_lineno;
        e.end_offset = at.end_col_offset + 1;
        throw SymtableError{e};
    }

  private:
    std::string filename_;
    Scope* cur_ = nullptr;
    std::string class_name_; // innermost enclosing class, for name mangling

    Scope* enter(ScopeKind kind, const std::string& name, const void* node, int lineno) {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->name = name;
        s->parent = cur_;
        s->node = node;
        s->lineno = lineno;
        Scope* raw = s.get();
        cur_->children.push_back(std::move(s));
        cur_ = raw;
        return raw;
    }
    void leave() { cur_ = cur_->parent; }

    std::string mangle(const std::string& name) const {
        if (class_name_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
        if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
            return name;
        if (name.find('.') != std::string::npos) return name;
        size_t i = 0;
        while (i < class_name_.size() && class_name_[i] == '_') ++i;
        if (i == class_name_.size()) return name;
        return "_" + class_name_.substr(i) + name;
    }

    void add_def(const std::string& raw, unsigned flag, const Located& at, Scope* scope = nullptr) {
        Scope* s = scope ? scope : cur_;
        std::string name = mangle(raw);
        Symbol& sym = s->symbols[name];
        if ((flag & kDefParam) && (sym.flags & kDefParam))
            error("duplicate argument '" + name + "' in function definition", at);
        sym.flags |= flag;
        if (flag & kDefParam) s->varnames.push_back(name);
    }

    void check_global_decl(const std::string& name, const Located& at, bool nonlocal) {
        auto it = cur_->symbols.find(name);
        if (it == cur_->symbols.end()) return;
        unsigned f = it->second.flags;
        const char* what = nonlocal ? "nonlocal" : "global";
        if ((f & kDefParam)) error("name '" + name + "' is parameter and " + what, at);
        if (nonlocal && (f & kDefGlobal)) error("name '" + name + "' is nonlocal and global", at);
        if (!nonlocal && (f & kDefNonlocal))
            error("name '" + name + "' is nonlocal and global", at);
        if (f & kDefLocal)
            error("name '" + name + "' is assigned to before " + what + " declaration", at);
        if (f & kUse) error("name '" + name + "' is used prior to " + what + " declaration", at);
        if (f & kDefAnnot) error("annotated name '" + name + "' can't be " + what, at);
    }

    void visit_body(const std::vector<Stmt*>& body) {
        for (Stmt* s : body) visit(s);
    }

    void visit_args_defaults(Arguments* a) {
        for (Expr* d : a->defaults) visit(d);
        for (Expr* d : a->kw_defaults)
            if (d) visit(d);
    }
    void visit_annotations(Arguments* a, Expr* returns) {
        auto ann = [&](Arg* x) {
            if (x && x->annotation) visit(x->annotation);
        };
        for (Arg* x : a->posonlyargs) ann(x);
        for (Arg* x : a->args) ann(x);
        ann(a->vararg);
        for (Arg* x : a->kwonlyargs) ann(x);
        ann(a->kwarg);
        if (returns) visit(returns);
    }
    void visit_params(Arguments* a) {
        for (Arg* x : a->posonlyargs) add_def(x->arg, kDefParam, *x);
        for (Arg* x : a->args) add_def(x->arg, kDefParam, *x);
        for (Arg* x : a->kwonlyargs) add_def(x->arg, kDefParam, *x);
        if (a->vararg) {
            add_def(a->vararg->arg, kDefParam, *a->vararg);
            cur_->has_varargs = true;
        }
        if (a->kwarg) {
            add_def(a->kwarg->arg, kDefParam, *a->kwarg);
            cur_->has_varkeywords = true;
        }
    }

    void visit_function(const Stmt* node, const std::string& name, Arguments* args,
                        const std::vector<Stmt*>& body, const std::vector<Expr*>& decorators,
                        Expr* returns, bool is_async, const Located& at) {
        add_def(name, kDefLocal, at);
        visit_args_defaults(args);
        visit_annotations(args, returns);
        for (Expr* d : decorators) visit(d);
        Scope* s = enter(ScopeKind::Function, name, node, at.lineno);
        s->is_coroutine = is_async;
        s->is_async_def = is_async;
        visit_params(args);
        visit_body(body);
        leave();
    }

    void visit(Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef: {
            auto* f = s->as<FunctionDef>();
            visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false, *s);
            break;
        }
        case StmtKind::AsyncFunctionDef: {
            auto* f = s->as<AsyncFunctionDef>();
            visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true, *s);
            break;
        }
        case StmtKind::ClassDef: {
            auto* c = s->as<ClassDef>();
            add_def(c->name, kDefLocal, *s);
            for (Expr* b : c->bases) visit(b);
            for (Keyword* k : c->keywords) visit(k->value);
            for (Expr* d : c->decorator_list) visit(d);
            std::string saved = class_name_;
            enter(ScopeKind::Class, c->name, s, s->lineno);
            class_name_ = c->name;
            visit_body(c->body);
            class_name_ = saved;
            leave();
            break;
        }
        case StmtKind::Return: {
            auto* r = s->as<Return>();
            if (r->value) visit(r->value);
            break;
        }
        case StmtKind::Delete:
            for (Expr* t : s->as<Delete>()->targets) visit(t);
            break;
        case StmtKind::Assign: {
            auto* a = s->as<Assign>();
            for (Expr* t : a->targets) visit(t);
            visit(a->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* a = s->as<AnnAssign>();
            if (auto* n = a->target->as<Name>()) {
                std::string name = mangle(n->id);
                auto it = cur_->symbols.find(name);
                if (it != cur_->symbols.end() && (it->second.flags & (kDefGlobal | kDefNonlocal)) &&
                    a->simple) {
                    error("annotated name '" + n->id + "' can't be " +
                              ((it->second.flags & kDefGlobal) ? "global" : "nonlocal"),
                          *s);
                }
                if (a->simple)
                    add_def(n->id, kDefAnnot | kDefLocal, *n);
                else if (a->value)
                    add_def(n->id, kDefLocal, *n);
            } else {
                visit(a->target);
            }
            visit(a->annotation);
            if (a->value) visit(a->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* a = s->as<AugAssign>();
            visit(a->target);
            visit(a->value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            Expr* target;
            Expr* iter;
            const std::vector<Stmt*>*body, *orelse;
            if (auto* f = s->as<For>()) {
                target = f->target, iter = f->iter, body = &f->body, orelse = &f->orelse;
            } else {
                auto* af = s->as<AsyncFor>();
                target = af->target, iter = af->iter, body = &af->body, orelse = &af->orelse;
            }
            visit(target);
            visit(iter);
            visit_body(*body);
            visit_body(*orelse);
            break;
        }
        case StmtKind::While: {
            auto* w = s->as<While>();
            visit(w->test);
            visit_body(w->body);
            visit_body(w->orelse);
            break;
        }
        case StmtKind::If: {
            auto* i = s->as<If>();
            visit(i->test);
            visit_body(i->body);
            visit_body(i->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const std::vector<WithItem*>* items;
            const std::vector<Stmt*>* body;
            if (auto* w = s->as<With>())
                items = &w->items, body = &w->body;
            else
                items = &s->as<AsyncWith>()->items, body = &s->as<AsyncWith>()->body;
            for (WithItem* it : *items) {
                visit(it->context_expr);
                if (it->optional_vars) visit(it->optional_vars);
            }
            visit_body(*body);
            break;
        }
        case StmtKind::Match: {
            auto* m = s->as<Match>();
            visit(m->subject);
            break;
        }
        case StmtKind::Raise: {
            auto* r = s->as<Raise>();
            if (r->exc) visit(r->exc);
            if (r->cause) visit(r->cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const std::vector<Stmt*>*body, *orelse, *finalbody;
            const std::vector<ExceptHandler*>* handlers;
            if (auto* t = s->as<Try>()) {
                body = &t->body, orelse = &t->orelse, finalbody = &t->finalbody,
                handlers = &t->handlers;
            } else {
                auto* t2 = s->as<TryStar>();
                body = &t2->body, orelse = &t2->orelse, finalbody = &t2->finalbody,
                handlers = &t2->handlers;
            }
            visit_body(*body);
            for (ExceptHandler* h : *handlers) {
                if (h->type) visit(h->type);
                if (h->name) add_def(*h->name, kDefLocal, *h);
                visit_body(h->body);
            }
            visit_body(*orelse);
            visit_body(*finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* a = s->as<Assert>();
            visit(a->test);
            if (a->msg) visit(a->msg);
            break;
        }
        case StmtKind::Import:
        case StmtKind::ImportFrom: {
            const std::vector<Alias*>& names =
                s->is<Import>() ? s->as<Import>()->names : s->as<ImportFrom>()->names;
            for (Alias* a : names) {
                if (a->name == "*") {
                    if (cur_->kind != ScopeKind::Module)
                        error("import * only allowed at module level", *s);
                    continue;
                }
                std::string bound = a->asname ? *a->asname : a->name.substr(0, a->name.find('.'));
                add_def(bound, kDefLocal, *a);
            }
            break;
        }
        case StmtKind::Global:
            for (const std::string& n : s->as<Global>()->names) {
                check_global_decl(mangle(n), *s, false);
                add_def(n, kDefGlobal, *s);
            }
            break;
        case StmtKind::Nonlocal:
            if (cur_->kind == ScopeKind::Module)
                error("nonlocal declaration not allowed at module level", *s);
            for (const std::string& n : s->as<Nonlocal>()->names) {
                check_global_decl(mangle(n), *s, true);
                add_def(n, kDefNonlocal, *s);
            }
            break;
        case StmtKind::Expr: visit(s->as<ExprStmt>()->value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
    }

    void visit_comprehension(Expr* node, const char* name, const std::vector<Comprehension*>& gens,
                             Expr* elt, Expr* value) {
        bool is_generator = node->is<GeneratorExp>();
        // The outermost iterable is evaluated in the enclosing scope.
        visit(gens[0]->iter);
        Scope* s = enter(ScopeKind::Comprehension, name, node, node->lineno);
        s->is_generator = is_generator;
        if (gens[0]->is_async) s->is_coroutine = true;
        Located implicit = *node;
        add_def(".0", kDefParam, implicit);
        in_comp_target_ = true;
        visit(gens[0]->target);
        in_comp_target_ = false;
        for (Expr* cond : gens[0]->ifs) visit(cond);
        for (size_t i = 1; i < gens.size(); ++i) {
            Comprehension* g = gens[i];
            in_comp_target_ = true;
            visit(g->target);
            in_comp_target_ = false;
            visit(g->iter);
            for (Expr* cond : g->ifs) visit(cond);
            if (g->is_async) s->is_coroutine = true;
        }
        if (value) visit(value);
        visit(elt);
        leave();
        // An async comprehension (or one awaiting inside) makes the enclosing scope await it.
        if (s->is_coroutine && !is_generator) mark_await(*node);
    }
    bool in_comp_target_ = false;

    void mark_await(const Located& /*at*/) {
        if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
    }

    void visit_namedexpr_target(Name* n) {
        // The target binds in the nearest enclosing scope that is not a comprehension.
        std::string name = mangle(n->id);
        for (Scope* s = cur_; s; s = s->parent) {
            if (s->kind == ScopeKind::Comprehension) {
                auto it = s->symbols.find(name);
                if (it != s->symbols.end() && (it->second.flags & kDefComprehensionIter))
                    error("assignment expression cannot rebind comprehension iteration variable '" +
                              n->id + "'",
                          *n);
                continue;
            }
            if (s->kind == ScopeKind::Class)
                error("assignment expression within a comprehension cannot be used in a class body",
                      *n);
            bool module = s->kind == ScopeKind::Module;
            for (Scope* c = cur_; c != s; c = c->parent) {
                c->symbols[name].flags |= (module ? kDefGlobal : kDefNonlocal) | kUse;
            }
            Symbol& target = s->symbols[name];
            if (module && (target.flags & kDefNonlocal)) target.flags &= ~kDefNonlocal;
            target.flags |= kDefLocal;
            return;
        }
    }

    void visit(Expr* e) {
        switch (e->kind) {
        case ExprKind::BoolOp:
            for (Expr* v : e->as<BoolOp>()->values) visit(v);
            break;
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            visit(n->value);
            auto* target = n->target->as<Name>();
            if (cur_->kind == ScopeKind::Comprehension) {
                visit_namedexpr_target(target);
            } else {
                visit(n->target);
            }
            break;
        }
        case ExprKind::BinOp:
            visit(e->as<BinOp>()->left);
            visit(e->as<BinOp>()->right);
            break;
        case ExprKind::UnaryOp: visit(e->as<UnaryOp>()->operand); break;
        case ExprKind::Lambda: {
            auto* l = e->as<Lambda>();
            visit_args_defaults(l->args);
            enter(ScopeKind::Lambda, "lambda", e, e->lineno);
            visit_params(l->args);
            visit(l->body);
            leave();
            break;
        }
        case ExprKind::IfExp: {
            auto* i = e->as<IfExp>();
            visit(i->test);
            visit(i->body);
            visit(i->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* d = e->as<Dict>();
            for (Expr* k : d->keys)
                if (k) visit(k);
            for (Expr* v : d->values) visit(v);
            break;
        }
        case ExprKind::Set:
            for (Expr* x : e->as<Set>()->elts) visit(x);
            break;
        case ExprKind::ListComp:
            visit_comprehension(e, "listcomp", e->as<ListComp>()->generators,
                                e->as<ListComp>()->elt, nullptr);
            break;
        case ExprKind::SetComp:
            visit_comprehension(e, "setcomp", e->as<SetComp>()->generators, e->as<SetComp>()->elt,
                                nullptr);
            break;
        case ExprKind::DictComp:
            visit_comprehension(e, "dictcomp", e->as<DictComp>()->generators,
                                e->as<DictComp>()->key, e->as<DictComp>()->value);
            break;
        case ExprKind::GeneratorExp:
            visit_comprehension(e, "genexpr", e->as<GeneratorExp>()->generators,
                                e->as<GeneratorExp>()->elt, nullptr);
            break;
        case ExprKind::Await:
            if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
            visit(e->as<Await>()->value);
            break;
        case ExprKind::Yield: {
            auto* y = e->as<Yield>();
            if (y->value) visit(y->value);
            mark_yield(*e);
            break;
        }
        case ExprKind::YieldFrom:
            visit(e->as<YieldFrom>()->value);
            mark_yield(*e);
            break;
        case ExprKind::Compare: {
            auto* c = e->as<Compare>();
            visit(c->left);
            for (Expr* x : c->comparators) visit(x);
            break;
        }
        case ExprKind::Call: {
            auto* c = e->as<Call>();
            visit(c->func);
            for (Expr* a : c->args) visit(a);
            for (Keyword* k : c->keywords) visit(k->value);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* f = e->as<FormattedValue>();
            visit(f->value);
            if (f->format_spec) visit(f->format_spec);
            break;
        }
        case ExprKind::JoinedStr:
            for (Expr* v : e->as<JoinedStr>()->values) visit(v);
            break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visit(e->as<Attribute>()->value); break;
        case ExprKind::Subscript:
            visit(e->as<Subscript>()->value);
            visit(e->as<Subscript>()->slice);
            break;
        case ExprKind::Starred: visit(e->as<Starred>()->value); break;
        case ExprKind::Name: {
            auto* n = e->as<Name>();
            if (n->ctx == ExprContext::Load) {
                add_def(n->id, kUse, *n);
            } else {
                unsigned flag = kDefLocal;
                if (in_comp_target_ && cur_->kind == ScopeKind::Comprehension)
                    flag |= kDefComprehensionIter;
                add_def(n->id, flag, *n);
            }
            // Zero-argument super() and __class__ need the class cell.
            if (n->ctx == ExprContext::Load && cur_->kind != ScopeKind::Module &&
                cur_->kind != ScopeKind::Class && n->id == "super") {
                add_def("__class__", kUse, *n);
                cur_->uses_super = true;
            }
            break;
        }
        case ExprKind::List:
            for (Expr* x : e->as<List>()->elts) visit(x);
            break;
        case ExprKind::Tuple:
            for (Expr* x : e->as<Tuple>()->elts) visit(x);
            break;
        case ExprKind::Slice: {
            auto* s = e->as<Slice>();
            if (s->lower) visit(s->lower);
            if (s->upper) visit(s->upper);
            if (s->step) visit(s->step);
            break;
        }
        }
    }

    void mark_yield(const Located& at) {
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class)
            error("'yield' outside function", at);
        if (cur_->kind == ScopeKind::Comprehension) {
            error(std::string("'yield' inside ") +
                      (cur_->name == "genexpr"    ? "generator expression"
                       : cur_->name == "listcomp" ? "list comprehension"
                       : cur_->name == "setcomp"  ? "set comprehension"
                                                  : "dict comprehension"),
                  at);
        }
        cur_->is_generator = true;
    }
};

bool is_function_like(const Scope* s) {
    return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
           s->kind == ScopeKind::Comprehension;
}

using NameSet = std::set<std::string>;

void analyze_name(Scope* s, const std::string& name, Symbol& sym, const NameSet* bound,
                  NameSet& local, NameSet& free, NameSet& global, Builder& b) {
    unsigned f = sym.flags;
    if (f & kDefGlobal) {
        sym.scope = NameScope::GlobalExplicit;
        global.insert(name);
        return;
    }
    if (f & kDefNonlocal) {
        if (!bound || !bound->count(name)) {
            Located at{s->lineno, 0, s->lineno, 0};
            b.error("no binding for nonlocal '" + name + "' found", at);
        }
        sym.scope = NameScope::Free;
        free.insert(name);
        return;
    }
    if (f & kDefBound) {
        sym.scope = NameScope::Local;
        local.insert(name);
        global.erase(name);
        return;
    }
    if (bound && bound->count(name)) {
        sym.scope = NameScope::Free;
        free.insert(name);
        return;
    }
    sym.scope = NameScope::GlobalImplicit;
}

void analyze_block(Scope* s, const NameSet* bound, NameSet& free, NameSet& global, Builder& b);

void analyze_child(Scope* child, const NameSet& bound, const NameSet& global, NameSet& child_free,
                   Builder& b) {
    NameSet temp_bound = bound;
    NameSet temp_global = global;
    NameSet temp_free;
    analyze_block(child, &temp_bound, temp_free, temp_global, b);
    child_free.insert(temp_free.begin(), temp_free.end());
}

void analyze_block(Scope* s, const NameSet* bound, NameSet& free, NameSet& global, Builder& b) {
    NameSet local, newglobal, newfree, newbound;
    if (s->kind == ScopeKind::Class) {
        newglobal = global;
        if (bound) newbound = *bound;
    }
    for (auto& [name, sym] : s->symbols) analyze_name(s, name, sym, bound, local, free, global, b);
    if (s->kind != ScopeKind::Class) {
        if (is_function_like(s)) newbound.insert(local.begin(), local.end());
        if (bound) newbound.insert(bound->begin(), bound->end());
        newglobal.insert(global.begin(), global.end());
    } else {
        newbound.insert("__class__");
    }
    NameSet allfree;
    for (auto& c : s->children) analyze_child(c.get(), newbound, newglobal, allfree, b);
    newfree.insert(allfree.begin(), allfree.end());

    if (is_function_like(s)) {
        // Locals captured by children become cells.
        for (auto& [name, sym] : s->symbols) {
            if (sym.scope == NameScope::Local && newfree.count(name)) {
                sym.scope = NameScope::Cell;
                newfree.erase(name);
            }
        }
    } else if (s->kind == ScopeKind::Class) {
        if (newfree.erase("__class__")) s->needs_class_cell = true;
    }
    // Free names of children that pass through this scope.
    for (const std::string& name : newfree) {
        auto it = s->symbols.find(name);
        if (it != s->symbols.end()) {
            if (s->kind == ScopeKind::Class && (it->second.flags & (kDefBound | kDefGlobal)))
                it->second.flags |= kDefFreeClass;
            continue;
        }
        if (bound && !bound->count(name)) continue;
        Symbol sym;
        sym.flags = 0;
        sym.scope = NameScope::Free;
        s->symbols[name] = sym;
    }
    free.insert(newfree.begin(), newfree.end());

    for (auto& [name, sym] : s->symbols) {
        if (sym.scope == NameScope::Cell) s->cellvars.push_back(name);
        if (sym.scope == NameScope::Free ||
            (s->kind == ScopeKind::Class && (sym.flags & kDefFreeClass)))
            s->freevars.push_back(name);
    }
    if (s->needs_class_cell) s->cellvars.push_back("__class__");
    std::sort(s->cellvars.begin(), s->cellvars.end());
    std::sort(s->freevars.begin(), s->freevars.end());
}

} // namespace

std::optional<SyntaxError> build_symtable(const Module& mod, const std::string& filename,
                                          SymTable& out) {
    Builder b(filename);
    try {
        out.top = b.run(mod);
        NameSet free, global;
        analyze_block(out.top.get(), nullptr, free, global, b);
    } catch (SymtableError& e) {
        return e.err;
    }
    return std::nullopt;
}

} // namespace loopstep::py
