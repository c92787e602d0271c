// AST to bytecode; see compiler.h. One Unit per code object being built. Instructions are
// emitted with symbolic labels and the current source range; each instruction also records the
// exception handler in force when it was emitted, and assembly turns runs of equal handlers into
// the code object's handler table. Stack depth is tracked during emission.
#include "core/py/compiler.h"

#include "core/py/bytes.h"
#include "core/py/code.h"
#include "core/py/const_fold.h"
#include "core/py/dict.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/opcodes.h"
#include "core/py/parser.h"
#include "core/py/set.h"
#include "core/py/str.h"
#include "core/py/symtable.h"
#include "core/py/tuple.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace loopstep::py {

using namespace ast;

namespace {

struct CompileError {
    SyntaxError err;
};

struct Handler {
    int label;
    int depth; // stack depth the handler pops to
    bool lasti;
    bool operator==(const Handler& o) const {
        return label == o.label && depth == o.depth && lasti == o.lasti;
    }
};

struct Instr {
    uint8_t op;
    int32_t arg;
    int target = -1; // label for jumps
    Position pos;
    int handler = -1; // index into Unit::handlers_used, -1 none
};

enum class FBlockKind {
    WhileLoop,
    ForLoop,
    AsyncForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
};

struct FBlock {
    FBlockKind kind;
    int block_label = -1; // loop start (continue target)
    int exit_label = -1;  // loop exit (break target)
    const std::vector<Stmt*>* finalbody = nullptr;
    std::optional<std::string> name; // for HandlerCleanup with a bound name
    Position loc;
    size_t handler_stack_size = 0; // handler stack height when the block was entered
};

struct ConstKey {
    int kind; // 0 none,1 true,2 false,3 ellipsis,4 int,5 float,6 str,7 bytes,8 tuple-of-str,9 code
    std::string text;
    double num = 0;
    bool operator<(const ConstKey& o) const {
        if (kind != o.kind) return kind < o.kind;
        if (text != o.text) return text < o.text;
        // Distinguish 0.0 and -0.0 (and NaN payloads) by bit pattern.
        uint64_t a, b;
        std::memcpy(&a, &num, 8);
        std::memcpy(&b, &o.num, 8);
        return a < b;
    }
};

struct Unit {
    Scope* scope = nullptr;
    Value code_obj; // CodeObject being filled
    CodeObject* co = nullptr;
    std::vector<Instr> instrs;
    std::vector<int> label_pos;
    std::vector<int> label_depth;
    std::vector<Handler> handler_stack;
    std::vector<Handler> handlers_used;
    std::vector<FBlock> fblocks;
    std::map<ConstKey, int> const_index;
    std::unordered_map<std::string, int> name_index;
    std::unordered_map<std::string, int> var_index;  // fast locals
    std::unordered_map<std::string, int> cell_index; // slot in localsplus of cells and frees
    int depth = 0;
    int max_depth = 0;
    bool reachable = true;
    Position loc;
    std::string qualname;
    std::string private_name; // enclosing class name for mangling
    bool in_async_comprehension = false;
};

Position pos_of(const Located& n) {
    return Position{n.lineno, n.end_lineno, n.col_offset, n.end_col_offset};
}

class Compiler {
  public:
    Compiler(std::shared_ptr<const SourceFile> src, SymTable& st) : src_(std::move(src)), st_(st) {}

    Value compile(const Module& mod) {
        Scope* top = st_.top.get();
        enter_unit(top, "<module>", "<module>", 1);
        Position start{1, 1, 0, 0};
        u().loc = start;
        emit(OP_RESUME, 0);
        std::vector<Stmt*> body = mod.body;
        if (auto doc = docstring_of(body)) {
            u().loc = pos_of(*body[0]);
            emit_const_str(*doc);
            store_name("__doc__");
        }
        bool annotations = has_annotations(body);
        if (annotations) emit(OP_SETUP_ANNOTATIONS, 0);
        size_t first = docstring_of(body) ? 1 : 0;
        for (size_t i = first; i < body.size(); ++i) visit_stmt(body[i]);
        u().loc = Position{-1, -1, -1, -1};
        emit_const_none();
        emit(OP_RETURN_VALUE, 0);
        return leave_unit();
    }

  private:
    std::shared_ptr<const SourceFile> src_;
    // Frozenset constants by their sorted item keys, shared by the whole module as CPython's
    // c_const_cache shares them.
    std::map<std::string, Value> frozenset_consts_;
    SymTable& st_;
    std::vector<std::unique_ptr<Unit>> units_;

    Unit& u() { return *units_.back(); }

    [[noreturn]] void error(const std::string& msg, const Located& at) {
        SyntaxError e;
        e.message = msg;
        e.filename = src_->filename;
        e.lineno = at.lineno;
        e.end_lineno = at.end_lineno;
        std::string_view line = src_->line(at.lineno);
        e.offset = byte_to_char(line, at.col_offset) + 1;
        e.end_offset = at.end_lineno == at.lineno ? byte_to_char(line, at.end_col_offset) + 1
                                                  : at.end_col_offset + 1;
        e.text = std::string(line) + "\n";
        throw CompileError{e};
    }
    [[noreturn]] void unsupported(const std::string& what, const Located& at) {
        SyntaxError e;
        e.kind = ErrorKind::Unsupported;
        e.message = what + " not supported by loopstep";
        e.filename = src_->filename;
        e.lineno = at.lineno;
        e.end_lineno = at.end_lineno;
        std::string_view line = src_->line(at.lineno);
        e.offset = byte_to_char(line, at.col_offset) + 1;
        e.end_offset = at.end_lineno == at.lineno ? byte_to_char(line, at.end_col_offset) + 1
                                                  : at.end_col_offset + 1;
        e.text = std::string(line) + "\n";
        throw CompileError{e};
    }
    static int byte_to_char(std::string_view line, int byte) {
        int chars = 0;
        for (int i = 0; i < byte && i < static_cast<int>(line.size()); ++i)
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
        if (byte > static_cast<int>(line.size())) chars += byte - static_cast<int>(line.size());
        return chars;
    }

    // ---- units ---------------------------------------------------------------------------

    void enter_unit(Scope* scope, const std::string& name, const std::string& qualname,
                    int firstlineno) {
        auto unit = std::make_unique<Unit>();
        unit->scope = scope;
        unit->code_obj = make<CodeObject>(code_type);
        unit->co = unit->code_obj.as<CodeObject>();
        unit->co->name = name;
        unit->co->qualname = qualname;
        unit->co->firstlineno = src_->report(firstlineno);
        unit->co->source = src_;
        unit->qualname = qualname;
        if (!units_.empty()) unit->private_name = units_.back()->private_name;
        if (scope->kind == ScopeKind::Class) unit->private_name = scope->name;
        // Parameters first, in order; cells and frees get slots after all fast locals, which
        // are only known at the end, so their slots are fixed up in assemble().
        for (const std::string& v : scope->varnames) {
            int idx = static_cast<int>(unit->co->varnames.size());
            unit->co->varnames.push_back(intern(v));
            unit->var_index[v] = idx;
        }
        units_.push_back(std::move(unit));
        Unit& un = u();
        bool function_like = scope->kind == ScopeKind::Function ||
                             scope->kind == ScopeKind::Lambda ||
                             scope->kind == ScopeKind::Comprehension;
        if (function_like) un.co->flags |= kCoOptimized | kCoNewLocals;
        if (scope->has_varargs) un.co->flags |= kCoVarargs;
        if (scope->has_varkeywords) un.co->flags |= kCoVarkeywords;
        if (scope->is_generator && scope->is_coroutine)
            un.co->flags |= kCoAsyncGenerator;
        else if (scope->is_generator)
            un.co->flags |= kCoGenerator;
        else if (scope->is_coroutine)
            un.co->flags |= kCoCoroutine;
        for (const std::string& c : scope->cellvars) un.co->cellvars.push_back(intern(c));
        for (const std::string& f : scope->freevars) un.co->freevars.push_back(intern(f));
    }

    Value leave_unit() {
        assemble();
        Value code = u().code_obj;
        units_.pop_back();
        return code;
    }

    // Final layout: cells and frees after the fast locals; labels resolved; handler table.
    void assemble() {
        Unit& un = u();
        CodeObject* co = un.co;
        // Slots of cells: a parameter that is a cell keeps its own slot.
        int nvar = static_cast<int>(co->varnames.size());
        std::vector<int> cell_slot(co->cellvars.size());
        int next = nvar;
        for (size_t i = 0; i < co->cellvars.size(); ++i) {
            auto it = un.var_index.find(co->cellvars[i]->s);
            bool is_arg = it != un.var_index.end() &&
                          it->second < static_cast<int>(un.scope->varnames.size());
            co->cell2arg.push_back(is_arg ? it->second : -1);
            cell_slot[i] = next++;
        }
        int free_base = next;
        // Rewrite deref placeholders: args are (kind << 20 | index).
        for (Instr& in : un.instrs) {
            switch (in.op) {
            case OP_LOAD_DEREF:
            case OP_STORE_DEREF:
            case OP_DELETE_DEREF:
            case OP_LOAD_CLOSURE:
            case OP_LOAD_CLASSDEREF:
            case OP_MAKE_CELL: {
                int kind = in.arg >> 20, idx = in.arg & 0xFFFFF;
                in.arg = kind == 0 ? cell_slot[idx] : free_base + idx;
                break;
            }
            default: break;
            }
        }
        co->code.reserve(un.instrs.size());
        co->positions.reserve(un.instrs.size());
        for (const Instr& in : un.instrs) {
            int32_t arg = in.arg;
            if (in.target >= 0) arg = un.label_pos[in.target];
            co->code.push_back(make_instr(in.op, static_cast<uint32_t>(arg)));
            co->positions.push_back(in.pos);
        }
        // Handler table from runs of instructions sharing a handler.
        size_t n = un.instrs.size();
        size_t i = 0;
        while (i < n) {
            int h = un.instrs[i].handler;
            size_t j = i + 1;
            while (j < n && un.instrs[j].handler == h) ++j;
            if (h >= 0) {
                const Handler& hd = un.handlers_used[h];
                co->handlers.push_back(HandlerEntry{static_cast<uint32_t>(i),
                                                    static_cast<uint32_t>(j),
                                                    static_cast<uint32_t>(un.label_pos[hd.label]),
                                                    static_cast<uint32_t>(hd.depth), hd.lasti});
            }
            i = j;
        }
        co->stacksize = static_cast<uint32_t>(un.max_depth + 2);
    }

    // ---- emission --------------------------------------------------------------------------

    int new_label() {
        u().label_pos.push_back(-1);
        u().label_depth.push_back(-1);
        return static_cast<int>(u().label_pos.size()) - 1;
    }
    void place(int label) {
        Unit& un = u();
        un.label_pos[label] = static_cast<int>(un.instrs.size());
        if (un.label_depth[label] >= 0) {
            un.depth = un.label_depth[label];
            un.reachable = true;
        } else if (!un.reachable) {
            // Only reachable by a jump emitted later (loops): keep the tracked depth.
            un.reachable = true;
        }
        un.label_depth[label] = un.depth;
    }
    void set_label_depth(int label, int depth) {
        int& d = u().label_depth[label];
        if (d < 0) d = depth;
    }
    void adjust(int delta) {
        Unit& un = u();
        un.depth += delta;
        if (un.depth > un.max_depth) un.max_depth = un.depth;
    }

