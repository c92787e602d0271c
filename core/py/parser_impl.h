// Internals of the parser (see parser.h), shared by its implementation files:
// parser.cpp (machinery, statements), parser_expr.cpp (expressions, targets, arguments),
// parser_match.cpp (match statements), parser_strings.cpp (string literals and f-strings) and
// parser_invalid.cpp (the invalid_* rules of the second pass).
//
// Each grammar rule of CPython 3.11's python.gram is one member function of the same name that
// returns the node (or a non-null marker) on success and nullptr on failure, restoring `mark_`
// when it fails, exactly like CPython's generated parser. Left-recursive rules are written as
// loops, which accept the same input and look at the same tokens.
#pragma once

#include "core/py/ast.h"
#include "core/py/lexer.h"
#include "core/py/parser.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::py::detail {

using namespace ast;
using TT = TokenType;

// Rules whose results are memoised per position (those CPython memoises, and the
// left-recursive ones it memoises implicitly).
enum class Memo : std::uint16_t {
    SimpleStmt,
    Block,
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    ShiftExpr,
    Sum,
    Term,
    Factor,
    AwaitPrimary,
    Primary,
    TPrimary,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    DottedName,
    Attr,
    ClosedPattern,
    StarPattern,
    InvalidNamedExpression,
};

// Where a node starts: the first token of the rule that builds it.
struct Pos {
    int lineno = 0;
    int col_offset = 0;
};

// Intermediate values of some rules (CPython's helper structs in pegen.h).
struct NameDefaultPair {
    Arg* arg = nullptr;
    Expr* value = nullptr; // may be null in param_maybe_default
};
struct SlashWithDefault {
    std::vector<Arg*> plain_names;
    std::vector<NameDefaultPair*> names_with_defaults;
};
struct StarEtc {
    Arg* vararg = nullptr;
    std::vector<NameDefaultPair*> kwonlyargs;
    Arg* kwarg = nullptr;
};
struct KeyValuePair {
    Expr* key = nullptr; // null for `**mapping`
    Expr* value = nullptr;
};
struct CmpopExprPair {
    CmpOp op;
    Expr* expr = nullptr;
};
struct KeywordOrStarred {
    void* element = nullptr; // Keyword* or Expr* (Starred)
    bool is_keyword = false;
};
struct KeyPatternPair {
    Expr* key = nullptr;
    Pattern* pattern = nullptr;
};
template <class T>
struct Seq {
    std::vector<T> items;
};

enum class TargetsType { StarTargets, DelTargets, ForTargets };

// A memoised result at a token position (kept in a list on the token, as CPython does).
struct MemoEntry {
    Memo rule;
    std::uint32_t end;
    void* result;
    MemoEntry* next;
};

// The tokens read so far. Chunked so that pointers to tokens stay valid as more are read
// and indexing stays cheap.
class TokenStore {
  public:
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    Token& operator[](std::size_t i) { return slot(i).tok; }
    Token& back() { return (*this)[size_ - 1]; }
    MemoEntry*& memo(std::size_t i) { return slot(i).memo; }
    void push_back(const Token& t) {
        if ((size_ & kMask) == 0) chunks_.push_back(std::unique_ptr<Slot[]>(new Slot[kMask + 1]));
        slot(size_) = {t, nullptr};
        ++size_;
    }
    void clear_memo() {
        for (std::size_t i = 0; i < size_; ++i) slot(i).memo = nullptr;
    }

  private:
    struct Slot {
        Token tok;
        MemoEntry* memo = nullptr;
    };
    static constexpr std::size_t kShift = 9;
    static constexpr std::size_t kMask = (std::size_t{1} << kShift) - 1;
    Slot& slot(std::size_t i) { return chunks_[i >> kShift][i & kMask]; }
    std::vector<std::unique_ptr<Slot[]>> chunks_;
    std::size_t size_ = 0;
};

class Parser {
  public:
    // `starting_*` shift the positions of an f-string's expression (parsed on its own); 0 for
    // a file.
    Parser(Lexer& lexer, Module* module, bool fstring_mode = false, int starting_lineno = 0,
           int starting_col_offset = 0);

    // Runs the two passes over the file; on failure `error()` holds the report.
    bool parse_file();
    // Parses an f-string replacement field's "(expr)" text (CPython's fstring start rule).
    Expr* parse_fstring_expr();

