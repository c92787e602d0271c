// The AST's arena, node names and ast.dump(); see ast.h. dump() reproduces CPython 3.11's
// Lib/ast.py dump(include_attributes=True) rules: fields in declaration order, optional fields
// left out when absent, lists always shown, then the four position attributes.
#include "core/py/ast.h"

#include "core/py/unicode_tables.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace loopstep::py::ast {

Arena::~Arena() {
    for (auto it = dtors_.rbegin(); it != dtors_.rend(); ++it) it->destroy(it->obj);
}

void* Arena::allocate(std::size_t size, std::size_t align) {
    std::size_t offset = (used_ + align - 1) & ~(align - 1);
    if (chunks_.empty() || offset + size > capacity_) {
        std::size_t cap = size > 32768 ? size : 32768;
        chunks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[cap])); // not zeroed
        capacity_ = cap;
        offset = 0;
    }
    used_ = offset + size;
    return chunks_.back().get() + offset;
}

const char* name(ExprContext c) {
    switch (c) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
    }
    return "?";
}

const char* name(BoolOpKind op) {
    return op == BoolOpKind::And ? "And" : "Or";
}

const char* name(Operator op) {
    switch (op) {
    case Operator::Add: return "Add";
    case Operator::Sub: return "Sub";
    case Operator::Mult: return "Mult";
    case Operator::MatMult: return "MatMult";
    case Operator::Div: return "Div";
    case Operator::Mod: return "Mod";
    case Operator::Pow: return "Pow";
    case Operator::LShift: return "LShift";
    case Operator::RShift: return "RShift";
    case Operator::BitOr: return "BitOr";
    case Operator::BitXor: return "BitXor";
    case Operator::BitAnd: return "BitAnd";
    case Operator::FloorDiv: return "FloorDiv";
    }
    return "?";
}

const char* name(UnaryOpKind op) {
    switch (op) {
    case UnaryOpKind::Invert: return "Invert";
    case UnaryOpKind::Not: return "Not";
    case UnaryOpKind::UAdd: return "UAdd";
    case UnaryOpKind::USub: return "USub";
    }
    return "?";
}

const char* name(CmpOp op) {
    switch (op) {
    case CmpOp::Eq: return "Eq";
    case CmpOp::NotEq: return "NotEq";
    case CmpOp::Lt: return "Lt";
    case CmpOp::LtE: return "LtE";
    case CmpOp::Gt: return "Gt";
    case CmpOp::GtE: return "GtE";
    case CmpOp::Is: return "Is";
    case CmpOp::IsNot: return "IsNot";
    case CmpOp::In: return "In";
    case CmpOp::NotIn: return "NotIn";
    }
    return "?";
}

const char* name(ExprKind k) {
    static const char* const names[] = {
        "BoolOp",    "NamedExpr", "BinOp",     "UnaryOp",   "Lambda",   "IfExp",
        "Dict",      "Set",       "ListComp",  "SetComp",   "DictComp", "GeneratorExp",
        "Await",     "Yield",     "YieldFrom", "Compare",   "Call",     "FormattedValue",
        "JoinedStr", "Constant",  "Attribute", "Subscript", "Starred",  "Name",
        "List",      "Tuple",     "Slice"};
    return names[static_cast<int>(k)];
}

const char* name(StmtKind k) {
    static const char* const names[] = {"FunctionDef", "AsyncFunctionDef",
                                        "ClassDef",    "Return",
                                        "Delete",      "Assign",
                                        "AugAssign",   "AnnAssign",
                                        "For",         "AsyncFor",
                                        "While",       "If",
                                        "With",        "AsyncWith",
                                        "Match",       "Raise",
                                        "Try",         "TryStar",
                                        "Assert",      "Import",
                                        "ImportFrom",  "Global",
                                        "Nonlocal",    "Expr",
                                        "Pass",        "Break",
                                        "Continue"};
    return names[static_cast<int>(k)];
}

