// The abstract syntax tree of a Python 3.11 module, mirroring CPython's `ast` module node for
// node and field for field (Parser/Python.asdl), so that the tree can be checked against
// `ast.dump(ast.parse(src), include_attributes=True)` and so that anyone who knows Python's ast
// knows this one. Positions are CPython's: 1-based lines, 0-based columns counted in UTF-8 bytes.
//
// Representation: plain structs. Stmt, Expr and Pattern are bases carrying a `kind` tag;
// `node->as<T>()` is a checked downcast (nullptr when the kind differs). Children are raw
// pointers into the Module's arena, which owns every node, so the whole tree is freed at once.
// Optional children are nullptr; optional identifiers are std::optional<std::string>.
// Two C++ spellings differ from Python's: the statement `Expr` is `ExprStmt` (Expr is the base),
// and the Constant field `kind` is `u_prefix`. Type comments are never parsed (ast.parse does not
// either by default), so `type_comment` fields and `Module.type_ignores` are not stored.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace loopstep::py::ast {

// Owns every node of one tree. Nodes are bump-allocated; their destructors run when the arena
// (and so the Module) is destroyed.
class Arena {
  public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    template <class T, class... Args>
    T* make(Args&&... args) {
        void* mem = allocate(sizeof(T), alignof(T));
        T* obj = new (mem) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            dtors_.push_back({obj, [](void* p) { static_cast<T*>(p)->~T(); }});
        return obj;
    }

  private:
    void* allocate(std::size_t size, std::size_t align);
    struct Dtor {
        void* obj;
        void (*destroy)(void*);
    };
    std::vector<std::unique_ptr<std::byte[]>> chunks_;
    std::size_t used_ = 0;
    std::size_t capacity_ = 0;
    std::vector<Dtor> dtors_;
};

// Source range, as the `lineno, col_offset, end_lineno, end_col_offset` attributes.
struct Located {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv
};
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// The Python class names, as ast.dump prints them ("Add", "NotIn", "Load", ...).
const char* name(ExprContext);
const char* name(BoolOpKind);
const char* name(Operator);
const char* name(UnaryOpKind);
const char* name(CmpOp);

struct Stmt;
struct Expr;
struct Pattern;
struct Keyword;
struct Arguments;

// ---------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind {
    BoolOp,
    NamedExpr,
    BinOp,
    UnaryOp,
    Lambda,
    IfExp,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Await,
    Yield,
    YieldFrom,
    Compare,
    Call,
    FormattedValue,
    JoinedStr,
    Constant,
    Attribute,
    Subscript,
    Starred,
    Name,
    List,
    Tuple,
    Slice
};
const char* name(ExprKind);

struct Expr : Located {
    const ExprKind kind;

    template <class T>
    T* as() {
        return kind == T::Kind ? static_cast<T*>(this) : nullptr;
    }
    template <class T>
    const T* as() const {
        return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
    }
    template <class T>
    bool is() const {
        return kind == T::Kind;
    }

  protected:
    explicit Expr(ExprKind k) : kind(k) {}
};

template <ExprKind K>
struct ExprOf : Expr {
    static constexpr ExprKind Kind = K;
    ExprOf() : Expr(K) {}
};

// comprehension: `for target in iter if ifs...` inside a comprehension (no position attributes).
struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    int is_async = 0;
};

struct BoolOp final : ExprOf<ExprKind::BoolOp> {
    BoolOpKind op = BoolOpKind::And;
    std::vector<Expr*> values;
};
struct NamedExpr final : ExprOf<ExprKind::NamedExpr> {
    Expr* target = nullptr;
    Expr* value = nullptr;
};
struct BinOp final : ExprOf<ExprKind::BinOp> {
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
};
struct UnaryOp final : ExprOf<ExprKind::UnaryOp> {
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
};
struct Lambda final : ExprOf<ExprKind::Lambda> {
    Arguments* args = nullptr;
    Expr* body = nullptr;
};
struct IfExp final : ExprOf<ExprKind::IfExp> {
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};
struct Dict final : ExprOf<ExprKind::Dict> {
    std::vector<Expr*> keys; // nullptr where the item is `**mapping`
    std::vector<Expr*> values;
};
struct Set final : ExprOf<ExprKind::Set> {
    std::vector<Expr*> elts;
};
struct ListComp final : ExprOf<ExprKind::ListComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct SetComp final : ExprOf<ExprKind::SetComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct DictComp final : ExprOf<ExprKind::DictComp> {
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};
struct GeneratorExp final : ExprOf<ExprKind::GeneratorExp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct Await final : ExprOf<ExprKind::Await> {
    Expr* value = nullptr;
};
struct Yield final : ExprOf<ExprKind::Yield> {
    Expr* value = nullptr; // optional
};
struct YieldFrom final : ExprOf<ExprKind::YieldFrom> {
    Expr* value = nullptr;
};
struct Compare final : ExprOf<ExprKind::Compare> {
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators;
};
struct Call final : ExprOf<ExprKind::Call> {
    Expr* func = nullptr;
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
};
// One `{value!conversion:format_spec}` of an f-string.
struct FormattedValue final : ExprOf<ExprKind::FormattedValue> {
    Expr* value = nullptr;
    int conversion = -1;         // -1 (none), 's', 'r' or 'a', as CPython stores it
    Expr* format_spec = nullptr; // optional; a JoinedStr
};
struct JoinedStr final : ExprOf<ExprKind::JoinedStr> {
    std::vector<Expr*> values; // Constant (str) and FormattedValue
};