    int current_handler_index() {
        Unit& un = u();
        if (un.handler_stack.empty()) return -1;
        const Handler& h = un.handler_stack.back();
        for (size_t i = 0; i < un.handlers_used.size(); ++i)
            if (un.handlers_used[i] == h) return static_cast<int>(i);
        un.handlers_used.push_back(h);
        return static_cast<int>(un.handlers_used.size()) - 1;
    }

    void emit_raw(uint8_t op, int32_t arg, int target) {
        Unit& un = u();
        Instr in;
        in.op = op;
        in.arg = arg;
        in.target = target;
        in.pos = un.loc;
        in.handler = current_handler_index();
        un.instrs.push_back(in);
    }

    static int effect_of(uint8_t op, int arg) {
        int e = opcode_stack_effect(op);
        if (e != VAR) return e;
        switch (op) {
        case OP_BUILD_SLICE: return 1 - arg;
        case OP_BUILD_TUPLE:
        case OP_BUILD_LIST:
        case OP_BUILD_SET:
        case OP_BUILD_STRING: return 1 - arg;
        case OP_BUILD_MAP: return 1 - 2 * arg;
        case OP_UNPACK_SEQUENCE: return arg - 1;
        case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
        case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: return -1;
        case OP_RAISE_VARARGS: return -arg;
        case OP_MAKE_FUNCTION:
            return -((arg & 1) ? 1 : 0) - ((arg & 2) ? 1 : 0) - ((arg & 4) ? 1 : 0) -
                   ((arg & 8) ? 1 : 0);
        case OP_CALL: return -arg - 1;
        case OP_CALL_KW: return -arg - 2;
        case OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
        }
        return 0;
    }

    void emit(uint8_t op, int32_t arg = 0) {
        emit_raw(op, arg, -1);
        adjust(effect_of(op, arg));
        if (op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE)
            u().reachable = false;
    }
    void emit_jump(uint8_t op, int label) {
        emit_raw(op, 0, label);
        int depth_after = u().depth;
        switch (op) {
        case OP_JUMP:
        case OP_JUMP_BACKWARD:
            set_label_depth(label, depth_after);
            u().reachable = false;
            return;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE:
            adjust(-1);
            set_label_depth(label, u().depth);
            return;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
            set_label_depth(label, depth_after);
            adjust(-1);
            return;
        case OP_FOR_ITER:
            set_label_depth(label, depth_after - 1);
            adjust(1);
            return;
        case OP_SEND: set_label_depth(label, depth_after - 1); return;
        default: return;
        }
    }

    void push_handler(int label, int depth, bool lasti) {
        u().handler_stack.push_back(Handler{label, depth, lasti});
        set_label_depth(label, depth + (lasti ? 1 : 0) + 1);
        adjust(0);
        int need = depth + (lasti ? 1 : 0) + 1;
        if (need > u().max_depth) u().max_depth = need;
    }
    void pop_handler() { u().handler_stack.pop_back(); }

    int add_const(const ConstKey& key, Value v) {
        auto it = u().const_index.find(key);
        if (it != u().const_index.end()) return it->second;
        int idx = static_cast<int>(u().co->consts.size());
        u().co->consts.push_back(std::move(v));
        u().const_index.emplace(key, idx);
        return idx;
    }
    void emit_const_none() { emit(OP_LOAD_CONST, add_const({0, "", 0}, none())); }
    void emit_const_str(const std::string& s) {
        emit(OP_LOAD_CONST, add_const({6, s, 0}, new_str(s)));
    }
    void emit_const_int(int64_t v) {
        emit(OP_LOAD_CONST, add_const({4, std::to_string(v), 0}, new_int(v)));
    }
    // A folded constant. Scalars, and tuples of them, share a slot with an equal constant
    // (CPython's _PyCode_ConstantKey), so `(1, 2) is (1, 2)` holds within a function as there.
    void emit_folded(Value v) {
        std::string key;
        if (const_key_text(v, key)) {
            emit(OP_LOAD_CONST, add_const({10, key, 0}, std::move(v)));
            return;
        }
        emit(OP_LOAD_CONST, const_code(std::move(v)));
    }
    // The frozenset constant for a set display's items. CPython's merge_consts_recursive builds
    // it a second time, from the first one's iteration order, and later equal displays in the
    // module reuse the first; both decide the order in which the set prints.
    Value frozenset_const(const Value& items) {
        Value first = new_frozenset(items);
        std::vector<Value> order;
        std::vector<std::string> keys;
        bool keyed = true;
        set_for_each(as_set(first), [&](const Value& k) {
            order.push_back(k);
            std::string key;
            keyed = keyed && const_key_text(k, key);
            keys.push_back(std::move(key));
        });
        Value rebuilt = new_frozenset(new_tuple(std::move(order)));
        if (!keyed) return rebuilt;
        std::sort(keys.begin(), keys.end());
        std::string cache_key;
        for (const std::string& k : keys) cache_key += std::to_string(k.size()) + ":" + k;
        return frozenset_consts_.emplace(cache_key, rebuilt).first->second;
    }
    static bool const_key_text(const Value& v, std::string& out) {
        if (v.is(none())) {
            out += 'N';
        } else if (v.type() == bool_type) {
            out += truthy(v) ? 'T' : 'F';
        } else if (v.type() == int_type) {
            out += 'i';
            out += as_str(int_str(v))->s;
        } else if (v.type() == float_type) {
            double d = float_value(v);
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            out += 'f';
            out += std::to_string(bits);
        } else if (v.type() == str_type) {
            out += 's';
            out += std::to_string(as_str(v)->s.size());
            out += ':';
            out += as_str(v)->s;
        } else if (v.type() == bytes_type) {
            out += 'b';
            out += std::to_string(as_bytes(v)->data.size());
            out += ':';
            out += as_bytes(v)->data;
        } else if (v.is(Value::borrow(Ellipsis))) {
            out += 'E';
        } else if (v.type() == tuple_type) {
            TupleObject* t = as_tuple(v);
            out += '(';
            for (size_t i = 0; i < t->n; ++i)
                if (!const_key_text((*t)[i], out)) return false;
            out += ')';
        } else {
            return false;
        }
        return true;
    }
    // An iterable that CPython's fold_iter turns into a constant: a display of constants is
    // iterated as a tuple (list) or frozenset (set) -- the latter's order can differ from a
    // set built at run time.
    void visit_iter(Expr* e) {
        if (e->is<ast::Set>() || e->is<ast::List>()) {
            const auto& elts =
                e->is<ast::Set>() ? e->as<ast::Set>()->elts : e->as<ast::List>()->elts;
            std::vector<Value> items = fold_all(elts);
            if (items.size() == elts.size()) {
                Value t = new_tuple(std::move(items));
                emit_folded(e->is<ast::Set>() ? frozenset_const(t) : t);
                return;
            }
        }
        visit_expr(e);
    }
    int const_code(Value code) {
        int idx = static_cast<int>(u().co->consts.size());
        u().co->consts.push_back(std::move(code));
        return idx;
    }
    int const_names_tuple(const std::vector<std::string>& names) {
        std::string key;
        std::vector<Value> items;
        for (const std::string& n : names) {
            key += n;
            key.push_back('\0');
            items.push_back(Value::borrow(intern(n)));
        }
        return add_const({8, key, 0}, new_tuple(std::move(items)));
    }

    int name_idx(const std::string& name) {
        auto it = u().name_index.find(name);
        if (it != u().name_index.end()) return it->second;
        int idx = static_cast<int>(u().co->names.size());
        u().co->names.push_back(intern(name));
        u().name_index.emplace(name, idx);
        return idx;
    }
    int var_idx(const std::string& name) {
        auto it = u().var_index.find(name);
        if (it != u().var_index.end()) return it->second;
        int idx = static_cast<int>(u().co->varnames.size());
        u().co->varnames.push_back(intern(name));
        u().var_index.emplace(name, idx);
        return idx;
    }
    // Deref placeholder: kind 0 cell (index in cellvars), 1 free (index in freevars).
    int deref_idx(const std::string& name) {
        const auto& cells = u().co->cellvars;
        for (size_t i = 0; i < cells.size(); ++i)
            if (cells[i]->s == name) return static_cast<int>(i);
        const auto& frees = u().co->freevars;
        for (size_t i = 0; i < frees.size(); ++i)
            if (frees[i]->s == name) return (1 << 20) | static_cast<int>(i);
        return -1;
    }

