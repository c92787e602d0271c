// The parser's machinery (tokens, memo, the two passes, CPython's error placement) and the
// statement rules of python.gram. See parser_impl.h for the conventions every rule follows.
#include "core/py/parser.h"

#include "core/py/parser_impl.h"
#include "core/py/unicode_tables.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace loopstep::py {
namespace detail {

#define GUARD()                                                                                    \
    Guard guard_(*this);                                                                           \
    if (guard_.failed) return nullptr

// CPython's parser stack limit: a bare MemoryError, as CPython raises.
void Parser::stack_overflow() {
    error_indicator_ = true;
    SyntaxError e;
    e.kind = ErrorKind::MemoryError;
    e.filename = lx_.filename();
    err_ = std::move(e);
}

Parser::Parser(Lexer& lexer, Module* module, bool fstring_mode, int starting_lineno,
               int starting_col_offset)
    : lx_(lexer), mod_(module), arena_(module->arena), fstring_mode_(fstring_mode),
      starting_lineno_(starting_lineno), starting_col_offset_(starting_col_offset) {}

// ---------------------------------------------------------------------------------------------
// Tokens

bool Parser::fill_token() {
    Token t = lx_.next();
    if (fstring_mode_) {
        // An f-string expression is tokenized on its own; its tokens are moved to where the
        // expression sits in the file (columns only on its first line, as CPython does).
        bool first_line = lx_.lineno() == 1;
        t.lineno += starting_lineno_ - 1;
        t.end_lineno += starting_lineno_ - 1;
        if (first_line) {
            t.col_offset += starting_col_offset_;
            t.end_col_offset += starting_col_offset_;
        }
    }
    toks_.push_back(t);
    if (t.type == TT::ErrorToken) {
        tokenizer_error();
        return false;
    }
    return true;
}

Token* Parser::expect_forced(TT type, const char* spelling) {
    if (error_indicator_) return nullptr;
    Token* t = peek();
    if (!t) return nullptr;
    if (t->type != type) {
        raise_known_location(t, std::string("expected '") + spelling + "'");
        return nullptr;
    }
    ++mark_;
    return t;
}

Token* Parser::expect_name() {
    return expect(TT::Name);
}

Token* Parser::expect_soft_keyword(std::string_view kw) {
    Token* t = peek();
    if (!t || t->type != TT::Name || t->end - t->start != kw.size() || text(t) != kw)
        return nullptr;
    ++mark_;
    return t;
}

bool Parser::at(TT type) {
    Token* t = peek();
    return t && t->type == type;
}

Token* Parser::last_nonwhitespace_token() {
    Token* token = nullptr;
    for (std::size_t m = mark_; m-- > 0;) {
        token = &toks_[m];
        if (token->type != TT::EndMarker && (token->type < TT::Newline || token->type > TT::Dedent))
            break;
    }
    return token ? token : &toks_[0];
}

Pos Parser::start_pos() {
    Token* t = peek();
    if (!t) return {};
    return {t->lineno, t->col_offset};
}

bool Parser::is_memoized(Memo rule, void*& result) {
    if (!peek()) {
        result = nullptr;
        return true;
    }
    for (MemoEntry* m = toks_.memo(mark_); m; m = m->next) {
        if (m->rule == rule) {
            result = m->result;
            mark_ = m->end;
            return true;
        }
    }
    return false;
}

void Parser::memoize(std::size_t at, Memo rule, void* result) {
    MemoEntry*& head = toks_.memo(at);
    head = arena_.make<MemoEntry>(MemoEntry{rule, static_cast<std::uint32_t>(mark_), result, head});
}

void Parser::reset_for_second_pass() {
    toks_.clear_memo();
    mark_ = 0;
    call_invalid_rules_ = true;
}

Name* Parser::name_token(Token* t) {
    Name* n = node_at<Name>(t);
    n->id = std::string(text(t));
    return n;
}

Expr* Parser::number_token(Token* t) {
    std::string_view raw = text(t);
    std::string s;
    s.reserve(raw.size());
    for (char c : raw)
        if (c != '_') s += c;
    Constant* c = node_at<Constant>(t);
    bool imaginary = !s.empty() && (s.back() == 'j' || s.back() == 'J');
    if (imaginary) s.pop_back();
    bool is_float = imaginary;
    if (s.size() >= 2 && s[0] == '0' &&
        (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
        is_float = false;
    } else if (s.find_first_of(".eE") != std::string::npos) {
        is_float = true;
    }
    if (!is_float) {
        c->value_kind = ConstantKind::Int;
        c->text = std::move(s);
        return c;
    }
    double v = 0;
    auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc()) v = std::strtod(s.c_str(), nullptr); // overflow to inf, underflow
    c->value_kind = imaginary ? ConstantKind::Complex : ConstantKind::Float;
    c->number = v;
    return c;
}

// ---------------------------------------------------------------------------------------------
// Errors

void Parser::tokenizer_error() {
    error_indicator_ = true;
    if (lx_.raised_error()) {
        err_ = *lx_.raised_error();
        if (fstring_mode_) {
            // The f-string expression's own tokenizer counts lines from where it sits.
            err_->lineno += starting_lineno_ - 1;
            err_->end_lineno += starting_lineno_ - 1;
        }
        return;
    }
    ErrorKind kind = ErrorKind::SyntaxError;
    std::string msg;
    int col_offset = -1;
    switch (lx_.done()) {
    case Lexer::Done::Eof:
        if (lx_.level())
            raise_unclosed_parentheses();
        else
            raise_error(ErrorKind::SyntaxError, "unexpected EOF while parsing");
        return;
    case Lexer::Done::Dedent:
        raise_error(ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level");
        return;
    case Lexer::Done::TabSpace:
        kind = ErrorKind::TabError;
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
    case Lexer::Done::TooDeep:
        kind = ErrorKind::IndentationError;
        msg = "too many levels of indentation";
        break;
    case Lexer::Done::LineCont:
        col_offset = lx_.cur_col() - 1;
        msg = "unexpected character after line continuation character";
        break;
    default: msg = "unknown parsing error"; break;
    }
    raise_error_known_location(kind, lx_.lineno(), (col_offset >= 0 ? col_offset : 0) + 1,
                               lx_.lineno(), 0, msg);
}

namespace {

// CPython's _PyPegen_byte_offset_to_character_offset: a 1-based byte offset into `line`
// becomes a 1-based character offset (a partial character counts as one).
int byte_offset_to_character_offset(std::string_view line, int col_offset) {
    int len = static_cast<int>(line.size());
    if (col_offset > len + 1) col_offset = len + 1;
    if (col_offset <= 0) return 0;
    if (col_offset == len + 1) return static_cast<int>(unicode::count_code_points(line)) + 1;
    return static_cast<int>(
        unicode::count_code_points(line.substr(0, static_cast<std::size_t>(col_offset))));
}

} // namespace

void Parser::raise_error_known_location(ErrorKind kind, int lineno, int col_offset, int end_lineno,
                                        int end_col_offset, const std::string& msg) {
    error_indicator_ = true;
    if (end_lineno == kCurrentPos)
        end_lineno = lx_.lineno() + (fstring_mode_ ? starting_lineno_ - 1 : 0);
    if (end_col_offset == kCurrentPos) end_col_offset = lx_.cur_col();
    SyntaxError e;
    e.kind = kind;
    e.filename = lx_.filename();
    std::string error_line;
    if (fstring_mode_) {
        e.message = "f-string: " + msg;
        // The expression's own text, "(expr)", is the line CPython shows.
        error_line = lx_.source();
        col_offset -= starting_col_offset_;
        end_col_offset -= starting_col_offset_;
    } else {
        e.message = msg;
        error_line = lx_.error_line(lineno);
    }
    int col_number = col_offset;
    int end_col_number = end_col_offset;
    if (lx_.declares_encoding()) {
        col_number = byte_offset_to_character_offset(error_line, col_offset);
        if (end_col_number > 0)
            end_col_number = byte_offset_to_character_offset(error_line, end_col_number);
    }
    e.lineno = lineno;
    e.offset = col_number;
    e.end_lineno = end_lineno;
    e.end_offset = end_col_number;
    e.text = std::move(error_line);
    err_ = std::move(e);
}

void Parser::raise_error(ErrorKind kind, const std::string& msg) {
    if (toks_.empty()) {
        raise_error_known_location(kind, 0, 0, 0, -1, msg);
        return;
    }
    Token* t = &toks_.back();
    int col_offset;
    int end_col_offset = -1;
    if (t->col_offset == -1) {
        col_offset = lx_.cur_col();
    } else {
        col_offset = t->col_offset + 1;
    }
    if (t->end_col_offset != -1) end_col_offset = t->end_col_offset + 1;
    raise_error_known_location(kind, t->lineno, col_offset, t->end_lineno, end_col_offset, msg);
}

void Parser::raise_unclosed_parentheses() {
    int error_lineno = lx_.paren_lineno();
    int error_col = lx_.paren_col();
    raise_error_known_location(ErrorKind::SyntaxError, error_lineno, error_col + 1, error_lineno, 0,
                               std::string("'") + lx_.paren_char() + "' was never closed");
}

const char* Parser::expr_name(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        switch (e->as<Constant>()->value_kind) {
        case ConstantKind::None: return "None";
        case ConstantKind::False: return "False";
        case ConstantKind::True: return "True";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: break;
    }
    return "expression";
}

Expr* Parser::invalid_target(Expr* e, TargetsType type) {
    if (!e) return nullptr;
    switch (e->kind) {
    case ExprKind::List:
        for (Expr* x : e->as<List>()->elts)
            if (Expr* c = invalid_target(x, type)) return c;
        return nullptr;
    case ExprKind::Tuple:
        for (Expr* x : e->as<Tuple>()->elts)
            if (Expr* c = invalid_target(x, type)) return c;
        return nullptr;
    case ExprKind::Starred:
        if (type == TargetsType::DelTargets) return e;
        return invalid_target(e->as<Starred>()->value, type);
    case ExprKind::Compare:
        // `for a in b` reaches here as the comparison `a in b`: look at its left side.
        if (type == TargetsType::ForTargets) {
            auto* c = e->as<Compare>();
            if (c->ops[0] == CmpOp::In) return invalid_target(c->left, type);
            return nullptr;
        }
        return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
    }
}

void Parser::raise_invalid_target(TargetsType type, Expr* e) {
    Expr* t = invalid_target(e, type);
    if (t) {
        const char* fmt = type == TargetsType::DelTargets ? "cannot delete " : "cannot assign to ";
        raise_known_location(t, std::string(fmt) + expr_name(t));
    }
    // Otherwise nothing: the rule fails quietly and the generic error of the first pass stands.
}

void Parser::tokenize_full_source_to_check_for_errors() {
    // A tokenizer error later in the file (an unterminated string, a stray bracket) wins over
    // a parser error; an unclosed bracket only if it was opened before the error's line.
    int current_err_line = toks_.back().lineno;
    std::optional<SyntaxError> saved = err_;
    bool replaced = false;
    for (;;) {
        Token t = lx_.next();
        if (t.type == TT::ErrorToken) {
            if (lx_.level() != 0 && current_err_line > lx_.paren_lineno()) {
                raise_unclosed_parentheses();
                replaced = true;
            } else if (lx_.raised_error()) {
                err_ = *lx_.raised_error();
                replaced = true;
            }
            break;
        }
        if (t.type == TT::EndMarker) break;
    }
    if (!replaced) err_ = saved;
}

void Parser::set_syntax_error(Token* last_token) {
    if (err_) {
        bool tok_ok = lx_.done() == Lexer::Done::Ok;
        if (tok_ok && err_->kind != ErrorKind::MemoryError)
            tokenize_full_source_to_check_for_errors();
        return;
    }
    if (toks_.empty()) {
        raise_error(ErrorKind::SyntaxError, "error at start before reading any input");
        return;
    }
    if (last_token->type == TT::ErrorToken && lx_.done() == Lexer::Done::Eof) {
        if (lx_.level())
            raise_unclosed_parentheses();
        else
            raise_error(ErrorKind::SyntaxError, "unexpected EOF while parsing");
        return;
    }
    if (last_token->type == TT::Indent || last_token->type == TT::Dedent) {
        raise_error(ErrorKind::IndentationError,
                    last_token->type == TT::Indent ? "unexpected indent" : "unexpected unindent");
        return;
    }
    raise_known_location(last_token, "invalid syntax");
    tokenize_full_source_to_check_for_errors();
}

// ---------------------------------------------------------------------------------------------
// Entry points

bool Parser::parse_file() {
    auto run = [this]() -> std::vector<Stmt*>* {
        // file: [statements] ENDMARKER
        Guard guard_(*this);
        if (guard_.failed) return nullptr;
        std::vector<Stmt*>* a = statements();
        if (error_indicator_) return nullptr;
        if (!expect(TT::EndMarker)) return nullptr;
        static std::vector<Stmt*> empty;
        return a ? a : &empty;
    };
    std::vector<Stmt*>* body = run();
    if (body) {
        mod_->body = *body;
        return true;
    }
    if (err_ && err_->kind == ErrorKind::MemoryError) return false;
    if (toks_.empty()) {
        raise_error(ErrorKind::SyntaxError, "error at start before reading any input");
        return false;
    }
    Token* last_token = &toks_.back();
    reset_for_second_pass();
    run();
    set_syntax_error(last_token);
    return false;
}

Expr* Parser::parse_fstring_expr() {
    // fstring: star_expressions
    auto run = [this]() -> Expr* {
        Guard guard_(*this);
        if (guard_.failed) return nullptr;
        return star_expressions();
    };
    Expr* e = run();
    if (e) return e;
    if (err_ && err_->kind == ErrorKind::MemoryError) return nullptr;
    if (toks_.empty()) {
        raise_error(ErrorKind::SyntaxError, "error at start before reading any input");
        return nullptr;
    }
    Token* last_token = &toks_.back();
    reset_for_second_pass();
    run();
    set_syntax_error(last_token);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Statements

std::vector<Stmt*>* Parser::statements() {
    // statements: statement+
    GUARD();
    auto* out = arena_.make<std::vector<Stmt*>>();
    for (;;) {
        std::size_t mark = mark_;
        std::vector<Stmt*>* s = statement();
        if (!s) {
            mark_ = mark;
            break;
        }
        out->insert(out->end(), s->begin(), s->end());
    }
    if (error_indicator_ || out->empty()) return nullptr;
    return out;
}

std::vector<Stmt*>* Parser::statement() {
    // statement: compound_stmt | simple_stmts
    GUARD();
    std::size_t mark = mark_;
    if (Stmt* a = compound_stmt()) {
        auto* v = arena_.make<std::vector<Stmt*>>();
        v->push_back(a);
        return v;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (auto* a = simple_stmts()) return a;
    mark_ = mark;
    return nullptr;
}

std::vector<Stmt*>* Parser::simple_stmts() {
    GUARD();
    std::size_t mark = mark_;
    // simple_stmt !';' NEWLINE
    if (Stmt* a = simple_stmt()) {
        if (!at(TT::Semi) && !error_indicator_ && expect(TT::Newline)) {
            auto* v = arena_.make<std::vector<Stmt*>>();
            v->push_back(a);
            return v;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // ';'.simple_stmt+ [';'] NEWLINE
    auto* v = arena_.make<std::vector<Stmt*>>();
    if (Stmt* a = simple_stmt()) {
        v->push_back(a);
        for (;;) {
            std::size_t m = mark_;
            if (!expect(TT::Semi)) break;
            Stmt* b = simple_stmt();
            if (!b) {
                mark_ = m;
                break;
            }
            v->push_back(b);
        }
        if (!error_indicator_) {
            expect(TT::Semi);
            if (expect(TT::Newline)) return v;
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::simple_stmt() {
    GUARD();
    void* memo;
    if (is_memoized(Memo::SimpleStmt, memo)) return static_cast<Stmt*>(memo);
    std::size_t mark = mark_;
    Pos start = start_pos();
    Stmt* res = nullptr;
    [&] {
        if (error_indicator_) return;
        if ((res = assignment())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (Expr* e = star_expressions()) {
            auto* n = node<ExprStmt>(start);
            n->value = e;
            res = n;
            return;
        }
        mark_ = mark;
        if (error_indicator_) return;
        if (at(TT::KwReturn) && (res = return_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if ((at(TT::KwImport) || at(TT::KwFrom)) && (res = import_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (at(TT::KwRaise) && (res = raise_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (expect(TT::KwPass)) {
            res = node<Pass>(start);
            return;
        }
        if (error_indicator_) return;
        if (at(TT::KwDel) && (res = del_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (at(TT::KwYield) && (res = yield_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (at(TT::KwAssert) && (res = assert_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (expect(TT::KwBreak)) {
            res = node<Break>(start);
            return;
        }
        if (error_indicator_) return;
        if (expect(TT::KwContinue)) {
            res = node<Continue>(start);
            return;
        }
        if (error_indicator_) return;
        if (at(TT::KwGlobal) && (res = global_stmt())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (at(TT::KwNonlocal) && (res = nonlocal_stmt())) return;
        mark_ = mark;
    }();
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::SimpleStmt, res);
    return res;
}

Stmt* Parser::compound_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Stmt* res = nullptr;
    auto lookahead = [&](std::initializer_list<TT> types) {
        Token* t = peek();
        if (!t) return false;
        for (TT type : types)
            if (t->type == type) return true;
        return false;
    };
    if (lookahead({TT::KwDef, TT::At, TT::KwAsync}) && (res = function_def())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwIf}) && (res = if_stmt())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwClass, TT::At}) && (res = class_def())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwWith, TT::KwAsync}) && (res = with_stmt())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwFor, TT::KwAsync}) && (res = for_stmt())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwTry}) && (res = try_stmt())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (lookahead({TT::KwWhile}) && (res = while_stmt())) return res;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if ((res = match_stmt())) return res;
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::assignment() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (error_indicator_) return nullptr;
    // NAME ':' expression ['=' annotated_rhs]
    if (Token* a = expect_name()) {
        if (expect(TT::Colon)) {
            if (Expr* b = expression()) {
                Expr* c = nullptr;
                std::size_t m = mark_;
                if (expect(TT::Equal)) {
                    c = annotated_rhs();
                    if (!c) mark_ = m;
                }
                if (!error_indicator_) {
                    auto* n = node<AnnAssign>(start);
                    n->target = set_expr_context(name_token(a), ExprContext::Store);
                    n->annotation = b;
                    n->value = c;
                    n->simple = 1;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['='
    // annotated_rhs]
    {
        Expr* a = nullptr;
        if (expect(TT::LPar)) {
            Expr* b = single_target();
            if (b && expect(TT::RPar)) a = b;
        }
        if (!a) {
            mark_ = mark;
            if (error_indicator_) return nullptr;
            a = single_subscript_attribute_target();
        }
        if (a && expect(TT::Colon)) {
            if (Expr* b = expression()) {
                Expr* c = nullptr;
                std::size_t m = mark_;
                if (expect(TT::Equal)) {
                    c = annotated_rhs();
                    if (!c) mark_ = m;
                }
                if (!error_indicator_) {
                    auto* n = node<AnnAssign>(start);
                    n->target = a;
                    n->annotation = b;
                    n->value = c;
                    n->simple = 0;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    {
        std::vector<Expr*> targets;
        for (;;) {
            std::size_t m = mark_;
            Expr* z = star_targets();
            if (!z || !expect(TT::Equal)) {
                mark_ = m;
                break;
            }
            targets.push_back(z);
        }
        if (!targets.empty() && !error_indicator_) {
            std::size_t m = mark_;
            Expr* b = yield_expr();
            if (!b) {
                mark_ = m;
                if (!error_indicator_) b = star_expressions();
            }
            if (b && !at(TT::Equal) && !error_indicator_) {
                auto* n = node<Assign>(start);
                n->targets = std::move(targets);
                n->value = b;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // single_target augassign ~ (yield_expr | star_expressions)
    if (Expr* a = single_target()) {
        if (Token* b = augassign()) {
            std::size_t m = mark_;
            Expr* c = yield_expr();
            if (!c) {
                mark_ = m;
                if (!error_indicator_) c = star_expressions();
            }
            if (c) {
                auto* n = node<AugAssign>(start);
                n->target = a;
                switch (b->type) {
                case TT::PlusEqual: n->op = Operator::Add; break;
                case TT::MinEqual: n->op = Operator::Sub; break;
                case TT::StarEqual: n->op = Operator::Mult; break;
                case TT::AtEqual: n->op = Operator::MatMult; break;
                case TT::SlashEqual: n->op = Operator::Div; break;
                case TT::PercentEqual: n->op = Operator::Mod; break;
                case TT::AmperEqual: n->op = Operator::BitAnd; break;
                case TT::VBarEqual: n->op = Operator::BitOr; break;
                case TT::CircumflexEqual: n->op = Operator::BitXor; break;
                case TT::LeftShiftEqual: n->op = Operator::LShift; break;
                case TT::RightShiftEqual: n->op = Operator::RShift; break;
                case TT::DoubleStarEqual: n->op = Operator::Pow; break;
                default: n->op = Operator::FloorDiv; break;
                }
                n->value = c;
                return n;
            }
            // The cut: no other alternative once the operator was seen.
            mark_ = mark;
            return nullptr;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_assignment();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::annotated_rhs() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* e = yield_expr()) return e;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* e = star_expressions()) return e;
    mark_ = mark;
    return nullptr;
}

Token* Parser::augassign() {
    GUARD();
    Token* t = peek();
    if (!t) return nullptr;
    switch (t->type) {
    case TT::PlusEqual:
    case TT::MinEqual:
    case TT::StarEqual:
    case TT::AtEqual:
    case TT::SlashEqual:
    case TT::PercentEqual:
    case TT::AmperEqual:
    case TT::VBarEqual:
    case TT::CircumflexEqual:
    case TT::LeftShiftEqual:
    case TT::RightShiftEqual:
    case TT::DoubleStarEqual:
    case TT::DoubleSlashEqual: ++mark_; return t;
    default: return nullptr;
    }
}

Stmt* Parser::return_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwReturn)) {
        Expr* a = star_expressions();
        if (!error_indicator_) {
            auto* n = node<Return>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::raise_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // 'raise' expression ['from' expression]
    if (expect(TT::KwRaise)) {
        if (Expr* a = expression()) {
            Expr* b = nullptr;
            std::size_t m = mark_;
            if (expect(TT::KwFrom)) {
                b = expression();
                if (!b) mark_ = m;
            }
            if (!error_indicator_) {
                auto* n = node<Raise>(start);
                n->exc = a;
                n->cause = b;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::KwRaise)) return node<Raise>(start);
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::global_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwGlobal)) {
        if (Token* a = expect_name()) {
            auto* n = arena_.make<Global>();
            n->names.emplace_back(text(a));
            for (;;) {
                std::size_t m = mark_;
                Token* b = nullptr;
                if (!expect(TT::Comma) || !(b = expect_name())) {
                    mark_ = m;
                    break;
                }
                n->names.emplace_back(text(b));
            }
            if (!error_indicator_) {
                auto* r = node<Global>(start);
                r->names = std::move(n->names);
                return r;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::nonlocal_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwNonlocal)) {
        if (Token* a = expect_name()) {
            std::vector<std::string> names;
            names.emplace_back(text(a));
            for (;;) {
                std::size_t m = mark_;
                Token* b = nullptr;
                if (!expect(TT::Comma) || !(b = expect_name())) {
                    mark_ = m;
                    break;
                }
                names.emplace_back(text(b));
            }
            if (!error_indicator_) {
                auto* r = node<Nonlocal>(start);
                r->names = std::move(names);
                return r;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::del_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // 'del' del_targets &(';' | NEWLINE)
    if (expect(TT::KwDel)) {
        if (Seq<Expr*>* a = del_targets()) {
            if (at(TT::Semi) || at(TT::Newline)) {
                auto* n = node<Delete>(start);
                n->targets = a->items;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_del_stmt();
        mark_ = mark;
    }
    return nullptr;
}

Stmt* Parser::yield_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* y = yield_expr()) {
        auto* n = node<ExprStmt>(start);
        n->value = y;
        return n;
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::assert_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwAssert)) {
        if (Expr* a = expression()) {
            Expr* b = nullptr;
            std::size_t m = mark_;
            if (expect(TT::Comma)) {
                b = expression();
                if (!b) mark_ = m;
            }
            if (!error_indicator_) {
                auto* n = node<Assert>(start);
                n->test = a;
                n->msg = b;
                return n;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::import_stmt() {
    GUARD();
    std::size_t mark = mark_;
    if (Stmt* s = import_name()) return s;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Stmt* s = import_from()) return s;
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::import_name() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwImport)) {
        if (std::vector<Alias*>* a = dotted_as_names()) {
            auto* n = node<Import>(start);
            n->names = *a;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::import_from() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    auto dots = [this]() {
        int level = 0;
        for (;;) {
            if (expect(TT::Dot))
                ++level;
            else if (expect(TT::Ellipsis))
                level += 3;
            else
                break;
        }
        return level;
    };
    // 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    if (expect(TT::KwFrom)) {
        int level = dots();
        if (Expr* b = dotted_name()) {
            if (expect(TT::KwImport)) {
                if (std::vector<Alias*>* c = import_from_targets()) {
                    auto* n = node<ImportFrom>(start);
                    n->module = b->as<Name>()->id;
                    n->names = *c;
                    n->level = level;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // 'from' ('.' | '...')+ 'import' import_from_targets
    if (expect(TT::KwFrom)) {
        int level = dots();
        if (level > 0 && expect(TT::KwImport)) {
            if (std::vector<Alias*>* b = import_from_targets()) {
                auto* n = node<ImportFrom>(start);
                n->names = *b;
                n->level = level;
                return n;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

std::vector<Alias*>* Parser::import_from_targets() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // '(' import_from_as_names [','] ')'
    if (expect(TT::LPar)) {
        if (std::vector<Alias*>* a = import_from_as_names()) {
            expect(TT::Comma);
            if (!error_indicator_ && expect(TT::RPar)) return a;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // import_from_as_names !','
    if (std::vector<Alias*>* a = import_from_as_names()) {
        if (!at(TT::Comma) && !error_indicator_) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '*'
    if (expect(TT::Star)) {
        auto* v = arena_.make<std::vector<Alias*>>();
        auto* al = node<Alias>(start);
        al->name = "*";
        v->push_back(al);
        return v;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_import_from_targets();
        mark_ = mark;
    }
    return nullptr;
}

std::vector<Alias*>* Parser::import_from_as_names() {
    GUARD();
    std::size_t mark = mark_;
    if (Alias* a = import_from_as_name()) {
        auto* v = arena_.make<std::vector<Alias*>>();
        v->push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Alias* b = nullptr;
            if (!expect(TT::Comma) || !(b = import_from_as_name())) {
                mark_ = m;
                break;
            }
            v->push_back(b);
        }
        if (!error_indicator_) return v;
    }
    mark_ = mark;
    return nullptr;
}

Alias* Parser::import_from_as_name() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) {
        Token* b = nullptr;
        std::size_t m = mark_;
        if (expect(TT::KwAs)) {
            b = expect_name();
            if (!b) mark_ = m;
        }
        if (!error_indicator_) {
            auto* al = node<Alias>(start);
            al->name = std::string(text(a));
            if (b) al->asname = std::string(text(b));
            return al;
        }
    }
    mark_ = mark;
    return nullptr;
}

std::vector<Alias*>* Parser::dotted_as_names() {
    GUARD();
    std::size_t mark = mark_;
    if (Alias* a = dotted_as_name()) {
        auto* v = arena_.make<std::vector<Alias*>>();
        v->push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Alias* b = nullptr;
            if (!expect(TT::Comma) || !(b = dotted_as_name())) {
                mark_ = m;
                break;
            }
            v->push_back(b);
        }
        if (!error_indicator_) return v;
    }
    mark_ = mark;
    return nullptr;
}

Alias* Parser::dotted_as_name() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = dotted_name()) {
        Token* b = nullptr;
        std::size_t m = mark_;
        if (expect(TT::KwAs)) {
            b = expect_name();
            if (!b) mark_ = m;
        }
        if (!error_indicator_) {
            auto* al = node<Alias>(start);
            al->name = a->as<Name>()->id;
            if (b) al->asname = std::string(text(b));
            return al;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::dotted_name() {
    // dotted_name: dotted_name '.' NAME | NAME  (left-recursive: a loop)
    GUARD();
    void* memo;
    if (is_memoized(Memo::DottedName, memo)) return static_cast<Expr*>(memo);
    std::size_t mark = mark_;
    Name* res = nullptr;
    if (Token* a = expect_name()) {
        res = name_token(a);
        for (;;) {
            std::size_t m = mark_;
            Token* b = nullptr;
            if (!expect(TT::Dot) || !(b = expect_name())) {
                mark_ = m;
                break;
            }
            Name* joined = arena_.make<Name>();
            *static_cast<Located*>(joined) = *res;
            joined->id = res->id + "." + std::string(text(b));
            joined->end_lineno = b->end_lineno;
            joined->end_col_offset = b->end_col_offset;
            res = joined;
        }
    }
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::DottedName, res);
    return res;
}

std::vector<Stmt*>* Parser::block() {
    GUARD();
    void* memo;
    if (is_memoized(Memo::Block, memo)) return static_cast<std::vector<Stmt*>*>(memo);
    std::size_t mark = mark_;
    std::vector<Stmt*>* res = nullptr;
    [&] {
        // NEWLINE INDENT statements DEDENT
        if (expect(TT::Newline) && expect(TT::Indent)) {
            if (std::vector<Stmt*>* a = statements()) {
                if (expect(TT::Dedent)) {
                    res = a;
                    return;
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        if ((res = simple_stmts())) return;
        mark_ = mark;
        if (error_indicator_) return;
        if (call_invalid_rules_) {
            invalid_block();
            mark_ = mark;
        }
    }();
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::Block, res);
    return res;
}

std::vector<Expr*>* Parser::decorators() {
    // ('@' named_expression NEWLINE)+
    GUARD();
    std::size_t mark = mark_;
    auto* v = arena_.make<std::vector<Expr*>>();
    for (;;) {
        std::size_t m = mark_;
        Expr* f = nullptr;
        if (!expect(TT::At) || !(f = named_expression()) || !expect(TT::Newline)) {
            mark_ = m;
            break;
        }
        v->push_back(f);
    }
    if (error_indicator_ || v->empty()) {
        mark_ = mark;
        return nullptr;
    }
    return v;
}

Stmt* Parser::class_def() {
    GUARD();
    std::size_t mark = mark_;
    if (std::vector<Expr*>* a = decorators()) {
        if (Stmt* b = class_def_raw()) {
            b->as<ClassDef>()->decorator_list = *a;
            return b;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Stmt* b = class_def_raw()) return b;
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::class_def_raw() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_class_def_raw();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    // 'class' NAME ['(' [arguments] ')'] ':' block
    if (expect(TT::KwClass)) {
        if (Token* a = expect_name()) {
            Expr* b = nullptr;
            bool ok = true;
            std::size_t m = mark_;
            if (expect(TT::LPar)) {
                std::size_t m2 = mark_;
                Expr* z = arguments();
                if (!z) mark_ = m2;
                if (!error_indicator_ && expect(TT::RPar)) {
                    b = z ? z : nullptr;
                } else {
                    mark_ = m;
                }
            }
            if (error_indicator_) ok = false;
            if (ok && expect(TT::Colon)) {
                if (std::vector<Stmt*>* c = block()) {
                    auto* n = node<ClassDef>(start);
                    n->name = std::string(text(a));
                    if (b) {
                        n->bases = b->as<Call>()->args;
                        n->keywords = b->as<Call>()->keywords;
                    }
                    n->body = *c;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::function_def() {
    GUARD();
    std::size_t mark = mark_;
    if (std::vector<Expr*>* d = decorators()) {
        if (Stmt* f = function_def_raw()) {
            if (auto* fd = f->as<FunctionDef>())
                fd->decorator_list = *d;
            else
                f->as<AsyncFunctionDef>()->decorator_list = *d;
            return f;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Stmt* f = function_def_raw()) return f;
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::function_def_raw() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_def_raw();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    for (int is_async = 0; is_async < 2; ++is_async) {
        // [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        if ((!is_async || expect(TT::KwAsync)) && expect(TT::KwDef)) {
            if (Token* n = expect_name()) {
                if (expect_forced(TT::LPar, "(")) {
                    std::size_t m = mark_;
                    Arguments* params_ = params();
                    if (!params_) mark_ = m;
                    if (!error_indicator_ && expect(TT::RPar)) {
                        Expr* a = nullptr;
                        std::size_t m2 = mark_;
                        if (expect(TT::RArrow)) {
                            a = expression();
                            if (!a) mark_ = m2;
                        }
                        if (!error_indicator_ && expect_forced(TT::Colon, ":")) {
                            if (std::vector<Stmt*>* b = block()) {
                                if (!params_) params_ = arena_.make<Arguments>();
                                if (is_async) {
                                    auto* f = node<AsyncFunctionDef>(start);
                                    f->name = std::string(text(n));
                                    f->args = params_;
                                    f->body = *b;
                                    f->returns = a;
                                    return f;
                                }
                                auto* f = node<FunctionDef>(start);
                                f->name = std::string(text(n));
                                f->args = params_;
                                f->body = *b;
                                f->returns = a;
                                return f;
                            }
                        }
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

Arguments* Parser::params() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_parameters();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Arguments* a = parameters()) return a;
    mark_ = mark;
    return nullptr;
}

Arguments* Parser::make_arguments(std::vector<Arg*>* slash_without_default,
                                  SlashWithDefault* slash_with_default,
                                  std::vector<Arg*>* plain_names,
                                  std::vector<NameDefaultPair*>* names_with_default,
                                  StarEtc* star_etc) {
    auto* a = arena_.make<Arguments>();
    if (slash_without_default) {
        a->posonlyargs = *slash_without_default;
    } else if (slash_with_default) {
        a->posonlyargs = slash_with_default->plain_names;
        for (auto* p : slash_with_default->names_with_defaults) a->posonlyargs.push_back(p->arg);
    }
    if (plain_names) a->args = *plain_names;
    if (names_with_default)
        for (auto* p : *names_with_default) a->args.push_back(p->arg);
    if (slash_with_default)
        for (auto* p : slash_with_default->names_with_defaults) a->defaults.push_back(p->value);
    if (names_with_default)
        for (auto* p : *names_with_default) a->defaults.push_back(p->value);
    if (star_etc) {
        a->vararg = star_etc->vararg;
        for (auto* p : star_etc->kwonlyargs) {
            a->kwonlyargs.push_back(p->arg);
            a->kw_defaults.push_back(p->value);
        }
        a->kwarg = star_etc->kwarg;
    }
    return a;
}

namespace {

template <class T, class F>
std::vector<T>* repeat0(Arena& arena, F f) {
    auto* v = arena.make<std::vector<T>>();
    for (;;) {
        T x = f();
        if (!x) break;
        v->push_back(x);
    }
    return v;
}

} // namespace

Arguments* Parser::parameters() {
    GUARD();
    std::size_t mark = mark_;
    auto no_defaults = [this]() {
        return repeat0<Arg*>(arena_, [this] {
            std::size_t m = mark_;
            Arg* a = param_no_default();
            if (!a) mark_ = m;
            return a;
        });
    };
    auto with_defaults = [this]() {
        return repeat0<NameDefaultPair*>(arena_, [this] {
            std::size_t m = mark_;
            NameDefaultPair* a = param_with_default();
            if (!a) mark_ = m;
            return a;
        });
    };
    auto opt_star_etc = [this]() {
        std::size_t m = mark_;
        StarEtc* s = star_etc();
        if (!s) mark_ = m;
        return s;
    };
    // slash_no_default param_no_default* param_with_default* [star_etc]
    if (std::vector<Arg*>* a = slash_no_default()) {
        auto* b = no_defaults();
        auto* c = with_defaults();
        StarEtc* d = opt_star_etc();
        if (!error_indicator_) return make_arguments(a, nullptr, b, c, d);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // slash_with_default param_with_default* [star_etc]
    if (SlashWithDefault* a = slash_with_default()) {
        auto* b = with_defaults();
        StarEtc* c = opt_star_etc();
        if (!error_indicator_) return make_arguments(nullptr, a, nullptr, b, c);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // param_no_default+ param_with_default* [star_etc]
    {
        auto* a = no_defaults();
        if (!a->empty() && !error_indicator_) {
            auto* b = with_defaults();
            StarEtc* c = opt_star_etc();
            if (!error_indicator_) return make_arguments(nullptr, nullptr, a, b, c);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // param_with_default+ [star_etc]
    {
        auto* a = with_defaults();
        if (!a->empty() && !error_indicator_) {
            StarEtc* b = opt_star_etc();
            if (!error_indicator_) return make_arguments(nullptr, nullptr, nullptr, a, b);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // star_etc
    if (StarEtc* a = star_etc()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
    mark_ = mark;
    return nullptr;
}

std::vector<Arg*>* Parser::slash_no_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        auto* a = repeat0<Arg*>(arena_, [this] {
            std::size_t m = mark_;
            Arg* x = param_no_default();
            if (!x) mark_ = m;
            return x;
        });
        if (!a->empty() && !error_indicator_ && expect(TT::Slash)) {
            if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::RPar)) return a;
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

SlashWithDefault* Parser::slash_with_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        auto* a = repeat0<Arg*>(arena_, [this] {
            std::size_t m = mark_;
            Arg* x = param_no_default();
            if (!x) mark_ = m;
            return x;
        });
        auto* b = repeat0<NameDefaultPair*>(arena_, [this] {
            std::size_t m = mark_;
            NameDefaultPair* x = param_with_default();
            if (!x) mark_ = m;
            return x;
        });
        if (!b->empty() && !error_indicator_ && expect(TT::Slash)) {
            if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::RPar)) {
                auto* s = arena_.make<SlashWithDefault>();
                s->plain_names = *a;
                s->names_with_defaults = *b;
                return s;
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

StarEtc* Parser::star_etc() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_star_etc();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    auto maybe_defaults = [this]() {
        return repeat0<NameDefaultPair*>(arena_, [this] {
            std::size_t m = mark_;
            NameDefaultPair* x = param_maybe_default();
            if (!x) mark_ = m;
            return x;
        });
    };
    auto opt_kwds = [this]() {
        std::size_t m = mark_;
        Arg* k = kwds();
        if (!k) mark_ = m;
        return k;
    };
    // '*' param_no_default param_maybe_default* [kwds]
    if (expect(TT::Star)) {
        if (Arg* a = param_no_default()) {
            auto* b = maybe_defaults();
            Arg* c = opt_kwds();
            if (!error_indicator_) {
                auto* s = arena_.make<StarEtc>();
                s->vararg = a;
                s->kwonlyargs = *b;
                s->kwarg = c;
                return s;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '*' param_no_default_star_annotation param_maybe_default* [kwds]
    if (expect(TT::Star)) {
        if (Arg* a = param_no_default_star_annotation()) {
            auto* b = maybe_defaults();
            Arg* c = opt_kwds();
            if (!error_indicator_) {
                auto* s = arena_.make<StarEtc>();
                s->vararg = a;
                s->kwonlyargs = *b;
                s->kwarg = c;
                return s;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '*' ',' param_maybe_default+ [kwds]
    if (expect(TT::Star) && expect(TT::Comma)) {
        auto* b = maybe_defaults();
        if (!b->empty() && !error_indicator_) {
            Arg* c = opt_kwds();
            if (!error_indicator_) {
                auto* s = arena_.make<StarEtc>();
                s->kwonlyargs = *b;
                s->kwarg = c;
                return s;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // kwds
    if (Arg* a = kwds()) {
        auto* s = arena_.make<StarEtc>();
        s->kwarg = a;
        return s;
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::kwds() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_kwds();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::DoubleStar)) {
        if (Arg* a = param_no_default()) return a;
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::param_no_default() {
    GUARD();
    std::size_t mark = mark_;
    // param ',' TYPE_COMMENT?  |  param TYPE_COMMENT? &')'
    if (Arg* a = param()) {
        if (expect(TT::Comma)) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Arg* a = param()) {
        if (at(TT::RPar)) return a;
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::param_no_default_star_annotation() {
    GUARD();
    std::size_t mark = mark_;
    if (Arg* a = param_star_annotation()) {
        if (expect(TT::Comma)) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Arg* a = param_star_annotation()) {
        if (at(TT::RPar)) return a;
    }
    mark_ = mark;
    return nullptr;
}

NameDefaultPair* Parser::param_with_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        if (Arg* a = param()) {
            if (Expr* c = default_()) {
                if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::RPar)) {
                    auto* p = arena_.make<NameDefaultPair>();
                    p->arg = a;
                    p->value = c;
                    return p;
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

NameDefaultPair* Parser::param_maybe_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        if (Arg* a = param()) {
            std::size_t m = mark_;
            Expr* c = default_();
            if (!c) mark_ = m;
            if (!error_indicator_ && (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::RPar))) {
                auto* p = arena_.make<NameDefaultPair>();
                p->arg = a;
                p->value = c;
                return p;
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

Arg* Parser::param() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) {
        std::size_t m = mark_;
        Expr* b = annotation();
        if (!b) mark_ = m;
        if (!error_indicator_) {
            auto* r = node<Arg>(start);
            r->arg = std::string(text(a));
            r->annotation = b;
            return r;
        }
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::param_star_annotation() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) {
        if (Expr* b = star_annotation()) {
            auto* r = node<Arg>(start);
            r->arg = std::string(text(a));
            r->annotation = b;
            return r;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::annotation() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::Colon)) {
        if (Expr* a = expression()) return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::star_annotation() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::Colon)) {
        if (Expr* a = star_expression()) return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::default_() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::Equal)) {
        if (Expr* a = expression()) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_default();
        mark_ = mark;
    }
    return nullptr;
}

Stmt* Parser::if_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_if_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    // 'if' named_expression ':' block (elif_stmt | [else_block])
    if (expect(TT::KwIf)) {
        if (Expr* a = named_expression()) {
            if (expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) {
                    std::size_t m = mark_;
                    if (Stmt* c = elif_stmt()) {
                        auto* n = node<If>(start);
                        n->test = a;
                        n->body = *b;
                        n->orelse.push_back(c);
                        return n;
                    }
                    mark_ = m;
                    if (error_indicator_) return nullptr;
                    std::vector<Stmt*>* c = else_block();
                    if (!c) mark_ = m;
                    if (!error_indicator_) {
                        auto* n = node<If>(start);
                        n->test = a;
                        n->body = *b;
                        if (c) n->orelse = *c;
                        return n;
                    }
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::elif_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_elif_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::KwElif)) {
        if (Expr* a = named_expression()) {
            if (expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) {
                    std::size_t m = mark_;
                    if (Stmt* c = elif_stmt()) {
                        auto* n = node<If>(start);
                        n->test = a;
                        n->body = *b;
                        n->orelse.push_back(c);
                        return n;
                    }
                    mark_ = m;
                    if (error_indicator_) return nullptr;
                    std::vector<Stmt*>* c = else_block();
                    if (!c) mark_ = m;
                    if (!error_indicator_) {
                        auto* n = node<If>(start);
                        n->test = a;
                        n->body = *b;
                        if (c) n->orelse = *c;
                        return n;
                    }
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

std::vector<Stmt*>* Parser::else_block() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_else_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::KwElse) && expect_forced(TT::Colon, ":")) {
        if (std::vector<Stmt*>* b = block()) return b;
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::while_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_while_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::KwWhile)) {
        if (Expr* a = named_expression()) {
            if (expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) {
                    std::size_t m = mark_;
                    std::vector<Stmt*>* c = else_block();
                    if (!c) mark_ = m;
                    if (!error_indicator_) {
                        auto* n = node<While>(start);
                        n->test = a;
                        n->body = *b;
                        if (c) n->orelse = *c;
                        return n;
                    }
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::for_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_for_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    for (int is_async = 0; is_async < 2; ++is_async) {
        // [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
        if ((!is_async || expect(TT::KwAsync)) && expect(TT::KwFor)) {
            if (Expr* t = star_targets()) {
                if (expect(TT::KwIn)) {
                    Expr* ex = star_expressions();
                    if (ex && expect(TT::Colon)) {
                        if (std::vector<Stmt*>* b = block()) {
                            std::size_t m = mark_;
                            std::vector<Stmt*>* el = else_block();
                            if (!el) mark_ = m;
                            if (!error_indicator_) {
                                if (is_async) {
                                    auto* n = node<AsyncFor>(start);
                                    n->target = t;
                                    n->iter = ex;
                                    n->body = *b;
                                    if (el) n->orelse = *el;
                                    return n;
                                }
                                auto* n = node<For>(start);
                                n->target = t;
                                n->iter = ex;
                                n->body = *b;
                                if (el) n->orelse = *el;
                                return n;
                            }
                        }
                    }
                    // The cut after 'in'.
                    mark_ = mark;
                    return nullptr;
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (call_invalid_rules_) {
        invalid_for_target();
        mark_ = mark;
    }
    return nullptr;
}

Stmt* Parser::with_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_with_stmt_indent();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    auto items = [this](std::vector<WithItem*>& out) {
        // ','.with_item+
        WithItem* a = with_item();
        if (!a) return false;
        out.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            WithItem* b = nullptr;
            if (!expect(TT::Comma) || !(b = with_item())) {
                mark_ = m;
                break;
            }
            out.push_back(b);
        }
        return !error_indicator_;
    };
    auto make = [&](bool is_async, std::vector<WithItem*>& a, std::vector<Stmt*>* b) -> Stmt* {
        if (is_async) {
            auto* n = node<AsyncWith>(start);
            n->items = std::move(a);
            n->body = *b;
            return n;
        }
        auto* n = node<With>(start);
        n->items = std::move(a);
        n->body = *b;
        return n;
    };
    for (int is_async = 0; is_async < 2; ++is_async) {
        // [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
        if ((!is_async || expect(TT::KwAsync)) && expect(TT::KwWith) && expect(TT::LPar)) {
            std::vector<WithItem*> a;
            if (items(a)) {
                expect(TT::Comma);
                if (!error_indicator_ && expect(TT::RPar) && expect(TT::Colon)) {
                    if (std::vector<Stmt*>* b = block()) return make(is_async, a, b);
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
        // [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
        if ((!is_async || expect(TT::KwAsync)) && expect(TT::KwWith)) {
            std::vector<WithItem*> a;
            if (items(a) && expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) return make(is_async, a, b);
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (call_invalid_rules_) {
        invalid_with_stmt();
        mark_ = mark;
    }
    return nullptr;
}

WithItem* Parser::with_item() {
    GUARD();
    std::size_t mark = mark_;
    // expression 'as' star_target &(',' | ')' | ':')
    if (Expr* e = expression()) {
        if (expect(TT::KwAs)) {
            if (Expr* t = star_target()) {
                if (at(TT::Comma) || at(TT::RPar) || at(TT::Colon)) {
                    auto* w = arena_.make<WithItem>();
                    w->context_expr = e;
                    w->optional_vars = t;
                    return w;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_with_item();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Expr* e = expression()) {
        auto* w = arena_.make<WithItem>();
        w->context_expr = e;
        return w;
    }
    mark_ = mark;
    return nullptr;
}

Stmt* Parser::try_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_try_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    // 'try' &&':' block finally_block
    if (expect(TT::KwTry) && expect_forced(TT::Colon, ":")) {
        if (std::vector<Stmt*>* b = block()) {
            if (std::vector<Stmt*>* f = finally_block()) {
                auto* n = node<Try>(start);
                n->body = *b;
                n->finalbody = *f;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    for (int star = 0; star < 2; ++star) {
        // 'try' &&':' block except_block+ [else_block] [finally_block]   (or except_star_block+)
        if (expect(TT::KwTry) && expect_forced(TT::Colon, ":")) {
            if (std::vector<Stmt*>* b = block()) {
                std::vector<ExceptHandler*> ex;
                for (;;) {
                    std::size_t m = mark_;
                    ExceptHandler* h = star ? except_star_block() : except_block();
                    if (!h) {
                        mark_ = m;
                        break;
                    }
                    ex.push_back(h);
                }
                if (!ex.empty() && !error_indicator_) {
                    std::size_t m = mark_;
                    std::vector<Stmt*>* el = else_block();
                    if (!el) mark_ = m;
                    m = mark_;
                    std::vector<Stmt*>* f = error_indicator_ ? nullptr : finally_block();
                    if (!f) mark_ = m;
                    if (!error_indicator_) {
                        if (star) {
                            auto* n = node<TryStar>(start);
                            n->body = *b;
                            n->handlers = std::move(ex);
                            if (el) n->orelse = *el;
                            if (f) n->finalbody = *f;
                            return n;
                        }
                        auto* n = node<Try>(start);
                        n->body = *b;
                        n->handlers = std::move(ex);
                        if (el) n->orelse = *el;
                        if (f) n->finalbody = *f;
                        return n;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

ExceptHandler* Parser::except_block() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_except_stmt_indent();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    // 'except' expression ['as' NAME] ':' block
    if (expect(TT::KwExcept)) {
        if (Expr* e = expression()) {
            Token* t = nullptr;
            std::size_t m = mark_;
            if (expect(TT::KwAs)) {
                t = expect_name();
                if (!t) mark_ = m;
            }
            if (!error_indicator_ && expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) {
                    auto* h = node<ExceptHandler>(start);
                    h->type = e;
                    if (t) h->name = std::string(text(t));
                    h->body = *b;
                    return h;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // 'except' ':' block
    if (expect(TT::KwExcept) && expect(TT::Colon)) {
        if (std::vector<Stmt*>* b = block()) {
            auto* h = node<ExceptHandler>(start);
            h->body = *b;
            return h;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_except_stmt();
        mark_ = mark;
    }
    return nullptr;
}

ExceptHandler* Parser::except_star_block() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_except_star_stmt_indent();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    // 'except' '*' expression ['as' NAME] ':' block
    if (expect(TT::KwExcept) && expect(TT::Star)) {
        if (Expr* e = expression()) {
            Token* t = nullptr;
            std::size_t m = mark_;
            if (expect(TT::KwAs)) {
                t = expect_name();
                if (!t) mark_ = m;
            }
            if (!error_indicator_ && expect(TT::Colon)) {
                if (std::vector<Stmt*>* b = block()) {
                    auto* h = node<ExceptHandler>(start);
                    h->type = e;
                    if (t) h->name = std::string(text(t));
                    h->body = *b;
                    return h;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_except_stmt();
        mark_ = mark;
    }
    return nullptr;
}

std::vector<Stmt*>* Parser::finally_block() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_finally_stmt();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::KwFinally) && expect_forced(TT::Colon, ":")) {
        if (std::vector<Stmt*>* a = block()) return a;
    }
    mark_ = mark;
    return nullptr;
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Public API

ParseResult parse(std::string_view source, std::string filename) {
    ParseResult r;
    auto module = std::make_unique<ast::Module>();
    Lexer lexer(source, filename);
    detail::Parser p(lexer, module.get());
    bool ok = p.parse_file();
    r.warnings = lexer.warnings();
    if (ok)
        r.module = std::move(module);
    else
        r.error = std::move(p.error());
    return r;
}

namespace {

using namespace ast;

// A node of any category, for walks over the whole tree without recursion.
struct AnyNode {
    enum class Cat {
        Stmt,
        Expr,
        Pattern,
        Handler,
        Arguments,
        Arg,
        Keyword,
        Comprehension,
        WithItem,
        MatchCase
    };
    Cat cat;
    const void* ptr;
};

void push_expr(std::vector<AnyNode>& out, const Expr* e) {
    if (e) out.push_back({AnyNode::Cat::Expr, e});
}

void push_exprs(std::vector<AnyNode>& out, const std::vector<Expr*>& v) {
    for (const Expr* e : v) push_expr(out, e);
}

void push_stmts(std::vector<AnyNode>& out, const std::vector<Stmt*>& v) {
    for (const Stmt* s : v) out.push_back({AnyNode::Cat::Stmt, s});
}

void push_args(std::vector<AnyNode>& out, const Arguments* a) {
    if (a) out.push_back({AnyNode::Cat::Arguments, a});
}

void push_generators(std::vector<AnyNode>& out, const std::vector<Comprehension*>& v) {
    for (const Comprehension* c : v) out.push_back({AnyNode::Cat::Comprehension, c});
}

void push_patterns(std::vector<AnyNode>& out, const std::vector<Pattern*>& v) {
    for (const Pattern* p : v) out.push_back({AnyNode::Cat::Pattern, p});
}

// The children of `n` in field order (so a pre-order walk meets them in source order).
void children(const AnyNode& n, std::vector<AnyNode>& out) {
    switch (n.cat) {
    case AnyNode::Cat::Stmt: {
        const Stmt* s = static_cast<const Stmt*>(n.ptr);
        switch (s->kind) {
        case StmtKind::FunctionDef: {
            auto* f = s->as<FunctionDef>();
            push_exprs(out, f->decorator_list);
            push_args(out, f->args);
            push_expr(out, f->returns);
            push_stmts(out, f->body);
            break;
        }
        case StmtKind::AsyncFunctionDef: {
            auto* f = s->as<AsyncFunctionDef>();
            push_exprs(out, f->decorator_list);
            push_args(out, f->args);
            push_expr(out, f->returns);
            push_stmts(out, f->body);
            break;
        }
        case StmtKind::ClassDef: {
            auto* c = s->as<ClassDef>();
            push_exprs(out, c->decorator_list);
            push_exprs(out, c->bases);
            for (const Keyword* k : c->keywords) out.push_back({AnyNode::Cat::Keyword, k});
            push_stmts(out, c->body);
            break;
        }
        case StmtKind::Return: push_expr(out, s->as<Return>()->value); break;
        case StmtKind::Delete: push_exprs(out, s->as<Delete>()->targets); break;
        case StmtKind::Assign:
            push_exprs(out, s->as<Assign>()->targets);
            push_expr(out, s->as<Assign>()->value);
            break;
        case StmtKind::AugAssign:
            push_expr(out, s->as<AugAssign>()->target);
            push_expr(out, s->as<AugAssign>()->value);
            break;
        case StmtKind::AnnAssign:
            push_expr(out, s->as<AnnAssign>()->target);
            push_expr(out, s->as<AnnAssign>()->annotation);
            push_expr(out, s->as<AnnAssign>()->value);
            break;
        case StmtKind::For:
            push_expr(out, s->as<For>()->target);
            push_expr(out, s->as<For>()->iter);
            push_stmts(out, s->as<For>()->body);
            push_stmts(out, s->as<For>()->orelse);
            break;
        case StmtKind::AsyncFor:
            push_expr(out, s->as<AsyncFor>()->target);
            push_expr(out, s->as<AsyncFor>()->iter);
            push_stmts(out, s->as<AsyncFor>()->body);
            push_stmts(out, s->as<AsyncFor>()->orelse);
            break;
        case StmtKind::While:
            push_expr(out, s->as<While>()->test);
            push_stmts(out, s->as<While>()->body);
            push_stmts(out, s->as<While>()->orelse);
            break;
        case StmtKind::If:
            push_expr(out, s->as<If>()->test);
            push_stmts(out, s->as<If>()->body);
            push_stmts(out, s->as<If>()->orelse);
            break;
        case StmtKind::With:
            for (const WithItem* w : s->as<With>()->items)
                out.push_back({AnyNode::Cat::WithItem, w});
            push_stmts(out, s->as<With>()->body);
            break;
        case StmtKind::AsyncWith:
            for (const WithItem* w : s->as<AsyncWith>()->items)
                out.push_back({AnyNode::Cat::WithItem, w});
            push_stmts(out, s->as<AsyncWith>()->body);
            break;
        case StmtKind::Match:
            push_expr(out, s->as<Match>()->subject);
            for (const MatchCase* c : s->as<Match>()->cases)
                out.push_back({AnyNode::Cat::MatchCase, c});
            break;
        case StmtKind::Raise:
            push_expr(out, s->as<Raise>()->exc);
            push_expr(out, s->as<Raise>()->cause);
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& body =
                s->kind == StmtKind::Try ? s->as<Try>()->body : s->as<TryStar>()->body;
            const auto& handlers =
                s->kind == StmtKind::Try ? s->as<Try>()->handlers : s->as<TryStar>()->handlers;
            const auto& orelse =
                s->kind == StmtKind::Try ? s->as<Try>()->orelse : s->as<TryStar>()->orelse;
            const auto& finalbody =
                s->kind == StmtKind::Try ? s->as<Try>()->finalbody : s->as<TryStar>()->finalbody;
            push_stmts(out, body);
            for (const ExceptHandler* h : handlers) out.push_back({AnyNode::Cat::Handler, h});
            push_stmts(out, orelse);
            push_stmts(out, finalbody);
            break;
        }
        case StmtKind::Assert:
            push_expr(out, s->as<Assert>()->test);
            push_expr(out, s->as<Assert>()->msg);
            break;
        case StmtKind::Expr: push_expr(out, s->as<ExprStmt>()->value); break;
        default: break;
        }
        break;
    }
    case AnyNode::Cat::Expr: {
        const Expr* e = static_cast<const Expr*>(n.ptr);
        switch (e->kind) {
        case ExprKind::BoolOp: push_exprs(out, e->as<BoolOp>()->values); break;
        case ExprKind::NamedExpr:
            push_expr(out, e->as<NamedExpr>()->target);
            push_expr(out, e->as<NamedExpr>()->value);
            break;
        case ExprKind::BinOp:
            push_expr(out, e->as<BinOp>()->left);
            push_expr(out, e->as<BinOp>()->right);
            break;
        case ExprKind::UnaryOp: push_expr(out, e->as<UnaryOp>()->operand); break;
        case ExprKind::Lambda:
            push_args(out, e->as<Lambda>()->args);
            push_expr(out, e->as<Lambda>()->body);
            break;
        case ExprKind::IfExp:
            push_expr(out, e->as<IfExp>()->body);
            push_expr(out, e->as<IfExp>()->test);
            push_expr(out, e->as<IfExp>()->orelse);
            break;
        case ExprKind::Dict: {
            auto* d = e->as<Dict>();
            for (std::size_t i = 0; i < d->values.size(); ++i) {
                push_expr(out, d->keys[i]);
                push_expr(out, d->values[i]);
            }
            break;
        }
        case ExprKind::Set: push_exprs(out, e->as<Set>()->elts); break;
        case ExprKind::ListComp:
            push_expr(out, e->as<ListComp>()->elt);
            push_generators(out, e->as<ListComp>()->generators);
            break;
        case ExprKind::SetComp:
            push_expr(out, e->as<SetComp>()->elt);
            push_generators(out, e->as<SetComp>()->generators);
            break;
        case ExprKind::DictComp:
            push_expr(out, e->as<DictComp>()->key);
            push_expr(out, e->as<DictComp>()->value);
            push_generators(out, e->as<DictComp>()->generators);
            break;
        case ExprKind::GeneratorExp:
            push_expr(out, e->as<GeneratorExp>()->elt);
            push_generators(out, e->as<GeneratorExp>()->generators);
            break;
        case ExprKind::Await: push_expr(out, e->as<Await>()->value); break;
        case ExprKind::Yield: push_expr(out, e->as<Yield>()->value); break;
        case ExprKind::YieldFrom: push_expr(out, e->as<YieldFrom>()->value); break;
        case ExprKind::Compare:
            push_expr(out, e->as<Compare>()->left);
            push_exprs(out, e->as<Compare>()->comparators);
            break;
        case ExprKind::Call:
            push_expr(out, e->as<Call>()->func);
            push_exprs(out, e->as<Call>()->args);
            for (const Keyword* k : e->as<Call>()->keywords)
                out.push_back({AnyNode::Cat::Keyword, k});
            break;
        case ExprKind::FormattedValue:
            push_expr(out, e->as<FormattedValue>()->value);
            push_expr(out, e->as<FormattedValue>()->format_spec);
            break;
        case ExprKind::JoinedStr: push_exprs(out, e->as<JoinedStr>()->values); break;
        case ExprKind::Attribute: push_expr(out, e->as<Attribute>()->value); break;
        case ExprKind::Subscript:
            push_expr(out, e->as<Subscript>()->value);
            push_expr(out, e->as<Subscript>()->slice);
            break;
        case ExprKind::Starred: push_expr(out, e->as<Starred>()->value); break;
        case ExprKind::List: push_exprs(out, e->as<List>()->elts); break;
        case ExprKind::Tuple: push_exprs(out, e->as<Tuple>()->elts); break;
        case ExprKind::Slice:
            push_expr(out, e->as<Slice>()->lower);
            push_expr(out, e->as<Slice>()->upper);
            push_expr(out, e->as<Slice>()->step);
            break;
        default: break;
        }
        break;
    }
    case AnyNode::Cat::Pattern: {
        const Pattern* p = static_cast<const Pattern*>(n.ptr);
        switch (p->kind) {
        case PatternKind::MatchValue: push_expr(out, p->as<MatchValue>()->value); break;
        case PatternKind::MatchSequence:
            push_patterns(out, p->as<MatchSequence>()->patterns);
            break;
        case PatternKind::MatchMapping:
            push_exprs(out, p->as<MatchMapping>()->keys);
            push_patterns(out, p->as<MatchMapping>()->patterns);
            break;
        case PatternKind::MatchClass:
            push_expr(out, p->as<MatchClass>()->cls);
            push_patterns(out, p->as<MatchClass>()->patterns);
            push_patterns(out, p->as<MatchClass>()->kwd_patterns);
            break;
        case PatternKind::MatchAs:
            if (p->as<MatchAs>()->pattern)
                out.push_back({AnyNode::Cat::Pattern, p->as<MatchAs>()->pattern});
            break;
        case PatternKind::MatchOr: push_patterns(out, p->as<MatchOr>()->patterns); break;
        default: break;
        }
        break;
    }
    case AnyNode::Cat::Handler: {
        auto* h = static_cast<const ExceptHandler*>(n.ptr);
        push_expr(out, h->type);
        push_stmts(out, h->body);
        break;
    }
    case AnyNode::Cat::Arguments: {
        auto* a = static_cast<const Arguments*>(n.ptr);
        for (const auto* v : {&a->posonlyargs, &a->args})
            for (const Arg* x : *v) out.push_back({AnyNode::Cat::Arg, x});
        if (a->vararg) out.push_back({AnyNode::Cat::Arg, a->vararg});
        for (const Arg* x : a->kwonlyargs) out.push_back({AnyNode::Cat::Arg, x});
        push_exprs(out, a->kw_defaults);
        if (a->kwarg) out.push_back({AnyNode::Cat::Arg, a->kwarg});
        push_exprs(out, a->defaults);
        break;
    }
    case AnyNode::Cat::Arg: push_expr(out, static_cast<const Arg*>(n.ptr)->annotation); break;
    case AnyNode::Cat::Keyword: push_expr(out, static_cast<const Keyword*>(n.ptr)->value); break;
    case AnyNode::Cat::Comprehension: {
        auto* c = static_cast<const Comprehension*>(n.ptr);
        push_expr(out, c->target);
        push_expr(out, c->iter);
        push_exprs(out, c->ifs);
        break;
    }
    case AnyNode::Cat::WithItem: {
        auto* w = static_cast<const WithItem*>(n.ptr);
        push_expr(out, w->context_expr);
        push_expr(out, w->optional_vars);
        break;
    }
    case AnyNode::Cat::MatchCase: {
        auto* c = static_cast<const MatchCase*>(n.ptr);
        out.push_back({AnyNode::Cat::Pattern, c->pattern});
        push_expr(out, c->guard);
        push_stmts(out, c->body);
        break;
    }
    }
}

std::string_view line_of(std::string_view source, int lineno) {
    std::size_t start = 0;
    for (int l = 1; l < lineno; ++l) {
        std::size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    std::size_t nl = source.find('\n', start);
    return source.substr(start,
                         nl == std::string_view::npos ? std::string_view::npos : nl - start + 1);
}

} // namespace

int nesting_depth(const ast::Module& module) {
    std::vector<std::pair<AnyNode, int>> stack;
    for (const Stmt* s : module.body) stack.push_back({{AnyNode::Cat::Stmt, s}, 1});
    int deepest = 0;
    std::vector<AnyNode> kids;
    while (!stack.empty()) {
        auto [n, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        kids.clear();
        children(n, kids);
        for (const AnyNode& k : kids) stack.push_back({k, depth + 1});
    }
    return deepest;
}

std::optional<SyntaxError> find_unsupported(const ast::Module& module, std::string_view source,
                                            const std::string& filename) {
    std::vector<AnyNode> stack;
    for (auto it = module.body.rbegin(); it != module.body.rend(); ++it)
        stack.push_back({AnyNode::Cat::Stmt, *it});
    std::vector<AnyNode> kids;
    while (!stack.empty()) {
        AnyNode n = stack.back();
        stack.pop_back();
        const Located* where = nullptr;
        std::string message;
        int end_col = -1;
        if (n.cat == AnyNode::Cat::Stmt &&
            static_cast<const Stmt*>(n.ptr)->kind == StmtKind::Match) {
            where = static_cast<const Stmt*>(n.ptr);
            message = "match statements are not supported by loopstep";
            end_col = where->col_offset + 5; // the `match` keyword
        } else if (n.cat == AnyNode::Cat::Expr) {
            auto* c = static_cast<const Expr*>(n.ptr)->as<Constant>();
            if (c && c->value_kind == ConstantKind::Complex) {
                where = c;
                message = "complex numbers are not supported by loopstep";
                end_col = c->end_lineno == c->lineno ? c->end_col_offset : -1;
            }
        }
        if (where) {
            SyntaxError e;
            e.kind = ErrorKind::Unsupported;
            e.message = std::move(message);
            e.filename = filename;
            std::string_view line = line_of(source, where->lineno);
            e.lineno = e.end_lineno = where->lineno;
            auto chars = [&](int byte_col) {
                return static_cast<int>(unicode::count_code_points(
                           line.substr(0, static_cast<std::size_t>(byte_col)))) +
                       1;
            };
            e.offset = chars(where->col_offset);
            e.end_offset = end_col >= 0 ? chars(end_col) : e.offset;
            e.text = std::string(line);
            return e;
        }
        kids.clear();
        children(n, kids);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    return std::nullopt;
}

ParseResult parse_for_loopstep(std::string_view source, std::string filename) {
    ParseResult r = parse(source, filename);
    if (r.ok()) {
        if (auto e = find_unsupported(*r.module, source, filename)) {
            r.module.reset();
            r.error = std::move(e);
        }
    }
    return r;
}

} // namespace loopstep::py