    std::optional<SyntaxError>& error() { return err_; }

  private:
    friend struct Guard;

    // --- machinery (parser.cpp)
    bool fill_token();
    // The token at mark_, reading it if needed; nullptr (and the error set) if that fails.
    Token* peek() {
        if (mark_ == toks_.size()) {
            if (error_indicator_ || !fill_token()) {
                error_indicator_ = true;
                return nullptr;
            }
        }
        return &toks_[mark_];
    }
    // Consumes a token of this type.
    Token* expect(TT type) {
        Token* t = peek();
        if (!t || t->type != type) return nullptr;
        ++mark_;
        return t;
    }
    Token* expect_forced(TT type, const char* spelling); // &&'x': error if absent
    Token* expect_name();                                // a NAME (not a keyword)
    Token* expect_soft_keyword(std::string_view kw);
    bool at(TT type); // lookahead without consuming
    Token* last_nonwhitespace_token();
    Pos start_pos();
    template <class T>
    T* node(const Pos& start);
    template <class T>
    T* node_at(const Token* t);
    bool is_memoized(Memo rule, void*& result);
    void memoize(std::size_t at, Memo rule, void* result);
    void reset_for_second_pass();
    void stack_overflow();

    Name* name_token(Token* t);
    Expr* number_token(Token* t);
    std::string_view text(const Token* t) const { return lx_.text(*t); }

    // --- errors (parser.cpp)
    void tokenizer_error();
    void raise_error_known_location(ErrorKind kind, int lineno, int col_offset, int end_lineno,
                                    int end_col_offset, const std::string& msg);
    void raise_error(ErrorKind kind, const std::string& msg); // at the last token read
    template <class A>
    void raise_known_location(const A* a, const std::string& msg);
    template <class A, class B>
    void raise_known_range(const A* a, const B* b, const std::string& msg);
    template <class A>
    void raise_starting_from(const A* a, const std::string& msg);
    void raise_unclosed_parentheses();
    void raise_invalid_target(TargetsType type, Expr* e);
    void set_syntax_error(Token* last_token);
    void tokenize_full_source_to_check_for_errors();
    static const char* expr_name(const Expr* e);
    static Expr* invalid_target(Expr* e, TargetsType type);

    // --- statements (parser.cpp)
    std::vector<Stmt*>* statements();
    std::vector<Stmt*>* statement();
    std::vector<Stmt*>* simple_stmts();
    Stmt* simple_stmt();
    Stmt* compound_stmt();
    Stmt* assignment();
    Expr* annotated_rhs();
    Token* augassign();
    Stmt* return_stmt();
    Stmt* raise_stmt();
    Stmt* global_stmt();
    Stmt* nonlocal_stmt();
    Stmt* del_stmt();
    Stmt* yield_stmt();
    Stmt* assert_stmt();
    Stmt* import_stmt();
    Stmt* import_name();
    Stmt* import_from();
    std::vector<Alias*>* import_from_targets();
    std::vector<Alias*>* import_from_as_names();
    Alias* import_from_as_name();
    std::vector<Alias*>* dotted_as_names();
    Alias* dotted_as_name();
    Expr* dotted_name();
    std::vector<Stmt*>* block();
    std::vector<Expr*>* decorators();
    Stmt* class_def();
    Stmt* class_def_raw();
    Stmt* function_def();
    Stmt* function_def_raw();
    Arguments* params();
    Arguments* parameters();
    std::vector<Arg*>* slash_no_default();
    SlashWithDefault* slash_with_default();
    StarEtc* star_etc();
    Arg* kwds();
    Arg* param_no_default();
    Arg* param_no_default_star_annotation();
    NameDefaultPair* param_with_default();
    NameDefaultPair* param_maybe_default();
    Arg* param();
    Arg* param_star_annotation();
    Expr* annotation();
    Expr* star_annotation();
    Expr* default_();
    Stmt* if_stmt();
    Stmt* elif_stmt();
    std::vector<Stmt*>* else_block();
    Stmt* while_stmt();
    Stmt* for_stmt();
    Stmt* with_stmt();
    WithItem* with_item();
    Stmt* try_stmt();
    ExceptHandler* except_block();
    ExceptHandler* except_star_block();
    std::vector<Stmt*>* finally_block();
    Arguments* make_arguments(std::vector<Arg*>* slash_without_default,
                              SlashWithDefault* slash_with_default, std::vector<Arg*>* plain_names,
                              std::vector<NameDefaultPair*>* names_with_default, StarEtc* star_etc);