    std::string mangle(const std::string& name) const {
        const std::string& cls = units_.back()->private_name;
        if (cls.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
        if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
            return name;
        if (name.find('.') != std::string::npos) return name;
        size_t i = 0;
        while (i < cls.size() && cls[i] == '_') ++i;
        if (i == cls.size()) return name;
        return "_" + cls.substr(i) + name;
    }

    enum class Ctx { Load, Store, Del };

    void name_op(const std::string& raw, Ctx ctx) {
        std::string name = mangle(raw);
        Scope* s = u().scope;
        NameScope ns = s->lookup(name);
        bool function_like = s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
                             s->kind == ScopeKind::Comprehension;
        if (name == "__debug__" && ctx != Ctx::Load) {
            Located at{u().loc.line, u().loc.col, u().loc.end_line, u().loc.end_col};
            error("cannot assign to __debug__", at);
        }
        switch (ns) {
        case NameScope::Free:
        case NameScope::Cell: {
            int d = deref_idx(name);
            if (ctx == Ctx::Load)
                emit(s->kind == ScopeKind::Class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, d);
            else if (ctx == Ctx::Store)
                emit(OP_STORE_DEREF, d);
            else
                emit(OP_DELETE_DEREF, d);
            return;
        }
        case NameScope::Local:
            if (function_like) {
                int v = var_idx(name);
                emit(ctx == Ctx::Load    ? OP_LOAD_FAST
                     : ctx == Ctx::Store ? OP_STORE_FAST
                                         : OP_DELETE_FAST,
                     v);
                return;
            }
            break;
        case NameScope::GlobalExplicit: {
            int n = name_idx(name);
            emit(ctx == Ctx::Load    ? OP_LOAD_GLOBAL
                 : ctx == Ctx::Store ? OP_STORE_GLOBAL
                                     : OP_DELETE_GLOBAL,
                 n);
            return;
        }
        case NameScope::GlobalImplicit:
            if (function_like) {
                int n = name_idx(name);
                emit(ctx == Ctx::Load    ? OP_LOAD_GLOBAL
                     : ctx == Ctx::Store ? OP_STORE_GLOBAL
                                         : OP_DELETE_GLOBAL,
                     n);
                return;
            }
            break;
        }
        int n = name_idx(name);
        emit(ctx == Ctx::Load    ? OP_LOAD_NAME
             : ctx == Ctx::Store ? OP_STORE_NAME
                                 : OP_DELETE_NAME,
             n);
    }
    void store_name(const std::string& n) { name_op(n, Ctx::Store); }

    // ---- helpers -------------------------------------------------------------------------

    static std::optional<std::string> docstring_of(const std::vector<Stmt*>& body) {
        if (body.empty()) return std::nullopt;
        auto* e = body[0]->as<ExprStmt>();
        if (!e) return std::nullopt;
        auto* c = e->value->as<Constant>();
        if (!c || c->value_kind != ConstantKind::Str) return std::nullopt;
        return c->text;
    }

    static bool has_annotations(const std::vector<Stmt*>& body) {
        for (Stmt* s : body) {
            if (s->is<AnnAssign>()) return true;
            // Annotations nested in compound statements also count (CPython's find_ann).
            std::vector<const std::vector<Stmt*>*> subs;
            if (auto* f = s->as<For>()) subs = {&f->body, &f->orelse};
            if (auto* f = s->as<AsyncFor>()) subs = {&f->body, &f->orelse};
            if (auto* w = s->as<While>()) subs = {&w->body, &w->orelse};
            if (auto* i = s->as<If>()) subs = {&i->body, &i->orelse};
            if (auto* w = s->as<With>()) subs = {&w->body};
            if (auto* w = s->as<AsyncWith>()) subs = {&w->body};
            if (auto* t = s->as<Try>()) {
                subs = {&t->body, &t->orelse, &t->finalbody};
                for (ExceptHandler* h : t->handlers)
                    if (has_annotations(h->body)) return true;
            }
            if (auto* t = s->as<TryStar>()) {
                subs = {&t->body, &t->orelse, &t->finalbody};
                for (ExceptHandler* h : t->handlers)
                    if (has_annotations(h->body)) return true;
            }
            for (auto* b : subs)
                if (has_annotations(*b)) return true;
        }
        return false;
    }

    bool in_function() const {
        ScopeKind k = units_.back()->scope->kind;
        return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
    }
    bool in_async_function() const {
        Scope* s = units_.back()->scope;
        return s->is_coroutine || s->is_async_def;
    }

    struct LocGuard {
        Compiler& c;
        Position saved;
        LocGuard(Compiler& c, const Position& p) : c(c), saved(c.u().loc) { c.u().loc = p; }
        ~LocGuard() { c.u().loc = saved; }
    };

    // ---- statements ------------------------------------------------------------------------

    void visit_body(const std::vector<Stmt*>& body) {
        for (Stmt* s : body) visit_stmt(s);
    }

    void visit_stmt(Stmt* s) {
        u().loc = pos_of(*s);
        if (!u().reachable) u().reachable = true; // dead code still compiles (CPython does too)
        switch (s->kind) {
        case StmtKind::FunctionDef: {
            auto* f = s->as<FunctionDef>();
            compile_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false);
            break;
        }
        case StmtKind::AsyncFunctionDef: {
            auto* f = s->as<AsyncFunctionDef>();
            compile_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true);
            break;
        }
        case StmtKind::ClassDef: compile_class(s->as<ClassDef>()); break;
        case StmtKind::Return: compile_return(s->as<Return>()); break;
        case StmtKind::Delete:
            for (Expr* t : s->as<Delete>()->targets) compile_delete(t);
            break;
        case StmtKind::Assign: {
            auto* a = s->as<Assign>();
            visit_expr(a->value);
            for (size_t i = 0; i < a->targets.size(); ++i) {
                if (i + 1 < a->targets.size()) emit(OP_COPY, 1);
                compile_store(a->targets[i]);
            }
            break;
        }
        case StmtKind::AugAssign: compile_augassign(s->as<AugAssign>()); break;
        case StmtKind::AnnAssign: compile_annassign(s->as<AnnAssign>()); break;
        case StmtKind::For: compile_for(s->as<For>()); break;
        case StmtKind::AsyncFor: compile_async_for(s->as<AsyncFor>()); break;
        case StmtKind::While: compile_while(s->as<While>()); break;
        case StmtKind::If: compile_if(s->as<If>()); break;
        case StmtKind::With: compile_with(s->as<With>(), 0); break;
        case StmtKind::AsyncWith: compile_async_with(s->as<AsyncWith>(), 0); break;
        case StmtKind::Match: unsupported("match statements are", *s);
        case StmtKind::Raise: {
            auto* r = s->as<Raise>();
            int n = 0;
            if (r->exc) {
                visit_expr(r->exc);
                ++n;
                if (r->cause) {
                    visit_expr(r->cause);
                    ++n;
                }
            }
            emit(OP_RAISE_VARARGS, n);
            break;
        }
        case StmtKind::Try: {
            auto* t = s->as<Try>();
            if (!t->finalbody.empty())
                compile_try_finally(s, t->body, t->handlers, t->orelse, t->finalbody, false);
            else
                compile_try_except(t->body, t->handlers, t->orelse);
            break;
        }
        case StmtKind::TryStar: {
            auto* t = s->as<TryStar>();
            if (!t->finalbody.empty())
                compile_try_finally(s, t->body, t->handlers, t->orelse, t->finalbody, true);
            else
                compile_try_star(t->body, t->handlers, t->orelse);
            break;
        }
        case StmtKind::Assert: {
            auto* a = s->as<Assert>();
            if (auto* t = a->test->as<ast::Tuple>(); t && !t->elts.empty()) {
                // CPython warns "assertion is always true" at compile time; it still runs.
            }
            int end = new_label();
            jump_if(a->test, end, true);
            emit(OP_LOAD_ASSERTION_ERROR);
            if (a->msg) {
                visit_expr(a->msg);
                emit(OP_CALL, 0);
            }
            emit(OP_RAISE_VARARGS, 1);
            place(end);
            break;
        }
        case StmtKind::Import: compile_import(s->as<Import>()); break;
        case StmtKind::ImportFrom: compile_import_from(s->as<ImportFrom>()); break;
        case StmtKind::Global:
        case StmtKind::Nonlocal: break;
        case StmtKind::Expr: {
            Expr* v = s->as<ExprStmt>()->value;
            if (v->is<Constant>() && u().scope->kind != ScopeKind::Module) {
                // A bare constant (a stray string) does nothing; CPython emits no code for it.
                emit(OP_NOP);
                break;
            }
            visit_expr(v);
            emit(OP_POP_TOP);
            break;
        }
        case StmtKind::Pass: emit(OP_NOP); break;
        case StmtKind::Break: compile_break(*s); break;
        case StmtKind::Continue: compile_continue(*s); break;
        }
    }

    // Qualified name of a new function or class defined in the current unit.
    std::string qualname_for(const std::string& name) {
        Unit& parent = u();
        Scope* ps = parent.scope;
        if (ps->kind == ScopeKind::Module) return name;
        if (ps->kind == ScopeKind::Function || ps->kind == ScopeKind::Lambda ||
            ps->kind == ScopeKind::Comprehension) {
            if (ps->lookup(mangle(name)) == NameScope::GlobalExplicit) return name;
            return parent.qualname + ".<locals>." + name;
        }
        if (ps->lookup(mangle(name)) == NameScope::GlobalExplicit) return name;
        return parent.qualname + "." + name;
    }

    // Pushes the closure tuple for `scope` (cells of this unit or pass-through frees).
    bool emit_closure(Scope* child) {
        if (child->freevars.empty()) return false;
        for (const std::string& f : child->freevars) {
            int d = deref_idx(f);
            if (d < 0) {
                // A free variable of a method that is a class-scope name: CPython resolves it
                // through the class's own cell of the same name.
                d = deref_idx(f);
            }
            emit(OP_LOAD_CLOSURE, d);
        }
        emit(OP_BUILD_TUPLE, static_cast<int>(child->freevars.size()));
        return true;
    }

    void compile_function(Stmt* node, const std::string& name, Arguments* args,
                          const std::vector<Stmt*>& body, const std::vector<Expr*>& decorators,
                          Expr* returns, bool is_async) {
        for (Expr* d : decorators) visit_expr(d);
        int firstlineno = node->lineno;
        if (!decorators.empty()) firstlineno = decorators[0]->lineno;
        int flags = compile_defaults(args);
        if (compile_annotations(args, returns)) flags |= 4;
        Scope* scope = u().scope->child_for(node);
        std::string qn = qualname_for(name);
        enter_unit(scope, name, qn, firstlineno);
        Unit& fu = u();
        fu.co->argcount = static_cast<uint32_t>(args->posonlyargs.size() + args->args.size());
        fu.co->posonlyargcount = static_cast<uint32_t>(args->posonlyargs.size());
        fu.co->kwonlyargcount = static_cast<uint32_t>(args->kwonlyargs.size());
        emit_prologue(*node);
        std::vector<Stmt*> stmts = body;
        size_t first = 0;
        if (auto doc = docstring_of(body)) {
            fu.co->docstring = new_str(*doc);
            first = 1;
        }
        for (size_t i = first; i < stmts.size(); ++i) visit_stmt(stmts[i]);
        if (u().reachable) {
            u().loc = Position{-1, -1, -1, -1};
            if (!stmts.empty()) {
                // The implicit `return None` belongs to the last line, as in CPython.
                Stmt* last = stmts.back();
                u().loc = Position{last->end_lineno, last->end_lineno, -1, -1};
            }
            emit_const_none();
            emit(OP_RETURN_VALUE);
        }
        Value code = leave_unit();
        (void)is_async;
        make_function(scope, code, flags);
        for (size_t i = decorators.size(); i-- > 0;) {
            LocGuard g(*this, pos_of(*decorators[i]));
            emit(OP_CALL, 0);
        }
        // Decorators were pushed first; CALL 0 with the method-call layout takes
        // [decorator, function] as (callable, self) -> decorator(function).
        store_name(name);
    }

    // Cells for parameters captured by inner functions, and the free-variable copy.
    void emit_prologue(const Located& at) {
        Unit& fu = u();
        LocGuard g(*this, Position{at.lineno, at.lineno, -1, -1});
        if (!fu.co->freevars.empty())
            emit(OP_COPY_FREE_VARS, static_cast<int>(fu.co->freevars.size()));
        for (size_t i = 0; i < fu.co->cellvars.size(); ++i) emit(OP_MAKE_CELL, static_cast<int>(i));
        emit(OP_RESUME, 0);
    }