enum class ConstantKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct Constant final : ExprOf<ExprKind::Constant> {
    ConstantKind value_kind = ConstantKind::None;
    // Int: the literal as written with underscores removed, base prefix kept ("0x1F", "10");
    // int_literal_to_decimal() converts it. Str: the text in UTF-8 (a lone surrogate from a
    // \ud800 escape is kept as its 3-byte generalised UTF-8 form). Bytes: the bytes.
    std::string text;
    double number =
        0.0; // Float: the value; Complex: the imaginary part (literals are pure imaginary)
    bool u_prefix = false; // Python's Constant.kind == 'u' (the first string had a u prefix)
};
struct Attribute final : ExprOf<ExprKind::Attribute> {
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};
struct Subscript final : ExprOf<ExprKind::Subscript> {
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Starred final : ExprOf<ExprKind::Starred> {
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name final : ExprOf<ExprKind::Name> {
    std::string id;
    ExprContext ctx = ExprContext::Load;
};
struct List final : ExprOf<ExprKind::List> {
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Tuple final : ExprOf<ExprKind::Tuple> {
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Slice final : ExprOf<ExprKind::Slice> {
    Expr* lower = nullptr; // each optional
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Parts of definitions, calls and statements

struct Arg : Located {
    std::string arg;
    Expr* annotation = nullptr; // optional
};

// The parameter list of a def or lambda (no position attributes).
struct Arguments {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr; // optional
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults; // one per kwonlyarg; nullptr where it has no default
    Arg* kwarg = nullptr;           // optional
    std::vector<Expr*> defaults;    // for the last len(defaults) of posonlyargs + args
};

// `name=value` in a call or class header; `arg` is absent for `**mapping`.
struct Keyword : Located {
    std::optional<std::string> arg;
    Expr* value = nullptr;
};

// `name as asname` in an import; name is dotted ("a.b") or "*".
struct Alias : Located {
    std::string name;
    std::optional<std::string> asname;
};

// One item of a with statement (no position attributes).
struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr; // optional
};

struct ExceptHandler : Located {
    Expr* type = nullptr; // optional
    std::optional<std::string> name;
    std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statements are parsed so they can be reported, not executed)

enum class PatternKind {
    MatchValue,
    MatchSingleton,
    MatchSequence,
    MatchMapping,
    MatchClass,
    MatchStar,
    MatchAs,
    MatchOr
};
const char* name(PatternKind);

struct Pattern : Located {
    const PatternKind kind;

    template <class T>
    T* as() {
        return kind == T::Kind ? static_cast<T*>(this) : nullptr;
    }
    template <class T>
    const T* as() const {
        return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
    }

  protected:
    explicit Pattern(PatternKind k) : kind(k) {}
};

template <PatternKind K>
struct PatternOf : Pattern {
    static constexpr PatternKind Kind = K;
    PatternOf() : Pattern(K) {}
};

struct MatchValue final : PatternOf<PatternKind::MatchValue> {
    Expr* value = nullptr;
};
struct MatchSingleton final : PatternOf<PatternKind::MatchSingleton> {
    ConstantKind value = ConstantKind::None; // None, True or False
};
struct MatchSequence final : PatternOf<PatternKind::MatchSequence> {
    std::vector<Pattern*> patterns;
};
struct MatchMapping final : PatternOf<PatternKind::MatchMapping> {
    std::vector<Expr*> keys;
    std::vector<Pattern*> patterns;
    std::optional<std::string> rest;
};
struct MatchClass final : PatternOf<PatternKind::MatchClass> {
    Expr* cls = nullptr;
    std::vector<Pattern*> patterns;
    std::vector<std::string> kwd_attrs;
    std::vector<Pattern*> kwd_patterns;
};
struct MatchStar final : PatternOf<PatternKind::MatchStar> {
    std::optional<std::string> name;
};
struct MatchAs final : PatternOf<PatternKind::MatchAs> {
    Pattern* pattern = nullptr; // optional
    std::optional<std::string> name;
};
struct MatchOr final : PatternOf<PatternKind::MatchOr> {
    std::vector<Pattern*> patterns;
};

// `case pattern if guard: body` (no position attributes).
struct MatchCase {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr; // optional
    std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Statements

enum class StmtKind {
    FunctionDef,
    AsyncFunctionDef,
    ClassDef,
    Return,
    Delete,
    Assign,
    AugAssign,
    AnnAssign,
    For,
    AsyncFor,
    While,
    If,
    With,
    AsyncWith,
    Match,
    Raise,
    Try,
    TryStar,
    Assert,
    Import,
    ImportFrom,
    Global,
    Nonlocal,
    Expr,
    Pass,
    Break,
    Continue
};
const char* name(StmtKind);

struct Stmt : Located {
    const StmtKind kind;

    template <class T>
    T* as() {
        return kind == T::Kind ? static_cast<T*>(this) : nullptr;
    }
    template <class T>
    const T* as() const {
        return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
    }
    template <class T>
    bool is() const {
        return kind == T::Kind;
    }

  protected:
    explicit Stmt(StmtKind k) : kind(k) {}
};

template <StmtKind K>
struct StmtOf : Stmt {
    static constexpr StmtKind Kind = K;
    StmtOf() : Stmt(K) {}
};

struct FunctionDef final : StmtOf<StmtKind::FunctionDef> {
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr; // optional
};
struct AsyncFunctionDef final : StmtOf<StmtKind::AsyncFunctionDef> {
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr; // optional
};
struct ClassDef final : StmtOf<StmtKind::ClassDef> {
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
};
struct Return final : StmtOf<StmtKind::Return> {
    Expr* value = nullptr; // optional
};
struct Delete final : StmtOf<StmtKind::Delete> {
    std::vector<Expr*> targets;
};
struct Assign final : StmtOf<StmtKind::Assign> {
    std::vector<Expr*> targets; // `a = b = v` has two
    Expr* value = nullptr;
};
struct AugAssign final : StmtOf<StmtKind::AugAssign> {
    Expr* target = nullptr;
    Operator op = Operator::Add;
    Expr* value = nullptr;
};
struct AnnAssign final : StmtOf<StmtKind::AnnAssign> {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr; // optional
    int simple = 0;        // 1 for a bare name target without parentheses
};
struct For final : StmtOf<StmtKind::For> {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct AsyncFor final : StmtOf<StmtKind::AsyncFor> {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct While final : StmtOf<StmtKind::While> {
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct If final : StmtOf<StmtKind::If> {
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse; // an elif is a single nested If here
};
struct With final : StmtOf<StmtKind::With> {
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};
struct AsyncWith final : StmtOf<StmtKind::AsyncWith> {
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};
struct Match final : StmtOf<StmtKind::Match> {
    Expr* subject = nullptr;
    std::vector<MatchCase*> cases;
};
struct Raise final : StmtOf<StmtKind::Raise> {
    Expr* exc = nullptr;   // optional
    Expr* cause = nullptr; // optional
};
struct Try final : StmtOf<StmtKind::Try> {
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};
struct TryStar final : StmtOf<StmtKind::TryStar> {
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};
struct Assert final : StmtOf<StmtKind::Assert> {
    Expr* test = nullptr;
    Expr* msg = nullptr; // optional
};
struct Import final : StmtOf<StmtKind::Import> {
    std::vector<Alias*> names;
};
struct ImportFrom final : StmtOf<StmtKind::ImportFrom> {
    std::optional<std::string> module; // absent for `from . import x`
    std::vector<Alias*> names;
    int level = 0; // number of leading dots
};
struct Global final : StmtOf<StmtKind::Global> {
    std::vector<std::string> names;
};
struct Nonlocal final : StmtOf<StmtKind::Nonlocal> {
    std::vector<std::string> names;
};
// Python's `Expr` statement: an expression evaluated for its effect.
struct ExprStmt final : StmtOf<StmtKind::Expr> {
    Expr* value = nullptr;
};
struct Pass final : StmtOf<StmtKind::Pass> {};
struct Break final : StmtOf<StmtKind::Break> {};
struct Continue final : StmtOf<StmtKind::Continue> {};

// ---------------------------------------------------------------------------------------------

// A parsed file. Owns all its nodes through `arena`; not copyable or movable (hold it by
// std::unique_ptr), since nodes point at each other.
struct Module {
    std::vector<Stmt*> body;
    Arena arena;
};

// Exactly the text of CPython 3.11's `ast.dump(node, include_attributes=True)`.
std::string dump(const Module& module);
std::string dump(const Stmt* stmt);
std::string dump(const Expr* expr);

// The decimal digits of an int literal's `text` ("0x1F" -> "31", "0o777" -> "511",
// "00" -> "0"), of any size.
std::string int_literal_to_decimal(std::string_view text);

// Python's repr() of a str given as (generalised) UTF-8, of bytes, and of a float.
std::string repr_str(std::string_view utf8);
std::string repr_bytes(std::string_view bytes);
std::string repr_float(double value);

} // namespace loopstep::py::ast