    // --- match statements (parser_match.cpp)
    Stmt* match_stmt();
    Expr* subject_expr();
    MatchCase* case_block();
    Expr* guard();
    Pattern* patterns();
    Pattern* pattern();
    Pattern* as_pattern();
    Pattern* or_pattern();
    Pattern* closed_pattern();
    Pattern* literal_pattern();
    Expr* literal_expr();
    Expr* complex_number();
    Expr* signed_number();
    Expr* signed_real_number();
    Expr* real_number();
    Expr* imaginary_number();
    Pattern* capture_pattern();
    Expr* pattern_capture_target();
    Pattern* wildcard_pattern();
    Pattern* value_pattern();
    Expr* attr();
    Expr* name_or_attr();
    Pattern* group_pattern();
    Pattern* sequence_pattern();
    Seq<Pattern*>* open_sequence_pattern();
    Seq<Pattern*>* maybe_sequence_pattern();
    Pattern* maybe_star_pattern();
    Pattern* star_pattern();
    Pattern* mapping_pattern();
    Seq<KeyPatternPair*>* items_pattern();
    KeyPatternPair* key_value_pattern();
    Expr* double_star_pattern();
    Pattern* class_pattern();
    Seq<Pattern*>* positional_patterns();
    Seq<KeyPatternPair*>* keyword_patterns();
    KeyPatternPair* keyword_pattern();

    // --- expressions (parser_expr.cpp)
    Expr* expressions();
    Expr* expression();
    Expr* yield_expr();
    Expr* star_expressions();
    Expr* star_expression();
    Seq<Expr*>* star_named_expressions();
    Expr* star_named_expression();
    Expr* assignment_expression();
    Expr* named_expression();
    Expr* disjunction();
    Expr* conjunction();
    Expr* inversion();
    Expr* comparison();
    CmpopExprPair* compare_op_bitwise_or_pair();
    Expr* bitwise_or();
    Expr* bitwise_xor();
    Expr* bitwise_and();
    Expr* shift_expr();
    Expr* sum();
    Expr* term();
    Expr* factor();
    Expr* power();
    Expr* await_primary();
    Expr* primary();
    Expr* slices();
    Expr* slice();
    Expr* atom();
    Expr* group();
    Expr* lambdef();
    Arguments* lambda_params();
    Arguments* lambda_parameters();
    std::vector<Arg*>* lambda_slash_no_default();
    SlashWithDefault* lambda_slash_with_default();
    StarEtc* lambda_star_etc();
    Arg* lambda_kwds();
    Arg* lambda_param_no_default();
    NameDefaultPair* lambda_param_with_default();
    NameDefaultPair* lambda_param_maybe_default();
    Arg* lambda_param();
    Expr* list();
    Expr* tuple();
    Expr* set();
    Expr* dict();
    Seq<KeyValuePair*>* double_starred_kvpairs();
    KeyValuePair* double_starred_kvpair();
    KeyValuePair* kvpair();
    Seq<Comprehension*>* for_if_clauses();
    Comprehension* for_if_clause();
    Expr* listcomp();
    Expr* setcomp();
    Expr* genexp();
    Expr* dictcomp();
    Expr* arguments();
    Expr* args();
    Seq<KeywordOrStarred*>* kwargs();
    Expr* starred_expression();
    KeywordOrStarred* kwarg_or_starred();
    KeywordOrStarred* kwarg_or_double_starred();
    Expr* star_targets();
    Seq<Expr*>* star_targets_list_seq();
    Seq<Expr*>* star_targets_tuple_seq();
    Expr* star_target();
    Expr* target_with_star_atom();
    Expr* star_atom();
    Expr* single_target();
    Expr* single_subscript_attribute_target();
    Expr* t_primary();
    bool t_lookahead();
    Seq<Expr*>* del_targets();
    Expr* del_target();
    Expr* del_t_atom();
    Expr* expression_without_invalid();
    Expr* set_expr_context(Expr* e, ExprContext ctx);
    Expr* collect_call_seqs(std::vector<Expr*>& a, Seq<KeywordOrStarred*>* b, const Pos& start);