const char* name(PatternKind k) {
    static const char* const names[] = {"MatchValue",   "MatchSingleton", "MatchSequence",
                                        "MatchMapping", "MatchClass",     "MatchStar",
                                        "MatchAs",      "MatchOr"};
    return names[static_cast<int>(k)];
}

// ---------------------------------------------------------------------------------------------
// Literal values

std::string int_literal_to_decimal(std::string_view text) {
    unsigned base = 10;
    std::size_t i = 0;
    if (text.size() >= 2 && text[0] == '0') {
        char p = text[1];
        if (p == 'x' || p == 'X')
            base = 16, i = 2;
        else if (p == 'o' || p == 'O')
            base = 8, i = 2;
        else if (p == 'b' || p == 'B')
            base = 2, i = 2;
    }
    // Little-endian limbs of 10^9.
    std::vector<std::uint32_t> limbs{0};
    for (; i < text.size(); ++i) {
        char c = text[i];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = static_cast<unsigned>(c - 'A' + 10);
        else
            continue; // underscores
        std::uint64_t carry = d;
        for (auto& limb : limbs) {
            std::uint64_t v = static_cast<std::uint64_t>(limb) * base + carry;
            limb = static_cast<std::uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (std::size_t k = limbs.size() - 1; k-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
        out += buf;
    }
    return out;
}

namespace {

// Python's float repr without the trailing ".0" for integral values (`add_dot_0` false is
// what complex repr uses for its parts).
std::string float_repr(double v, bool add_dot_0) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, res.ptr);
    std::string sign;
    if (!s.empty() && s[0] == '-') {
        sign = "-";
        s.erase(0, 1);
    }
    std::size_t epos = s.find('e');
    std::string mant = s.substr(0, epos);
    int exp = std::atoi(s.c_str() + epos + 1);
    std::string digits;
    for (char c : mant)
        if (c != '.') digits += c;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exp + 1; // position of the decimal point relative to the digits
    std::string out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
        } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
            out = digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0');
            if (add_dot_0) out += ".0";
        } else {
            out = digits.substr(0, static_cast<std::size_t>(decpt)) + "." +
                  digits.substr(static_cast<std::size_t>(decpt));
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        int e = decpt - 1;
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        out += eb;
    }
    return sign + out;
}

} // namespace

std::string repr_float(double value) {
    return float_repr(value, true);
}

std::string repr_str(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    std::size_t i = 0;
    char buf[16];
    while (i < s.size()) {
        std::uint32_t cp;
        if (!unicode::decode_utf8(s, i, cp)) {
            // Not produced by the parser; show the raw byte as an escape rather than fail.
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
            continue;
        }
        if (cp == static_cast<std::uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (unicode::is_printable(cp)) {
            unicode::append_utf8(out, cp);
        } else if (cp <= 0xFF) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp <= 0xFFFF) {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        }
    }
    out += quote;
    return out;
}