    int compile_defaults(Arguments* args) {
        int flags = 0;
        if (!args->defaults.empty()) {
            for (Expr* d : args->defaults) visit_expr(d);
            emit(OP_BUILD_TUPLE, static_cast<int>(args->defaults.size()));
            flags |= 1;
        }
        int nkw = 0;
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            if (!args->kw_defaults[i]) continue;
            emit_const_str(mangle(args->kwonlyargs[i]->arg));
            visit_expr(args->kw_defaults[i]);
            ++nkw;
        }
        if (nkw) {
            emit(OP_BUILD_MAP, nkw);
            flags |= 2;
        }
        return flags;
    }

    // Function annotations, evaluated at definition time as in 3.11 (a tuple of name, value).
    bool compile_annotations(Arguments* args, Expr* returns) {
        int n = 0;
        auto ann = [&](Arg* a) {
            if (a && a->annotation) {
                emit_const_str(mangle(a->arg));
                visit_expr(a->annotation);
                n += 2;
            }
        };
        for (Arg* a : args->posonlyargs) ann(a);
        for (Arg* a : args->args) ann(a);
        ann(args->vararg);
        for (Arg* a : args->kwonlyargs) ann(a);
        ann(args->kwarg);
        if (returns) {
            emit_const_str("return");
            visit_expr(returns);
            n += 2;
        }
        if (!n) return false;
        emit(OP_BUILD_TUPLE, n);
        return true;
    }

    void make_function(Scope* scope, Value code, int flags) {
        if (emit_closure(scope)) flags |= 8;
        emit(OP_LOAD_CONST, const_code(std::move(code)));
        emit(OP_MAKE_FUNCTION, flags);
    }

    void compile_class(ClassDef* c) {
        for (Expr* d : c->decorator_list) visit_expr(d);
        for (Keyword* k : c->keywords)
            if (k->arg && *k->arg == "metaclass") unsupported("metaclasses are", *k);
        if (c->bases.size() > 1) unsupported("classes with several base classes are", *c->bases[1]);
        int firstlineno = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
        Scope* scope = u().scope->child_for(c);
        std::string qn = qualname_for(c->name);
        enter_unit(scope, c->name, qn, firstlineno);
        {
            Unit& cu = u();
            LocGuard g(*this, Position{c->lineno, c->lineno, -1, -1});
            if (!cu.co->freevars.empty())
                emit(OP_COPY_FREE_VARS, static_cast<int>(cu.co->freevars.size()));
            for (size_t i = 0; i < cu.co->cellvars.size(); ++i)
                emit(OP_MAKE_CELL, static_cast<int>(i));
            emit(OP_RESUME, 0);
            name_op("__name__", Ctx::Load);
            store_name("__module__");
            emit_const_str(qn);
            store_name("__qualname__");
        }
        std::vector<Stmt*> body = c->body;
        size_t first = 0;
        if (auto doc = docstring_of(body)) {
            u().loc = pos_of(*body[0]);
            emit_const_str(*doc);
            store_name("__doc__");
            first = 1;
        }
        if (has_annotations(body)) emit(OP_SETUP_ANNOTATIONS);
        for (size_t i = first; i < body.size(); ++i) visit_stmt(body[i]);
        u().loc = Position{-1, -1, -1, -1};
        if (scope->needs_class_cell) {
            int d = deref_idx("__class__");
            emit(OP_LOAD_CLOSURE, d);
            emit(OP_COPY, 1);
            store_name("__classcell__");
            u().co->flags |= kCoHasClassCell;
            emit(OP_RETURN_VALUE);
        } else {
            emit_const_none();
            emit(OP_RETURN_VALUE);
        }
        Value code = leave_unit();
        u().loc = pos_of(*c);
        emit(OP_PUSH_NULL);
        emit(OP_LOAD_BUILD_CLASS);
        make_function(scope, code, 0);
        emit_const_str(c->name);
        for (Expr* b : c->bases) visit_expr(b);
        std::vector<std::string> kwnames;
        for (Keyword* k : c->keywords) {
            if (!k->arg) unsupported("**kwargs in a class header are", *k);
            visit_expr(k->value);
            kwnames.push_back(*k->arg);
        }
        int n = 2 + static_cast<int>(c->bases.size()) + static_cast<int>(kwnames.size());
        if (kwnames.empty()) {
            emit(OP_CALL, n);
        } else {
            emit(OP_LOAD_CONST, const_names_tuple(kwnames));
            emit(OP_CALL_KW, n);
        }
        for (size_t i = c->decorator_list.size(); i-- > 0;) {
            LocGuard g(*this, pos_of(*c->decorator_list[i]));
            emit(OP_CALL, 0);
        }
        store_name(c->name);
    }

    void compile_return(Return* r) {
        if (!in_function()) error("'return' outside function", *r);
        Scope* s = u().scope;
        if (r->value && s->is_generator && s->is_coroutine)
            error("'return' with value in async generator", *r);
        bool preserve = r->value != nullptr;
        if (r->value) {
            if (auto* c = r->value->as<Constant>()) {
                (void)c;
                visit_expr(r->value);
            } else {
                visit_expr(r->value);
            }
        }
        unwind_all(preserve, *r);
        if (!r->value) {
            LocGuard g(*this, pos_of(*r));
            emit_const_none();
        }
        emit(OP_RETURN_VALUE);
    }

    void compile_break(const Located& at) {
        int loop = -1;
        for (int i = static_cast<int>(u().fblocks.size()) - 1; i >= 0; --i) {
            FBlockKind k = u().fblocks[i].kind;
            if (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop ||
                k == FBlockKind::AsyncForLoop) {
                loop = i;
                break;
            }
        }
        if (loop < 0) error("'break' outside loop", at);
        unwind_to(loop, false, true, at);
        emit_jump(OP_JUMP, u().fblocks[loop].exit_label);
    }

    void compile_continue(const Located& at) {
        int loop = -1;
        for (int i = static_cast<int>(u().fblocks.size()) - 1; i >= 0; --i) {
            FBlockKind k = u().fblocks[i].kind;
            if (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop ||
                k == FBlockKind::AsyncForLoop) {
                loop = i;
                break;
            }
        }
        if (loop < 0) error("'continue' not properly in loop", at);
        unwind_to(loop, false, false, at);
        emit_jump(OP_JUMP_BACKWARD, u().fblocks[loop].block_label);
    }

    // Emits the exits of fblocks above `target` (and of the loop itself when `exit_loop`).
    void unwind_to(int target, bool preserve, bool exit_loop, const Located& at) {
        std::vector<FBlock> saved = u().fblocks;
        std::vector<Handler> saved_handlers = u().handler_stack;
        int depth_before = u().depth;
        for (int i = static_cast<int>(u().fblocks.size()) - 1; i > target; --i) {
            FBlock fb = u().fblocks[i];
            u().fblocks.pop_back();
            unwind_fblock(fb, preserve, at);
        }
        if (exit_loop) {
            FBlock fb = u().fblocks[target];
            unwind_fblock(fb, preserve, at);
        }
        u().fblocks = saved;
        u().handler_stack = saved_handlers;
        (void)depth_before;
    }

    void unwind_all(bool preserve, const Located& at) {
        std::vector<FBlock> saved = u().fblocks;
        std::vector<Handler> saved_handlers = u().handler_stack;
        while (!u().fblocks.empty()) {
            FBlock fb = u().fblocks.back();
            u().fblocks.pop_back();
            unwind_fblock(fb, preserve, at);
        }
        u().fblocks = saved;
        u().handler_stack = saved_handlers;
    }

    void unwind_fblock(const FBlock& fb, bool preserve, const Located& at) {
        // Leaving a protected block: the handler stack shrinks to its height at entry.
        auto drop_handlers = [&] {
            while (u().handler_stack.size() > fb.handler_stack_size) u().handler_stack.pop_back();
        };
        switch (fb.kind) {
        case FBlockKind::WhileLoop:
        case FBlockKind::ExceptionHandler:
        case FBlockKind::ExceptionGroupHandler: drop_handlers(); return;
        case FBlockKind::ForLoop:
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_TOP);
            return;
        case FBlockKind::AsyncForLoop:
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_TOP);
            return;
        case FBlockKind::TryExcept: drop_handlers(); return;
        case FBlockKind::FinallyTry: {
            drop_handlers();
            if (preserve) {
                // The return value stays on top while the finally body runs.
                push_fblock_for_value();
            }
            LocGuard g(*this, u().loc);
            visit_body(*fb.finalbody);
            if (preserve) u().fblocks.pop_back();
            return;
        }
        case FBlockKind::FinallyEnd:
            drop_handlers();
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_TOP); // exc
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_EXCEPT);
            return;
        case FBlockKind::With:
        case FBlockKind::AsyncWith: {
            drop_handlers();
            LocGuard g(*this, fb.loc);
            if (preserve) emit(OP_SWAP, 2);
            // Stack: ... exit [value]; call exit(None, None, None).
            emit(OP_LOAD_CONST, add_const({0, "", 0}, none()));
            emit(OP_LOAD_CONST, add_const({0, "", 0}, none()));
            emit(OP_LOAD_CONST, add_const({0, "", 0}, none()));
            emit(OP_CALL, 2);
            if (fb.kind == FBlockKind::AsyncWith) {
                emit(OP_GET_AWAITABLE, 2);
                emit_const_none();
                emit_yield_from(true);
            }
            emit(OP_POP_TOP);
            return;
        }
        case FBlockKind::HandlerCleanup: {
            drop_handlers();
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_EXCEPT);
            if (fb.name) {
                emit_const_none();
                name_op(*fb.name, Ctx::Store);
                name_op(*fb.name, Ctx::Del);
            }
            return;
        }
        case FBlockKind::PopValue:
            if (preserve) emit(OP_SWAP, 2);
            emit(OP_POP_TOP);
            return;
        }
        (void)at;
    }

    void push_fblock_for_value() {
        FBlock fb;
        fb.kind = FBlockKind::PopValue;
        fb.handler_stack_size = u().handler_stack.size();
        u().fblocks.push_back(fb);
    }

    void push_fblock(FBlockKind kind, int block_label = -1, int exit_label = -1) {
        FBlock fb;
        fb.kind = kind;
        fb.block_label = block_label;
        fb.exit_label = exit_label;
        fb.loc = u().loc;
        fb.handler_stack_size = u().handler_stack.size();
        u().fblocks.push_back(fb);
    }

    void compile_delete(Expr* t) {
        LocGuard g(*this, pos_of(*t));
        switch (t->kind) {
        case ExprKind::Name: name_op(t->as<Name>()->id, Ctx::Del); break;
        case ExprKind::Attribute:
            visit_expr(t->as<Attribute>()->value);
            emit(OP_DELETE_ATTR, name_idx(mangle(t->as<Attribute>()->attr)));
            break;
        case ExprKind::Subscript:
            visit_expr(t->as<Subscript>()->value);
            visit_expr(t->as<Subscript>()->slice);
            emit(OP_DELETE_SUBSCR);
            break;
        case ExprKind::Tuple:
            for (Expr* e : t->as<ast::Tuple>()->elts) compile_delete(e);
            break;
        case ExprKind::List:
            for (Expr* e : t->as<ast::List>()->elts) compile_delete(e);
            break;
        default: error("cannot delete expression", *t);
        }
    }

    void compile_store(Expr* t) {
        LocGuard g(*this, pos_of(*t));
        switch (t->kind) {
        case ExprKind::Name: name_op(t->as<Name>()->id, Ctx::Store); break;
        case ExprKind::Attribute: {
            auto* a = t->as<Attribute>();
            visit_expr(a->value);
            emit(OP_STORE_ATTR, name_idx(mangle(a->attr)));
            break;
        }
        case ExprKind::Subscript: {
            auto* s = t->as<Subscript>();
            visit_expr(s->value);
            visit_expr(s->slice);
            emit(OP_STORE_SUBSCR);
            break;
        }
        case ExprKind::Tuple: unpack_into(t->as<ast::Tuple>()->elts, *t); break;
        case ExprKind::List: unpack_into(t->as<ast::List>()->elts, *t); break;
        case ExprKind::Starred: error("starred assignment target must be in a list or tuple", *t);
        default: error("cannot assign to expression", *t);
        }
    }

    void unpack_into(const std::vector<Expr*>& elts, const Located& at) {
        int star = -1;
        for (size_t i = 0; i < elts.size(); ++i) {
            if (elts[i]->is<Starred>()) {
                if (star >= 0) error("multiple starred expressions in assignment", *elts[i]);
                star = static_cast<int>(i);
            }
        }
        if (star >= 0) {
            int before = star;
            int after = static_cast<int>(elts.size()) - star - 1;
            if (before >= 256 || after >= 256)
                error("too many expressions in star-unpacking assignment", at);
            emit(OP_UNPACK_EX, before | (after << 8));
        } else {
            emit(OP_UNPACK_SEQUENCE, static_cast<int>(elts.size()));
        }
        for (Expr* e : elts) {
            if (auto* st = e->as<Starred>())
                compile_store(st->value);
            else
                compile_store(e);
        }
    }

    void compile_augassign(AugAssign* a) {
        int op = static_cast<int>(binop_of(a->op)) + 16;
        Expr* t = a->target;
        switch (t->kind) {
        case ExprKind::Name:
            name_op(t->as<Name>()->id, Ctx::Load);
            visit_expr(a->value);
            emit(OP_BINARY_OP, op);
            name_op(t->as<Name>()->id, Ctx::Store);
            break;
        case ExprKind::Attribute: {
            auto* at = t->as<Attribute>();
            visit_expr(at->value);
            emit(OP_COPY, 1);
            {
                LocGuard g(*this, pos_of(*at));
                emit(OP_LOAD_ATTR, name_idx(mangle(at->attr)));
            }
            visit_expr(a->value);
            emit(OP_BINARY_OP, op);
            emit(OP_SWAP, 2);
            {
                LocGuard g(*this, pos_of(*at));
                emit(OP_STORE_ATTR, name_idx(mangle(at->attr)));
            }
            break;
        }
        case ExprKind::Subscript: {
            auto* s = t->as<Subscript>();
            visit_expr(s->value);
            visit_expr(s->slice);
            emit(OP_COPY, 2);
            emit(OP_COPY, 2);
            {
                LocGuard g(*this, pos_of(*s));
                emit(OP_BINARY_SUBSCR);
            }
            visit_expr(a->value);
            emit(OP_BINARY_OP, op);
            emit(OP_SWAP, 3);
            emit(OP_SWAP, 2);
            {
                LocGuard g(*this, pos_of(*s));
                emit(OP_STORE_SUBSCR);
            }
            break;
        }
        default:
            error("'" + std::string(name(t->kind)) +
                      "' is an illegal expression for augmented assignment",
                  *t);
        }
    }

    void compile_annassign(AnnAssign* a) {
        if (a->value) {
            visit_expr(a->value);
            compile_store(a->target);
        }
        Scope* s = u().scope;
        if (auto* n = a->target->as<Name>()) {
            if (a->simple && (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)) {
                // __annotations__[name] = annotation (evaluated now, as without PEP 563).
                visit_expr(a->annotation);
                name_op("__annotations__", Ctx::Load);
                emit_const_str(mangle(n->id));
                emit(OP_STORE_SUBSCR);
            }
        } else if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) {
            // Complex targets: the target expression parts are evaluated, the annotation too.
            if (!a->value) {
                if (auto* at = a->target->as<Attribute>()) {
                    visit_expr(at->value);
                    emit(OP_POP_TOP);
                } else if (auto* sub = a->target->as<Subscript>()) {
                    visit_expr(sub->value);
                    emit(OP_POP_TOP);
                    visit_expr(sub->slice);
                    emit(OP_POP_TOP);
                }
            }
            visit_expr(a->annotation);
            emit(OP_POP_TOP);
        }
    }

    void compile_for(For* f) {
        int start = new_label(), cleanup = new_label(), end = new_label();
        visit_iter(f->iter);
        emit(OP_GET_ITER);
        place(start);
        push_fblock(FBlockKind::ForLoop, start, end);
        emit_jump(OP_FOR_ITER, cleanup);
        compile_store(f->target);
        visit_body(f->body);
        u().loc = Position{f->lineno, f->lineno, -1, -1};
        emit_jump(OP_JUMP_BACKWARD, start);
        place(cleanup);
        u().fblocks.pop_back();
        visit_body(f->orelse);
        place(end);
    }

    void compile_async_for(AsyncFor* f) {
        if (!in_async_function()) {
            error("'async for' outside async function", *f);
        }
        int start = new_label(), except = new_label(), end = new_label();
        visit_expr(f->iter);
        emit(OP_GET_AITER);
        place(start);
        push_fblock(FBlockKind::AsyncForLoop, start, end);
        push_handler(except, u().depth, false);
        emit(OP_GET_ANEXT);
        emit_const_none();
        emit_yield_from(true);
        pop_handler();
        compile_store(f->target);
        visit_body(f->body);
        u().loc = Position{f->lineno, f->lineno, -1, -1};
        emit_jump(OP_JUMP_BACKWARD, start);
        u().fblocks.pop_back();
        place(except);
        // Stack: aiter exc. END_ASYNC_FOR ends the loop on StopAsyncIteration.
        u().loc = pos_of(*f);
        emit(OP_END_ASYNC_FOR);
        visit_body(f->orelse);
        place(end);
    }

    void compile_while(While* w) {
        int start = new_label(), anchor = new_label(), end = new_label();
        place(start);
        push_fblock(FBlockKind::WhileLoop, start, end);
        jump_if(w->test, anchor, false);
        visit_body(w->body);
        u().loc = Position{w->lineno, w->lineno, -1, -1};
        emit_jump(OP_JUMP_BACKWARD, start);
        place(anchor);
        u().fblocks.pop_back();
        visit_body(w->orelse);
        place(end);
    }

    void compile_if(If* i) {
        int end = new_label();
        int next = i->orelse.empty() ? end : new_label();
        jump_if(i->test, next, false);
        visit_body(i->body);
        if (!i->orelse.empty()) {
            if (u().reachable) emit_jump(OP_JUMP, end);
            place(next);
            visit_body(i->orelse);
        }
        place(end);
    }

    // Jumps to `label` when `e` is truthy (cond) or falsy (!cond), with short-circuiting.
    void jump_if(Expr* e, int label, bool cond) {
        if (auto* u_ = e->as<UnaryOp>(); u_ && u_->op == UnaryOpKind::Not) {
            jump_if(u_->operand, label, !cond);
            return;
        }
        if (auto* b = e->as<BoolOp>()) {
            bool is_or = b->op == BoolOpKind::Or;
            int next2 = label;
            if (is_or != cond) next2 = new_label();
            for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], next2, is_or);
            jump_if(b->values.back(), label, cond);
            if (next2 != label) place(next2);
            return;
        }
        if (auto* ie = e->as<IfExp>()) {
            int end = new_label(), next2 = new_label();
            jump_if(ie->test, next2, false);
            jump_if(ie->body, label, cond);
            emit_jump(OP_JUMP, end);
            place(next2);
            jump_if(ie->orelse, label, cond);
            place(end);
            return;
        }
        if (e->is<Compare>()) {
            // As CPython 3.11: a comparison used as a condition leaves its own position in force
            // for the jump and what follows in the statement (an assert's raise carets it).
            u().loc = pos_of(*e);
        }
        visit_expr(e);
        emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }

    // await / yield from: the value to send is on top of the receiver.
    void emit_yield_from(bool is_await) {
        int start = new_label(), exit = new_label();
        place(start);
        emit_jump(OP_SEND, exit);
        emit(OP_YIELD_VALUE, 1);
        emit(OP_RESUME, is_await ? 3 : 2);
        emit_jump(OP_JUMP, start);
        place(exit);
    }

    void compile_with(With* w, size_t pos) {
        WithItem* item = w->items[pos];
        int final_ = new_label(), exit = new_label(), cleanup = new_label();
        visit_expr(item->context_expr);
        u().loc = pos_of(*w);
        emit(OP_BEFORE_WITH);
        push_handler(final_, u().depth - 1, true);
        push_fblock(FBlockKind::With);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        if (item->optional_vars)
            compile_store(item->optional_vars);
        else
            emit(OP_POP_TOP);
        if (pos + 1 == w->items.size())
            visit_body(w->body);
        else
            compile_with(w, pos + 1);
        u().fblocks.pop_back();
        pop_handler();
        u().loc = pos_of(*w);
        if (u().reachable) {
            emit_const_none();
            emit_const_none();
            emit_const_none();
            emit(OP_CALL, 2);
            emit(OP_POP_TOP);
            emit_jump(OP_JUMP, exit);
        }
        place(final_);
        push_handler(cleanup, u().depth, true);
        emit(OP_PUSH_EXC_INFO);
        emit(OP_WITH_EXCEPT_START);
        with_except_finish(cleanup);
        place(exit);
    }

    void compile_async_with(AsyncWith* w, size_t pos) {
        if (!in_async_function()) error("'async with' outside async function", *w);
        WithItem* item = w->items[pos];
        int final_ = new_label(), exit = new_label(), cleanup = new_label();
        visit_expr(item->context_expr);
        u().loc = pos_of(*w);
        emit(OP_BEFORE_ASYNC_WITH);
        emit(OP_GET_AWAITABLE, 1);
        emit_const_none();
        emit_yield_from(true);
        push_handler(final_, u().depth - 1, true);
        push_fblock(FBlockKind::AsyncWith);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        if (item->optional_vars)
            compile_store(item->optional_vars);
        else
            emit(OP_POP_TOP);
        if (pos + 1 == w->items.size())
            visit_body(w->body);
        else
            compile_async_with(w, pos + 1);
        u().fblocks.pop_back();
        pop_handler();
        u().loc = pos_of(*w);
        if (u().reachable) {
            emit_const_none();
            emit_const_none();
            emit_const_none();
            emit(OP_CALL, 2);
            emit(OP_GET_AWAITABLE, 2);
            emit_const_none();
            emit_yield_from(true);
            emit(OP_POP_TOP);
            emit_jump(OP_JUMP, exit);
        }
        place(final_);
        push_handler(cleanup, u().depth, true);
        emit(OP_PUSH_EXC_INFO);
        emit(OP_WITH_EXCEPT_START);
        emit(OP_GET_AWAITABLE, 2);
        emit_const_none();
        emit_yield_from(true);
        with_except_finish(cleanup);
        place(exit);
    }

    void with_except_finish(int cleanup) {
        int suppress = new_label();
        emit_jump(OP_POP_JUMP_IF_TRUE, suppress);
        emit(OP_RERAISE, 2);
        pop_handler();
        place(cleanup);
        pop_except_and_reraise();
        place(suppress);
        emit(OP_POP_TOP); // exc
        emit(OP_POP_EXCEPT);
        emit(OP_POP_TOP); // lasti
        emit(OP_POP_TOP); // exit
    }

    void pop_except_and_reraise() {
        emit(OP_COPY, 3);
        emit(OP_POP_EXCEPT);
        emit(OP_RERAISE, 1);
    }

    void compile_try_except(const std::vector<Stmt*>& body,
                            const std::vector<ExceptHandler*>& handlers,
                            const std::vector<Stmt*>& orelse) {
        int except = new_label(), orelse_l = new_label(), end = new_label(), cleanup = new_label();
        int base = u().depth;
        push_handler(except, base, false);
        push_fblock(FBlockKind::TryExcept);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        visit_body(body);
        u().fblocks.pop_back();
        pop_handler();
        if (u().reachable) emit_jump(OP_JUMP, orelse_l);
        place(except);
        Position saved = u().loc;
        push_handler(cleanup, u().depth, true);
        u().loc = Position{-1, -1, -1, -1};
        emit(OP_PUSH_EXC_INFO);
        push_fblock(FBlockKind::ExceptionHandler);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        for (size_t i = 0; i < handlers.size(); ++i) {
            ExceptHandler* h = handlers[i];
            u().loc = pos_of(*h);
            if (!h->type && i + 1 < handlers.size()) error("default 'except:' must be last", *h);
            int next = new_label();
            if (h->type) {
                visit_expr(h->type);
                emit(OP_CHECK_EXC_MATCH);
                emit_jump(OP_POP_JUMP_IF_FALSE, next);
            }
            if (h->name) {
                int cleanup_end = new_label();
                name_op(*h->name, Ctx::Store);
                push_handler(cleanup_end, u().depth, true);
                FBlock fb;
                fb.kind = FBlockKind::HandlerCleanup;
                fb.name = h->name;
                fb.handler_stack_size = u().handler_stack.size() - 1;
                u().fblocks.push_back(fb);
                visit_body(h->body);
                u().fblocks.pop_back();
                pop_handler();
                u().loc = Position{-1, -1, -1, -1};
                if (u().reachable) {
                    emit(OP_POP_EXCEPT);
                    emit_const_none();
                    name_op(*h->name, Ctx::Store);
                    name_op(*h->name, Ctx::Del);
                    emit_jump(OP_JUMP, end);
                }
                place(cleanup_end);
                emit_const_none();
                name_op(*h->name, Ctx::Store);
                name_op(*h->name, Ctx::Del);
                emit(OP_RERAISE, 1);
            } else {
                emit(OP_POP_TOP);
                FBlock fb;
                fb.kind = FBlockKind::HandlerCleanup;
                fb.handler_stack_size = u().handler_stack.size();
                u().fblocks.push_back(fb);
                visit_body(h->body);
                u().fblocks.pop_back();
                u().loc = Position{-1, -1, -1, -1};
                if (u().reachable) {
                    emit(OP_POP_EXCEPT);
                    emit_jump(OP_JUMP, end);
                }
            }
            place(next);
        }
        u().fblocks.pop_back();
        u().loc = Position{-1, -1, -1, -1};
        emit(OP_RERAISE, 0);
        pop_handler();
        place(cleanup);
        pop_except_and_reraise();
        place(orelse_l);
        u().loc = saved;
        visit_body(orelse);
        place(end);
    }

    void compile_try_star(const std::vector<Stmt*>& body,
                          const std::vector<ExceptHandler*>& handlers,
                          const std::vector<Stmt*>& orelse) {
        int except = new_label(), orelse_l = new_label(), end = new_label(), cleanup = new_label(),
            reraise_star = new_label();
        int base = u().depth;
        push_handler(except, base, false);
        push_fblock(FBlockKind::TryExcept);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        visit_body(body);
        u().fblocks.pop_back();
        pop_handler();
        if (u().reachable) emit_jump(OP_JUMP, orelse_l);
        place(except);
        Position saved = u().loc;
        push_handler(cleanup, u().depth, true);
        u().loc = Position{-1, -1, -1, -1};
        emit(OP_PUSH_EXC_INFO);
        push_fblock(FBlockKind::ExceptionGroupHandler);
        u().fblocks.back().handler_stack_size = u().handler_stack.size() - 1;
        size_t n = handlers.size();
        for (size_t i = 0; i < n; ++i) {
            ExceptHandler* h = handlers[i];
            u().loc = pos_of(*h);
            int next_except = new_label(), except_with_error = new_label(), no_match = new_label();
            if (i == 0) {
                emit(OP_COPY, 1);
                emit(OP_BUILD_LIST, 0);
                emit(OP_SWAP, 2);
            }
            if (!h->type) error("expected 'except' or 'finally' block", *h);
            visit_expr(h->type);
            emit(OP_CHECK_EG_MATCH);
            emit(OP_COPY, 1);
            emit_jump(OP_POP_JUMP_IF_NONE, no_match);
            int cleanup_end = new_label();
            if (h->name)
                name_op(*h->name, Ctx::Store);
            else
                emit(OP_POP_TOP);
            push_handler(cleanup_end, u().depth, true);
            FBlock fb;
            fb.kind = FBlockKind::HandlerCleanup;
            fb.name = h->name;
            fb.handler_stack_size = u().handler_stack.size() - 1;
            u().fblocks.push_back(fb);
            visit_body(h->body);
            u().fblocks.pop_back();
            pop_handler();
            if (u().reachable) {
                if (h->name) {
                    emit_const_none();
                    name_op(*h->name, Ctx::Store);
                    name_op(*h->name, Ctx::Del);
                }
                emit_jump(OP_JUMP, next_except);
            }
            place(cleanup_end);
            u().loc = Position{-1, -1, -1, -1};
            if (h->name) {
                emit_const_none();
                name_op(*h->name, Ctx::Store);
                name_op(*h->name, Ctx::Del);
            }
            emit(OP_LIST_APPEND, 3);
            emit(OP_POP_TOP); // lasti
            emit_jump(OP_JUMP, except_with_error);
            place(next_except);
            emit(OP_NOP);
            emit_jump(OP_JUMP, except_with_error);
            place(no_match);
            emit(OP_POP_TOP);
            place(except_with_error);
            if (i + 1 == n) {
                emit(OP_LIST_APPEND, 1);
                emit_jump(OP_JUMP, reraise_star);
            }
        }
        u().fblocks.pop_back();
        u().loc = Position{-1, -1, -1, -1};
        int reraise = new_label();
        place(reraise_star);
        emit(OP_PREP_RERAISE_STAR);
        emit(OP_COPY, 1);
        emit_jump(OP_POP_JUMP_IF_NOT_NONE, reraise);
        emit(OP_POP_TOP);
        pop_handler();
        emit(OP_POP_EXCEPT);
        emit_jump(OP_JUMP, end);
        place(reraise);
        emit(OP_SWAP, 2);
        emit(OP_POP_EXCEPT);
        emit(OP_RERAISE, 0);
        place(cleanup);
        pop_except_and_reraise();
        place(orelse_l);
        u().loc = saved;
        visit_body(orelse);
        place(end);
    }

    void compile_try_finally(Stmt* s, const std::vector<Stmt*>& body,
                             const std::vector<ExceptHandler*>& handlers,
                             const std::vector<Stmt*>& orelse, const std::vector<Stmt*>& finalbody,
                             bool star) {
        int end = new_label(), exit = new_label(), cleanup = new_label();
        int base = u().depth;
        push_handler(end, base, false);
        FBlock fb;
        fb.kind = FBlockKind::FinallyTry;
        fb.finalbody = &finalbody;
        fb.handler_stack_size = u().handler_stack.size() - 1;
        u().fblocks.push_back(fb);
        if (!handlers.empty()) {
            if (star)
                compile_try_star(body, handlers, orelse);
            else
                compile_try_except(body, handlers, orelse);
        } else {
            visit_body(body);
        }
        u().fblocks.pop_back();
        pop_handler();
        if (u().reachable) {
            visit_body(finalbody);
            emit_jump(OP_JUMP, exit);
        }
        place(end);
        u().loc = Position{-1, -1, -1, -1};
        push_handler(cleanup, u().depth, true);
        emit(OP_PUSH_EXC_INFO);
        FBlock fe;
        fe.kind = FBlockKind::FinallyEnd;
        fe.handler_stack_size = u().handler_stack.size() - 1;
        u().fblocks.push_back(fe);
        visit_body(finalbody);
        u().fblocks.pop_back();
        u().loc = Position{-1, -1, -1, -1};
        emit(OP_RERAISE, 0);
        pop_handler();
        place(cleanup);
        pop_except_and_reraise();
        place(exit);
        (void)s;
    }

    void compile_import(Import* im) {
        for (Alias* a : im->names) {
            LocGuard g(*this, pos_of(*im));
            emit_const_int(0);
            emit_const_none();
            emit(OP_IMPORT_NAME, name_idx(a->name));
            if (a->asname) {
                size_t dot = a->name.find('.');
                if (dot != std::string::npos) {
                    // import a.b.c as d: bind the innermost module.
                    size_t start = dot + 1;
                    while (true) {
                        size_t next = a->name.find('.', start);
                        std::string part = a->name.substr(start, next - start);
                        emit(OP_IMPORT_FROM, name_idx(part));
                        if (next == std::string::npos) break;
                        emit(OP_SWAP, 2);
                        emit(OP_POP_TOP);
                        start = next + 1;
                    }
                    store_name(*a->asname);
                    emit(OP_POP_TOP);
                } else {
                    store_name(*a->asname);
                }
            } else {
                store_name(a->name.substr(0, a->name.find('.')));
            }
        }
    }

    void compile_import_from(ImportFrom* im) {
        if (im->level > 0) unsupported("relative imports are", *im);
        std::string module = im->module ? *im->module : "";
        if (module == "__future__") {
            for (Alias* a : im->names) {
                if (a->name != "annotations" && a->name != "generator_stop" &&
                    a->name != "division" && a->name != "print_function" &&
                    a->name != "absolute_import" && a->name != "with_statement" &&
                    a->name != "nested_scopes" && a->name != "generators" &&
                    a->name != "unicode_literals")
                    error("future feature " + a->name + " is not defined", *im);
                if (a->name == "annotations")
                    unsupported("postponed evaluation of annotations (from __future__ import "
                                "annotations) is",
                                *im);
            }
        }
        std::vector<std::string> names;
        for (Alias* a : im->names) names.push_back(a->name);
        emit_const_int(im->level);
        emit(OP_LOAD_CONST, const_names_tuple(names));
        emit(OP_IMPORT_NAME, name_idx(module));
        if (names.size() == 1 && names[0] == "*") {
            emit(OP_IMPORT_STAR);
            return;
        }
        for (Alias* a : im->names) {
            emit(OP_IMPORT_FROM, name_idx(a->name));
            store_name(a->asname ? *a->asname : a->name);
        }
        emit(OP_POP_TOP);
    }

    // ---- expressions -----------------------------------------------------------------------

    static py::BinOp binop_of(Operator op) {
        switch (op) {
        case Operator::Add: return py::BinOp::Add;
        case Operator::Sub: return py::BinOp::Sub;
        case Operator::Mult: return py::BinOp::Mul;
        case Operator::MatMult: return py::BinOp::MatMul;
        case Operator::Div: return py::BinOp::TrueDiv;
        case Operator::Mod: return py::BinOp::Mod;
        case Operator::Pow: return py::BinOp::Pow;
        case Operator::LShift: return py::BinOp::LShift;
        case Operator::RShift: return py::BinOp::RShift;
        case Operator::BitOr: return py::BinOp::Or;
        case Operator::BitXor: return py::BinOp::Xor;
        case Operator::BitAnd: return py::BinOp::And;
        case Operator::FloorDiv: return py::BinOp::FloorDiv;
        }
        return py::BinOp::Add;
    }

    void visit_expr(Expr* e) {
        LocGuard g(*this, pos_of(*e));
        visit_expr1(e);
    }

    void load_constant(Constant* c) {
        switch (c->value_kind) {
        case ConstantKind::None: emit_const_none(); return;
        case ConstantKind::True: emit(OP_LOAD_CONST, add_const({1, "", 0}, py_bool(true))); return;
        case ConstantKind::False:
            emit(OP_LOAD_CONST, add_const({2, "", 0}, py_bool(false)));
            return;
        case ConstantKind::Ellipsis:
            emit(OP_LOAD_CONST, add_const({3, "", 0}, Value::borrow(Ellipsis)));
            return;
        case ConstantKind::Int: {
            std::string dec = int_literal_to_decimal(c->text);
            emit(OP_LOAD_CONST, add_const({4, dec, 0}, int_from_string(dec, 10)));
            return;
        }
        case ConstantKind::Float:
            emit(OP_LOAD_CONST, add_const({5, "", c->number}, new_float(c->number)));
            return;
        case ConstantKind::Complex: unsupported("complex numbers are", *c);
        case ConstantKind::Str: emit_const_str(c->text); return;
        case ConstantKind::Bytes:
            emit(OP_LOAD_CONST, add_const({7, c->text, 0}, new_bytes(c->text)));
            return;
        }
    }

    void visit_expr1(Expr* e) {
        switch (e->kind) {
        case ExprKind::UnaryOp:
        case ExprKind::BinOp:
        case ExprKind::Tuple:
        case ExprKind::Subscript:
            if (Value v = fold_constant(e); !v.is_null()) {
                emit_folded(std::move(v));
                return;
            }
            break;
        default: break;
        }
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* b = e->as<BoolOp>();
            int end = new_label();
            uint8_t op =
                b->op == BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
            for (size_t i = 0; i + 1 < b->values.size(); ++i) {
                visit_expr(b->values[i]);
                emit_jump(op, end);
            }
            visit_expr(b->values.back());
            place(end);
            return;
        }
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            visit_expr(n->value);
            emit(OP_COPY, 1);
            compile_store(n->target);
            return;
        }
        case ExprKind::BinOp: {
            auto* b = e->as<ast::BinOp>();
            visit_expr(b->left);
            visit_expr(b->right);
            emit(OP_BINARY_OP, static_cast<int>(binop_of(b->op)));
            return;
        }
        case ExprKind::UnaryOp: {
            auto* un = e->as<UnaryOp>();
            visit_expr(un->operand);
            switch (un->op) {
            case UnaryOpKind::Invert: emit(OP_UNARY_INVERT); break;
            case UnaryOpKind::Not: emit(OP_UNARY_NOT); break;
            case UnaryOpKind::UAdd: emit(OP_UNARY_POSITIVE); break;
            case UnaryOpKind::USub: emit(OP_UNARY_NEGATIVE); break;
            }
            return;
        }
        case ExprKind::Lambda: compile_lambda(e->as<Lambda>()); return;
        case ExprKind::IfExp: {
            auto* i = e->as<IfExp>();
            int end = new_label(), next = new_label();
            jump_if(i->test, next, false);
            visit_expr(i->body);
            emit_jump(OP_JUMP, end);
            place(next);
            visit_expr(i->orelse);
            place(end);
            return;
        }
        case ExprKind::Dict: compile_dict(e->as<ast::Dict>()); return;
        case ExprKind::Set:
            compile_sequence(e->as<ast::Set>()->elts, OP_BUILD_SET, OP_SET_UPDATE, false);
            return;
        case ExprKind::List: {
            auto* l = e->as<ast::List>();
            if (l->ctx != ExprContext::Load) error("cannot use starred expression here", *e);
            compile_sequence(l->elts, OP_BUILD_LIST, OP_LIST_EXTEND, false);
            return;
        }
        case ExprKind::Tuple:
            compile_sequence(e->as<ast::Tuple>()->elts, OP_BUILD_TUPLE, OP_LIST_EXTEND, true);
            return;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp: compile_comprehension(e); return;
        case ExprKind::Await: {
            Scope* s = u().scope;
            if (!in_function()) {
                if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
                    error("'await' outside function", *e);
            }
            if (!in_async_function() && !(s->kind == ScopeKind::Comprehension && s->is_coroutine))
                error("'await' outside async function", *e);
            visit_expr(e->as<Await>()->value);
            emit(OP_GET_AWAITABLE, 0);
            emit_const_none();
            emit_yield_from(true);
            return;
        }
        case ExprKind::Yield: {
            if (!in_function()) error("'yield' outside function", *e);
            auto* y = e->as<Yield>();
            if (y->value)
                visit_expr(y->value);
            else
                emit_const_none();
            Scope* s = u().scope;
            if (s->is_coroutine && s->is_generator) emit(OP_ASYNC_GEN_WRAP);
            emit(OP_YIELD_VALUE, 0);
            emit(OP_RESUME, 1);
            return;
        }
        case ExprKind::YieldFrom: {
            if (!in_function()) error("'yield' outside function", *e);
            Scope* s = u().scope;
            if (s->is_coroutine && s->is_async_def) error("'yield from' inside async function", *e);
            visit_expr(e->as<YieldFrom>()->value);
            emit(OP_GET_YIELD_FROM_ITER);
            emit_const_none();
            emit_yield_from(false);
            return;
        }
        case ExprKind::Compare: compile_compare(e->as<Compare>()); return;
        case ExprKind::Call: compile_call(e->as<Call>()); return;
        case ExprKind::FormattedValue: {
            auto* f = e->as<FormattedValue>();
            visit_expr(f->value);
            int flags = f->conversion == 's'   ? 1
                        : f->conversion == 'r' ? 2
                        : f->conversion == 'a' ? 3
                                               : 0;
            if (f->format_spec) {
                visit_expr(f->format_spec);
                flags |= 4;
            }
            emit(OP_FORMAT_VALUE, flags);
            return;
        }
        case ExprKind::JoinedStr: {
            auto* j = e->as<JoinedStr>();
            if (j->values.empty()) {
                emit_const_str("");
                return;
            }
            for (Expr* v : j->values) visit_expr(v);
            if (j->values.size() > 1 || !j->values[0]->is<FormattedValue>())
                emit(OP_BUILD_STRING, static_cast<int>(j->values.size()));
            return;
        }
        case ExprKind::Constant: load_constant(e->as<Constant>()); return;
        case ExprKind::Attribute: {
            auto* a = e->as<Attribute>();
            visit_expr(a->value);
            emit(OP_LOAD_ATTR, name_idx(mangle(a->attr)));
            return;
        }
        case ExprKind::Subscript: {
            auto* s = e->as<Subscript>();
            visit_expr(s->value);
            visit_expr(s->slice);
            emit(OP_BINARY_SUBSCR);
            return;
        }
        case ExprKind::Starred: error("can't use starred expression here", *e);
        case ExprKind::Name: name_op(e->as<Name>()->id, Ctx::Load); return;
        case ExprKind::Slice: {
            auto* s = e->as<ast::Slice>();
            int n = 2;
            if (s->lower)
                visit_expr(s->lower);
            else
                emit_const_none();
            if (s->upper)
                visit_expr(s->upper);
            else
                emit_const_none();
            if (s->step) {
                visit_expr(s->step);
                n = 3;
            }
            emit(OP_BUILD_SLICE, n);
            return;
        }
        }
    }

    void compile_sequence(const std::vector<Expr*>& elts, uint8_t build, uint8_t extend,
                          bool tuple) {
        bool has_star = false;
        for (Expr* x : elts) has_star |= x->is<Starred>();
        if (!has_star && elts.size() > 2 && !tuple) {
            // starunpack_helper: a display of three or more constants extends an empty list or
            // set with one folded constant, a tuple or (for a set) a frozenset.
            std::vector<Value> items = fold_all(elts);
            if (items.size() == elts.size()) {
                Value t = new_tuple(std::move(items));
                emit(build, 0);
                emit_folded(build == OP_BUILD_SET ? frozenset_const(t) : t);
                emit(extend, 1);
                return;
            }
        }
        if (!has_star) {
            for (Expr* x : elts) visit_expr(x);
            emit(build, static_cast<int>(elts.size()));
            return;
        }
        // Starred items: build incrementally into a list (or set), then convert a tuple.
        uint8_t b = tuple ? static_cast<uint8_t>(OP_BUILD_LIST) : build;
        uint8_t add = (b == OP_BUILD_SET) ? OP_SET_ADD : OP_LIST_APPEND;
        emit(b, 0);
        for (Expr* x : elts) {
            if (auto* st = x->as<Starred>()) {
                visit_expr(st->value);
                emit(extend, 1);
            } else {
                visit_expr(x);
                emit(add, 1);
            }
        }
        if (tuple) emit(OP_LIST_TO_TUPLE);
    }

    void compile_dict(ast::Dict* d) {
        size_t n = d->keys.size();
        bool any_unpack = false;
        for (Expr* k : d->keys) any_unpack |= (k == nullptr);
        if (!any_unpack) {
            for (size_t i = 0; i < n; ++i) {
                visit_expr(d->keys[i]);
                visit_expr(d->values[i]);
            }
            emit(OP_BUILD_MAP, static_cast<int>(n));
            return;
        }
        emit(OP_BUILD_MAP, 0);
        for (size_t i = 0; i < n; ++i) {
            if (!d->keys[i]) {
                visit_expr(d->values[i]);
                emit(OP_DICT_UPDATE, 1);
            } else {
                visit_expr(d->keys[i]);
                visit_expr(d->values[i]);
                emit(OP_MAP_ADD, 1);
            }
        }
    }

    void compile_compare(Compare* c) {
        auto op_of = [&](ast::CmpOp op) {
            switch (op) {
            case ast::CmpOp::Eq: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Eq)); break;
            case ast::CmpOp::NotEq: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Ne)); break;
            case ast::CmpOp::Lt: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Lt)); break;
            case ast::CmpOp::LtE: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Le)); break;
            case ast::CmpOp::Gt: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Gt)); break;
            case ast::CmpOp::GtE: emit(OP_COMPARE_OP, static_cast<int>(py::CmpOp::Ge)); break;
            case ast::CmpOp::Is: emit(OP_IS_OP, 0); break;
            case ast::CmpOp::IsNot: emit(OP_IS_OP, 1); break;
            case ast::CmpOp::In: emit(OP_CONTAINS_OP, 0); break;
            case ast::CmpOp::NotIn: emit(OP_CONTAINS_OP, 1); break;
            }
        };
        visit_expr(c->left);
        size_t n = c->ops.size();
        // fold_compare: only the last comparand of `in` / `not in` becomes a constant iterable.
        auto last = [&] {
            ast::CmpOp op = c->ops[n - 1];
            if (op == ast::CmpOp::In || op == ast::CmpOp::NotIn)
                visit_iter(c->comparators[n - 1]);
            else
                visit_expr(c->comparators[n - 1]);
        };
        if (n == 1) {
            last();
            op_of(c->ops[0]);
            return;
        }
        int cleanup = new_label(), end = new_label();
        for (size_t i = 0; i + 1 < n; ++i) {
            visit_expr(c->comparators[i]);
            emit(OP_SWAP, 2);
            emit(OP_COPY, 2);
            op_of(c->ops[i]);
            emit_jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
        }
        last();
        op_of(c->ops[n - 1]);
        emit_jump(OP_JUMP, end);
        place(cleanup);
        emit(OP_SWAP, 2);
        emit(OP_POP_TOP);
        place(end);
    }

    void compile_call(Call* c) {
        bool star = false;
        for (Expr* a : c->args) star |= a->is<Starred>();
        for (Keyword* k : c->keywords) star |= !k->arg.has_value();
        // Method calls avoid creating a bound method: LOAD_METHOD + CALL.
        auto* attr = c->func->as<Attribute>();
        if (!star && attr && attr->ctx == ExprContext::Load) {
            visit_expr(attr->value);
            {
                LocGuard g(*this, pos_of(*attr));
                u().loc.line = attr->end_lineno;
                emit(OP_LOAD_METHOD, name_idx(mangle(attr->attr)));
            }
            compile_call_args(c, false);
            return;
        }
        if (!star) {
            emit(OP_PUSH_NULL);
            visit_expr(c->func);
            compile_call_args(c, false);
            return;
        }
        emit(OP_PUSH_NULL);
        visit_expr(c->func);
        compile_call_args(c, true);
    }

    void compile_call_args(Call* c, bool star) {
        check_keywords(c);
        if (!star) {
            for (Expr* a : c->args) visit_expr(a);
            std::vector<std::string> kwnames;
            for (Keyword* k : c->keywords) {
                visit_expr(k->value);
                kwnames.push_back(*k->arg);
            }
            int n = static_cast<int>(c->args.size() + kwnames.size());
            if (kwnames.empty()) {
                emit(OP_CALL, n);
            } else {
                emit(OP_LOAD_CONST, const_names_tuple(kwnames));
                emit(OP_CALL_KW, n);
            }
            return;
        }
        // Positional arguments as one tuple; a lone `*args` is passed as it is, and
        // CALL_FUNCTION_EX converts it (its error names the callable).
        if (c->args.size() == 1 && c->args[0]->is<Starred>())
            visit_expr(c->args[0]->as<Starred>()->value);
        else
            compile_sequence(c->args, OP_BUILD_TUPLE, OP_LIST_EXTEND, true);
        // Keywords as CPython 3.11 groups them: each run of named ones becomes a dict, and the
        // runs and `**mappings` are merged with DICT_MERGE, which reports a repeated name.
        bool have_dict = false;
        size_t i = 0, n = c->keywords.size();
        while (i < n) {
            if (!c->keywords[i]->arg) {
                if (!have_dict) emit(OP_BUILD_MAP, 0);
                have_dict = true;
                visit_expr(c->keywords[i]->value);
                emit(OP_DICT_MERGE, 1);
                ++i;
                continue;
            }
            size_t j = i;
            for (; j < n && c->keywords[j]->arg; ++j) {
                emit_const_str(*c->keywords[j]->arg);
                visit_expr(c->keywords[j]->value);
            }
            emit(OP_BUILD_MAP, static_cast<int>(j - i));
            if (have_dict) emit(OP_DICT_MERGE, 1);
            have_dict = true;
            i = j;
        }
        int has_kw = have_dict ? 1 : 0;
        emit(OP_CALL_FUNCTION_EX, has_kw);
    }

    void check_keywords(Call* c) {
        std::set<std::string> seen;
        for (Keyword* k : c->keywords) {
            if (!k->arg) continue;
            if (!seen.insert(*k->arg).second) error("keyword argument repeated: " + *k->arg, *k);
        }
    }

    void compile_lambda(Lambda* l) {
        int flags = compile_defaults(l->args);
        Scope* scope = u().scope->child_for(l);
        std::string qn = qualname_for("<lambda>");
        enter_unit(scope, "<lambda>", qn, l->lineno);
        u().co->argcount =
            static_cast<uint32_t>(l->args->posonlyargs.size() + l->args->args.size());
        u().co->posonlyargcount = static_cast<uint32_t>(l->args->posonlyargs.size());
        u().co->kwonlyargcount = static_cast<uint32_t>(l->args->kwonlyargs.size());
        emit_prologue(*l);
        u().loc = pos_of(*l->body);
        visit_expr(l->body);
        if (!scope->is_generator) {
            emit(OP_RETURN_VALUE);
        } else {
            emit(OP_POP_TOP);
            emit_const_none();
            emit(OP_RETURN_VALUE);
        }
        Value code = leave_unit();
        make_function(scope, code, flags);
    }

    void compile_comprehension(Expr* e) {
        const std::vector<Comprehension*>* gens;
        const char* name;
        int kind; // 0 list 1 set 2 dict 3 gen
        if (auto* l = e->as<ListComp>())
            gens = &l->generators, name = "<listcomp>", kind = 0;
        else if (auto* s = e->as<SetComp>())
            gens = &s->generators, name = "<setcomp>", kind = 1;
        else if (auto* d = e->as<DictComp>())
            gens = &d->generators, name = "<dictcomp>", kind = 2;
        else
            gens = &e->as<GeneratorExp>()->generators, name = "<genexpr>", kind = 3;
        Scope* scope = u().scope->child_for(e);
        bool is_async = scope->is_coroutine;
        if (is_async && kind != 3 && !in_async_function() &&
            !(u().scope->kind == ScopeKind::Comprehension && u().scope->is_coroutine))
            error("asynchronous comprehension outside of an asynchronous function", *e);
        std::string qn = qualname_for(name);
        enter_unit(scope, name, qn, e->lineno);
        u().co->argcount = 1;
        emit_prologue(*e);
        u().loc = pos_of(*e);
        if (kind == 0) emit(OP_BUILD_LIST, 0);
        if (kind == 1) emit(OP_BUILD_SET, 0);
        if (kind == 2) emit(OP_BUILD_MAP, 0);
        comprehension_generator(e, *gens, 0, kind, kind == 3 ? 0 : 1);
        if (kind != 3) {
            emit(OP_RETURN_VALUE);
        } else {
            emit_const_none();
            emit(OP_RETURN_VALUE);
        }
        Value code = leave_unit();
        make_function(scope, code, 0);
        // The outermost iterable is evaluated here, in the enclosing scope.
        Comprehension* outer = (*gens)[0];
        visit_iter(outer->iter);
        if (outer->is_async)
            emit(OP_GET_AITER);
        else
            emit(OP_GET_ITER);
        // [func, iter] with CALL 0 in method layout: func(iter).
        emit(OP_CALL, 0);
        if (is_async && kind != 3) {
            emit(OP_GET_AWAITABLE, 0);
            emit_const_none();
            emit_yield_from(true);
        }
    }

    // `depth` counts the values below the loop iterators that the element is added to.
    void comprehension_generator(Expr* e, const std::vector<Comprehension*>& gens, size_t index,
                                 int kind, int depth) {
        Comprehension* g = gens[index];
        int start = new_label(), if_cleanup = new_label(), anchor = new_label();
        if (index == 0) {
            emit(OP_LOAD_FAST, var_idx(".0"));
        } else {
            visit_iter(g->iter);
            emit(g->is_async ? OP_GET_AITER : OP_GET_ITER);
        }
        int except = -1;
        place(start);
        if (g->is_async) {
            except = new_label();
            push_handler(except, u().depth, false);
            emit(OP_GET_ANEXT);
            emit_const_none();
            emit_yield_from(true);
            pop_handler();
        } else {
            emit_jump(OP_FOR_ITER, anchor);
        }
        compile_store(g->target);
        for (Expr* cond : g->ifs) jump_if(cond, if_cleanup, false);
        if (index + 1 < gens.size()) {
            comprehension_generator(e, gens, index + 1, kind, depth + 1);
        } else {
            switch (kind) {
            case 0:
                visit_expr(e->as<ListComp>()->elt);
                emit(OP_LIST_APPEND, depth + 1);
                break;
            case 1:
                visit_expr(e->as<SetComp>()->elt);
                emit(OP_SET_ADD, depth + 1);
                break;
            case 2:
                visit_expr(e->as<DictComp>()->key);
                visit_expr(e->as<DictComp>()->value);
                emit(OP_MAP_ADD, depth + 1);
                break;
            case 3: {
                visit_expr(e->as<GeneratorExp>()->elt);
                if (u().scope->is_coroutine) emit(OP_ASYNC_GEN_WRAP);
                emit(OP_YIELD_VALUE, 0);
                emit(OP_RESUME, 1);
                emit(OP_POP_TOP);
                break;
            }
            }
        }
        place(if_cleanup);
        emit_jump(OP_JUMP_BACKWARD, start);
        if (g->is_async) {
            place(except);
            emit(OP_END_ASYNC_FOR);
        } else {
            place(anchor);
        }
    }
};

} // namespace

CompileResult compile_module(const Module& mod, std::shared_ptr<const SourceFile> src) {
    CompileResult r;
    SymTable st;
    if (auto err = build_symtable(mod, src->filename, st)) {
        // Symtable positions are byte columns; convert to CPython's 1-based character offsets.
        SyntaxError e = *err;
        std::string_view line = src->line(e.lineno);
        auto chars = [&](int byte1) {
            int byte = byte1 - 1, n = 0;
            for (int i = 0; i < byte && i < static_cast<int>(line.size()); ++i)
                if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
            return n + 1;
        };
        e.offset = chars(e.offset);
        if (e.end_lineno == e.lineno) e.end_offset = chars(e.end_offset);
        e.text = std::string(line) + "\n";
        r.error = e;
        return r;
    }
    Compiler c(src, st);
    try {
        r.code = c.compile(mod);
    } catch (CompileError& e) {
        r.error = e.err;
    }
    return r;
}

CompileResult compile_source(std::shared_ptr<const SourceFile> src) {
    ParseResult pr = parse_for_loopstep(src->text, src->filename);
    if (!pr.ok()) {
        CompileResult r;
        r.error = pr.error;
        return r;
    }
    return compile_module(*pr.module, src);
}

} // namespace loopstep::py