    // --- strings (parser_strings.cpp)
    Expr* strings();
    Expr* concatenate_strings(const std::vector<Token*>& toks);

    // --- invalid_* rules (parser_invalid.cpp), only tried in the second pass
    void* invalid_arguments();
    void* invalid_kwarg();
    void* invalid_legacy_expression();
    void* invalid_expression();
    void* invalid_named_expression();
    void* invalid_assignment();
    Expr* invalid_ann_assign_target();
    void* invalid_del_stmt();
    void* invalid_block();
    void* invalid_comprehension();
    void* invalid_dict_comprehension();
    void* invalid_parameters();
    void* invalid_parameters_helper();
    void* invalid_default();
    void* invalid_star_etc();
    void* invalid_kwds();
    void* invalid_lambda_parameters();
    void* invalid_lambda_parameters_helper();
    void* invalid_lambda_star_etc();
    void* invalid_lambda_kwds();
    void* invalid_with_item();
    void* invalid_for_target();
    void* invalid_group();
    void* invalid_import_from_targets();
    void* invalid_with_stmt();
    void* invalid_with_stmt_indent();
    void* invalid_try_stmt();
    void* invalid_except_stmt();
    void* invalid_finally_stmt();
    void* invalid_except_stmt_indent();
    void* invalid_except_star_stmt_indent();
    void* invalid_match_stmt();
    void* invalid_case_block();
    void* invalid_as_pattern();
    void* invalid_class_pattern();
    Seq<Pattern*>* invalid_class_argument_pattern();
    void* invalid_if_stmt();
    void* invalid_elif_stmt();
    void* invalid_else_stmt();
    void* invalid_while_stmt();
    void* invalid_for_stmt();
    void* invalid_def_raw();
    void* invalid_class_def_raw();
    void* invalid_double_starred_kvpairs();
    void* invalid_kvpair();

    Lexer& lx_;
    Module* mod_;
    Arena& arena_;
    TokenStore toks_;
    std::size_t mark_ = 0;
    bool call_invalid_rules_ = false;
    bool error_indicator_ = false;
    std::optional<SyntaxError> err_;
    int level_ = 0;
    bool fstring_mode_;
    int starting_lineno_;
    int starting_col_offset_;

  public:
    static constexpr int kMaxStack = 6000;
};

// Counts rule depth like CPython's p->level; past kMaxStack the parse fails with MemoryError.
struct Guard {
    Parser& p;
    bool failed;
    explicit Guard(Parser& parser) : p(parser) {
        if (p.level_++ == Parser::kMaxStack) p.stack_overflow();
        failed = p.error_indicator_;
    }
    ~Guard() { --p.level_; }
};

template <class T>
T* Parser::node(const Pos& start) {
    T* n = arena_.make<T>();
    n->lineno = start.lineno;
    n->col_offset = start.col_offset;
    Token* last = last_nonwhitespace_token();
    n->end_lineno = last->end_lineno;
    n->end_col_offset = last->end_col_offset;
    return n;
}

template <class T>
T* Parser::node_at(const Token* t) {
    T* n = arena_.make<T>();
    n->lineno = t->lineno;
    n->col_offset = t->col_offset;
    n->end_lineno = t->end_lineno;
    n->end_col_offset = t->end_col_offset;
    return n;
}

template <class A>
void Parser::raise_known_location(const A* a, const std::string& msg) {
    raise_error_known_location(ErrorKind::SyntaxError, a->lineno, a->col_offset + 1, a->end_lineno,
                               a->end_col_offset + 1, msg);
}

template <class A, class B>
void Parser::raise_known_range(const A* a, const B* b, const std::string& msg) {
    raise_error_known_location(ErrorKind::SyntaxError, a->lineno, a->col_offset + 1, b->end_lineno,
                               b->end_col_offset + 1, msg);
}

constexpr int kCurrentPos = -5;

template <class A>
void Parser::raise_starting_from(const A* a, const std::string& msg) {
    raise_error_known_location(ErrorKind::SyntaxError, a->lineno, a->col_offset + 1, kCurrentPos,
                               kCurrentPos, msg);
}

} // namespace loopstep::py::detail