std::string repr_bytes(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    char buf[8];
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

// ---------------------------------------------------------------------------------------------
// dump

namespace {

class Dumper {
  public:
    std::string out;

    void expr(const Expr* e) {
        if (!e) {
            out += "None";
            return;
        }
        out += name(e->kind);
        out += '(';
        first_ = true;
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = e->as<BoolOp>();
            field("op");
            op_node(name(n->op));
            field("values");
            exprs(n->values);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            field("target");
            expr(n->target);
            field("value");
            expr(n->value);
            break;
        }
        case ExprKind::BinOp: {
            auto* n = e->as<BinOp>();
            field("left");
            expr(n->left);
            field("op");
            op_node(name(n->op));
            field("right");
            expr(n->right);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = e->as<UnaryOp>();
            field("op");
            op_node(name(n->op));
            field("operand");
            expr(n->operand);
            break;
        }
        case ExprKind::Lambda: {
            auto* n = e->as<Lambda>();
            field("args");
            arguments(n->args);
            field("body");
            expr(n->body);
            break;
        }
        case ExprKind::IfExp: {
            auto* n = e->as<IfExp>();
            field("test");
            expr(n->test);
            field("body");
            expr(n->body);
            field("orelse");
            expr(n->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* n = e->as<Dict>();
            field("keys");
            exprs(n->keys);
            field("values");
            exprs(n->values);
            break;
        }
        case ExprKind::Set: {
            field("elts");
            exprs(e->as<Set>()->elts);
            break;
        }
        case ExprKind::ListComp: {
            auto* n = e->as<ListComp>();
            field("elt");
            expr(n->elt);
            field("generators");
            comprehensions(n->generators);
            break;
        }
        case ExprKind::SetComp: {
            auto* n = e->as<SetComp>();
            field("elt");
            expr(n->elt);
            field("generators");
            comprehensions(n->generators);
            break;
        }
        case ExprKind::DictComp: {
            auto* n = e->as<DictComp>();
            field("key");
            expr(n->key);
            field("value");
            expr(n->value);
            field("generators");
            comprehensions(n->generators);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* n = e->as<GeneratorExp>();
            field("elt");
            expr(n->elt);
            field("generators");
            comprehensions(n->generators);
            break;
        }
        case ExprKind::Await:
            field("value");
            expr(e->as<Await>()->value);
            break;
        case ExprKind::Yield: opt_expr("value", e->as<Yield>()->value); break;
        case ExprKind::YieldFrom:
            field("value");
            expr(e->as<YieldFrom>()->value);
            break;
        case ExprKind::Compare: {
            auto* n = e->as<Compare>();
            field("left");
            expr(n->left);
            field("ops");
            out += '[';
            for (std::size_t i = 0; i < n->ops.size(); ++i) {
                if (i) out += ", ";
                op_node(name(n->ops[i]));
            }
            out += ']';
            field("comparators");
            exprs(n->comparators);
            break;
        }
        case ExprKind::Call: {
            auto* n = e->as<Call>();
            field("func");
            expr(n->func);
            field("args");
            exprs(n->args);
            field("keywords");
            list(n->keywords, [this](const Keyword* k) { keyword(k); });
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = e->as<FormattedValue>();
            field("value");
            expr(n->value);
            field("conversion");
            out += std::to_string(n->conversion);
            opt_expr("format_spec", n->format_spec);
            break;
        }
        case ExprKind::JoinedStr:
            field("values");
            exprs(e->as<JoinedStr>()->values);
            break;
        case ExprKind::Constant: {
            auto* n = e->as<Constant>();
            field("value");
            constant(n);
            if (n->u_prefix) {
                field("kind");
                out += "'u'";
            }
            break;
        }
        case ExprKind::Attribute: {
            auto* n = e->as<Attribute>();
            field("value");
            expr(n->value);
            field("attr");
            out += repr_str(n->attr);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::Subscript: {
            auto* n = e->as<Subscript>();
            field("value");
            expr(n->value);
            field("slice");
            expr(n->slice);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::Starred: {
            auto* n = e->as<Starred>();
            field("value");
            expr(n->value);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::Name: {
            auto* n = e->as<Name>();
            field("id");
            out += repr_str(n->id);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::List: {
            auto* n = e->as<List>();
            field("elts");
            exprs(n->elts);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::Tuple: {
            auto* n = e->as<Tuple>();
            field("elts");
            exprs(n->elts);
            field("ctx");
            op_node(name(n->ctx));
            break;
        }
        case ExprKind::Slice: {
            auto* n = e->as<Slice>();
            opt_expr("lower", n->lower);
            opt_expr("upper", n->upper);
            opt_expr("step", n->step);
            break;
        }
        }
        attributes(*e);
        out += ')';
    }

    void stmt(const Stmt* s) {
        out += name(s->kind);
        out += '(';
        first_ = true;
        switch (s->kind) {
        case StmtKind::FunctionDef: {
            auto* n = s->as<FunctionDef>();
            function(n->name, n->args, n->body, n->decorator_list, n->returns);
            break;
        }
        case StmtKind::AsyncFunctionDef: {
            auto* n = s->as<AsyncFunctionDef>();
            function(n->name, n->args, n->body, n->decorator_list, n->returns);
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = s->as<ClassDef>();
            field("name");
            out += repr_str(n->name);
            field("bases");
            exprs(n->bases);
            field("keywords");
            list(n->keywords, [this](const Keyword* k) { keyword(k); });
            field("body");
            stmts(n->body);
            field("decorator_list");
            exprs(n->decorator_list);
            break;
        }
        case StmtKind::Return: opt_expr("value", s->as<Return>()->value); break;
        case StmtKind::Delete:
            field("targets");
            exprs(s->as<Delete>()->targets);
            break;
        case StmtKind::Assign: {
            auto* n = s->as<Assign>();
            field("targets");
            exprs(n->targets);
            field("value");
            expr(n->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = s->as<AugAssign>();
            field("target");
            expr(n->target);
            field("op");
            op_node(name(n->op));
            field("value");
            expr(n->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = s->as<AnnAssign>();
            field("target");
            expr(n->target);
            field("annotation");
            expr(n->annotation);
            opt_expr("value", n->value);
            field("simple");
            out += std::to_string(n->simple);
            break;
        }
        case StmtKind::For: {
            auto* n = s->as<For>();
            loop(n->target, n->iter, n->body, n->orelse);
            break;
        }
        case StmtKind::AsyncFor: {
            auto* n = s->as<AsyncFor>();
            loop(n->target, n->iter, n->body, n->orelse);
            break;
        }
        case StmtKind::While: {
            auto* n = s->as<While>();
            field("test");
            expr(n->test);
            field("body");
            stmts(n->body);
            field("orelse");
            stmts(n->orelse);
            break;
        }
        case StmtKind::If: {
            auto* n = s->as<If>();
            field("test");
            expr(n->test);
            field("body");
            stmts(n->body);
            field("orelse");
            stmts(n->orelse);
            break;
        }
        case StmtKind::With: {
            auto* n = s->as<With>();
            with(n->items, n->body);
            break;
        }
        case StmtKind::AsyncWith: {
            auto* n = s->as<AsyncWith>();
            with(n->items, n->body);
            break;
        }
        case StmtKind::Match: {
            auto* n = s->as<Match>();
            field("subject");
            expr(n->subject);
            field("cases");
            list(n->cases, [this](const MatchCase* c) { match_case(c); });
            break;
        }
        case StmtKind::Raise: {
            auto* n = s->as<Raise>();
            opt_expr("exc", n->exc);
            opt_expr("cause", n->cause);
            break;
        }
        case StmtKind::Try: {
            auto* n = s->as<Try>();
            try_(n->body, n->handlers, n->orelse, n->finalbody);
            break;
        }
        case StmtKind::TryStar: {
            auto* n = s->as<TryStar>();
            try_(n->body, n->handlers, n->orelse, n->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* n = s->as<Assert>();
            field("test");
            expr(n->test);
            opt_expr("msg", n->msg);
            break;
        }
        case StmtKind::Import:
            field("names");
            list(s->as<Import>()->names, [this](const Alias* a) { alias(a); });
            break;
        case StmtKind::ImportFrom: {
            auto* n = s->as<ImportFrom>();
            opt_str("module", n->module);
            field("names");
            list(n->names, [this](const Alias* a) { alias(a); });
            field("level");
            out += std::to_string(n->level);
            break;
        }
        case StmtKind::Global:
            field("names");
            strs(s->as<Global>()->names);
            break;
        case StmtKind::Nonlocal:
            field("names");
            strs(s->as<Nonlocal>()->names);
            break;
        case StmtKind::Expr:
            field("value");
            expr(s->as<ExprStmt>()->value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
        attributes(*s);
        out += ')';
    }

    void stmts(const std::vector<Stmt*>& v) {
        list(v, [this](const Stmt* s) { stmt(s); });
    }

  private:
    bool first_ = true;

    void field(const char* f) {
        if (!first_) out += ", ";
        first_ = false;
        out += f;
        out += '=';
    }

    void op_node(const char* n) {
        out += n;
        out += "()";
    }

    template <class T, class F>
    void list(const std::vector<T>& v, F each) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            bool saved = first_;
            each(v[i]);
            first_ = saved;
        }
        out += ']';
    }

    void exprs(const std::vector<Expr*>& v) {
        list(v, [this](const Expr* e) { expr(e); });
    }

    void strs(const std::vector<std::string>& v) {
        list(v, [this](const std::string& s) { out += repr_str(s); });
    }

    void opt_expr(const char* f, const Expr* e) {
        if (!e) return;
        field(f);
        bool saved = first_;
        expr(e);
        first_ = saved;
    }

    void opt_str(const char* f, const std::optional<std::string>& s) {
        if (!s) return;
        field(f);
        out += repr_str(*s);
    }

    void attributes(const Located& n) {
        field("lineno");
        out += std::to_string(n.lineno);
        field("col_offset");
        out += std::to_string(n.col_offset);
        field("end_lineno");
        out += std::to_string(n.end_lineno);
        field("end_col_offset");
        out += std::to_string(n.end_col_offset);
    }

    // Nested nodes reset first_; these wrappers keep the enclosing node's state.
    template <class F>
    void nested(F f) {
        bool saved = first_;
        f();
        first_ = saved;
    }

    void constant(const Constant* n) {
        switch (n->value_kind) {
        case ConstantKind::None: out += "None"; break;
        case ConstantKind::True: out += "True"; break;
        case ConstantKind::False: out += "False"; break;
        case ConstantKind::Ellipsis: out += "Ellipsis"; break;
        case ConstantKind::Int: out += int_literal_to_decimal(n->text); break;
        case ConstantKind::Float: out += repr_float(n->number); break;
        case ConstantKind::Complex: out += float_repr(n->number, false) + "j"; break;
        case ConstantKind::Str: out += repr_str(n->text); break;
        case ConstantKind::Bytes: out += repr_bytes(n->text); break;
        }
    }

    void keyword(const Keyword* k) {
        out += "keyword(";
        first_ = true;
        opt_str("arg", k->arg);
        field("value");
        nested([&] { expr(k->value); });
        attributes(*k);
        out += ')';
    }

    void alias(const Alias* a) {
        out += "alias(";
        first_ = true;
        field("name");
        out += repr_str(a->name);
        opt_str("asname", a->asname);
        attributes(*a);
        out += ')';
    }

    void arg(const Arg* a) {
        out += "arg(";
        first_ = true;
        field("arg");
        out += repr_str(a->arg);
        opt_expr("annotation", a->annotation);
        attributes(*a);
        out += ')';
    }

    void opt_arg(const char* f, const Arg* a) {
        if (!a) return;
        field(f);
        nested([&] { arg(a); });
    }

    void arguments(const Arguments* a) {
        nested([&] {
            out += "arguments(";
            first_ = true;
            auto args = [this](const std::vector<Arg*>& v) {
                list(v, [this](const Arg* x) { arg(x); });
            };
            field("posonlyargs");
            args(a->posonlyargs);
            field("args");
            args(a->args);
            opt_arg("vararg", a->vararg);
            field("kwonlyargs");
            args(a->kwonlyargs);
            field("kw_defaults");
            exprs(a->kw_defaults);
            opt_arg("kwarg", a->kwarg);
            field("defaults");
            exprs(a->defaults);
            out += ')';
        });
    }

    void comprehensions(const std::vector<Comprehension*>& v) {
        list(v, [this](const Comprehension* c) {
            out += "comprehension(";
            first_ = true;
            field("target");
            nested([&] { expr(c->target); });
            field("iter");
            nested([&] { expr(c->iter); });
            field("ifs");
            exprs(c->ifs);
            field("is_async");
            out += std::to_string(c->is_async);
            out += ')';
        });
    }

    void function(const std::string& fname, const Arguments* args, const std::vector<Stmt*>& body,
                  const std::vector<Expr*>& decorators, const Expr* returns) {
        field("name");
        out += repr_str(fname);
        field("args");
        arguments(args);
        field("body");
        stmts(body);
        field("decorator_list");
        exprs(decorators);
        opt_expr("returns", returns);
    }

    void loop(const Expr* target, const Expr* iter, const std::vector<Stmt*>& body,
              const std::vector<Stmt*>& orelse) {
        field("target");
        nested([&] { expr(target); });
        field("iter");
        nested([&] { expr(iter); });
        field("body");
        stmts(body);
        field("orelse");
        stmts(orelse);
    }

    void with(const std::vector<WithItem*>& items, const std::vector<Stmt*>& body) {
        field("items");
        list(items, [this](const WithItem* w) {
            out += "withitem(";
            first_ = true;
            field("context_expr");
            nested([&] { expr(w->context_expr); });
            opt_expr("optional_vars", w->optional_vars);
            out += ')';
        });
        field("body");
        stmts(body);
    }

    void try_(const std::vector<Stmt*>& body, const std::vector<ExceptHandler*>& handlers,
              const std::vector<Stmt*>& orelse, const std::vector<Stmt*>& finalbody) {
        field("body");
        stmts(body);
        field("handlers");
        list(handlers, [this](const ExceptHandler* h) {
            out += "ExceptHandler(";
            first_ = true;
            opt_expr("type", h->type);
            opt_str("name", h->name);
            field("body");
            stmts(h->body);
            attributes(*h);
            out += ')';
        });
        field("orelse");
        stmts(orelse);
        field("finalbody");
        stmts(finalbody);
    }

    void pattern(const Pattern* p) {
        out += name(p->kind);
        out += '(';
        first_ = true;
        auto patterns = [this](const std::vector<Pattern*>& v) {
            list(v, [this](const Pattern* x) { pattern(x); });
        };
        switch (p->kind) {
        case PatternKind::MatchValue:
            field("value");
            nested([&] { expr(p->as<MatchValue>()->value); });
            break;
        case PatternKind::MatchSingleton: {
            field("value");
            ConstantKind v = p->as<MatchSingleton>()->value;
            out += v == ConstantKind::True ? "True" : v == ConstantKind::False ? "False" : "None";
            break;
        }
        case PatternKind::MatchSequence:
            field("patterns");
            patterns(p->as<MatchSequence>()->patterns);
            break;
        case PatternKind::MatchMapping: {
            auto* n = p->as<MatchMapping>();
            field("keys");
            exprs(n->keys);
            field("patterns");
            patterns(n->patterns);
            opt_str("rest", n->rest);
            break;
        }
        case PatternKind::MatchClass: {
            auto* n = p->as<MatchClass>();
            field("cls");
            nested([&] { expr(n->cls); });
            field("patterns");
            patterns(n->patterns);
            field("kwd_attrs");
            strs(n->kwd_attrs);
            field("kwd_patterns");
            patterns(n->kwd_patterns);
            break;
        }
        case PatternKind::MatchStar: opt_str("name", p->as<MatchStar>()->name); break;
        case PatternKind::MatchAs: {
            auto* n = p->as<MatchAs>();
            if (n->pattern) {
                field("pattern");
                nested([&] { pattern(n->pattern); });
            }
            opt_str("name", n->name);
            break;
        }
        case PatternKind::MatchOr:
            field("patterns");
            patterns(p->as<MatchOr>()->patterns);
            break;
        }
        attributes(*p);
        out += ')';
    }

    void match_case(const MatchCase* c) {
        out += "match_case(";
        first_ = true;
        field("pattern");
        nested([&] { pattern(c->pattern); });
        opt_expr("guard", c->guard);
        field("body");
        stmts(c->body);
        out += ')';
    }
};

} // namespace

std::string dump(const Module& module) {
    Dumper d;
    d.out = "Module(body=";
    d.stmts(module.body);
    d.out += ", type_ignores=[])";
    return std::move(d.out);
}

std::string dump(const Stmt* stmt) {
    Dumper d;
    d.stmt(stmt);
    return std::move(d.out);
}

std::string dump(const Expr* expr) {
    Dumper d;
    d.expr(expr);
    return std::move(d.out);
}

} // namespace loopstep::py::ast
