// The invalid_* rules of python.gram (3.11). They run only in the second pass, after the plain
// grammar failed, and exist to raise CPython's specific messages ("expected ':'", "cannot
// assign to function call here. Maybe you meant '==' instead of '='?", ...) at CPython's
// locations. Each returns non-null when it matched without raising; callers only care about
// the error it may have set.
#include "core/py/parser_impl.h"

namespace loopstep::py::detail {

#define GUARD()                                                                                    \
    Guard guard_(*this);                                                                           \
    if (guard_.failed) return nullptr

namespace {

// A non-null "matched" result for rules whose value nobody uses.
void* const kMatched = reinterpret_cast<void*>(static_cast<std::uintptr_t>(1));

} // namespace

// Shorthands: each alternative starts from `mark` and gives up to the next one.
#define NEXT_ALT()                                                                                 \
    do {                                                                                           \
        mark_ = mark;                                                                              \
        if (error_indicator_) return nullptr;                                                      \
    } while (0)

static Expr* last_comprehension_item(Comprehension* c) {
    return c->ifs.empty() ? c->iter : c->ifs.back();
}

void* Parser::invalid_arguments() {
    GUARD();
    std::size_t mark = mark_;
    // args ',' '*'
    if (Expr* a = args()) {
        if (expect(TT::Comma) && expect(TT::Star)) {
            raise_known_location(a,
                                 "iterable argument unpacking follows keyword argument unpacking");
            return nullptr;
        }
    }
    NEXT_ALT();
    // expression for_if_clauses ',' [args | expression for_if_clauses]
    if (Expr* a = expression()) {
        if (Seq<Comprehension*>* b = for_if_clauses()) {
            if (expect(TT::Comma)) {
                std::size_t m = mark_;
                if (!args()) {
                    mark_ = m;
                    if (!error_indicator_) {
                        if (!(expression() && for_if_clauses())) mark_ = m;
                    }
                }
                if (error_indicator_) return nullptr;
                raise_known_range(a, last_comprehension_item(b->items.back()),
                                  "Generator expression must be parenthesized");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // NAME '=' expression for_if_clauses
    if (Token* a = expect_name()) {
        if (Token* b = expect(TT::Equal)) {
            if (expression() && for_if_clauses()) {
                raise_known_range(a, b,
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // args for_if_clauses
    if (Expr* a = args()) {
        if (Seq<Comprehension*>* b = for_if_clauses()) {
            auto& call_args = a->as<Call>()->args;
            if (call_args.size() <= 1) return kMatched;
            raise_known_range(call_args.back(), last_comprehension_item(b->items.back()),
                              "Generator expression must be parenthesized");
            return nullptr;
        }
    }
    NEXT_ALT();
    // args ',' expression for_if_clauses
    if (args() && expect(TT::Comma)) {
        if (Expr* a = expression()) {
            if (Seq<Comprehension*>* b = for_if_clauses()) {
                raise_known_range(a, last_comprehension_item(b->items.back()),
                                  "Generator expression must be parenthesized");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // args ',' args
    if (Expr* a = args()) {
        if (expect(TT::Comma) && args()) {
            bool keyword_unpacking = false;
            for (Keyword* k : a->as<Call>()->keywords)
                if (!k->arg) keyword_unpacking = true;
            raise_error(ErrorKind::SyntaxError,
                        keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_kwarg() {
    GUARD();
    std::size_t mark = mark_;
    // ('True'|'False'|'None') '='
    {
        Token* a = peek();
        if (a && (a->type == TT::KwTrue || a->type == TT::KwFalse || a->type == TT::KwNone)) {
            ++mark_;
            if (Token* b = expect(TT::Equal)) {
                raise_known_range(a, b, "cannot assign to " + std::string(text(a)));
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // NAME '=' expression for_if_clauses
    if (Token* a = expect_name()) {
        if (Token* b = expect(TT::Equal)) {
            if (expression() && for_if_clauses()) {
                raise_known_range(a, b,
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // !(NAME '=') expression '='
    {
        bool name_eq = expect_name() && expect(TT::Equal);
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (!name_eq) {
            if (Expr* a = expression()) {
                if (Token* b = expect(TT::Equal)) {
                    raise_known_range(
                        a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

static bool is_legacy_name(const Expr* e) {
    const Name* n = e->as<Name>();
    return n && (n->id == "print" || n->id == "exec");
}

void* Parser::invalid_legacy_expression() {
    GUARD();
    std::size_t mark = mark_;
    // NAME !'(' star_expressions
    if (Token* t = expect_name()) {
        Name* a = name_token(t);
        if (!at(TT::LPar) && !error_indicator_) {
            if (Expr* b = star_expressions()) {
                if (is_legacy_name(a)) {
                    raise_known_range(a, b,
                                      "Missing parentheses in call to '" + a->id +
                                          "'. Did you mean " + a->id + "(...)?");
                    return nullptr;
                }
                mark_ = mark;
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_expression() {
    GUARD();
    std::size_t mark = mark_;
    // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    {
        bool excluded = false;
        if (expect_name()) {
            if (at(TT::String)) excluded = true;
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
        Token* t = peek();
        if (t && t->type == TT::Name) {
            std::string_view s = text(t);
            if (s == "match" || s == "case" || s == "_") excluded = true;
        }
        if (!excluded) {
            if (Expr* a = disjunction()) {
                if (Expr* b = expression_without_invalid()) {
                    if (is_legacy_name(a) || toks_[mark_ - 1].level == 0) {
                        mark_ = mark;
                        return nullptr;
                    }
                    raise_known_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    return nullptr;
                }
            }
        }
    }
    NEXT_ALT();
    // disjunction 'if' disjunction !('else'|':')
    if (Expr* a = disjunction()) {
        if (expect(TT::KwIf)) {
            if (Expr* b = disjunction()) {
                if (!at(TT::KwElse) && !at(TT::Colon) && !error_indicator_) {
                    raise_known_range(a, b, "expected 'else' after 'if' expression");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_named_expression() {
    GUARD();
    void* memo;
    if (is_memoized(Memo::InvalidNamedExpression, memo)) return memo;
    std::size_t mark = mark_;
    void* res = nullptr;
    [&] {
        // expression ':=' expression
        if (Expr* a = expression()) {
            if (expect(TT::ColonEqual) && expression()) {
                raise_known_location(a, std::string("cannot use assignment expressions with ") +
                                            expr_name(a));
                return;
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        // NAME '=' bitwise_or !('='|':=')
        if (Token* t = expect_name()) {
            if (expect(TT::Equal)) {
                if (Expr* b = bitwise_or()) {
                    if (!at(TT::Equal) && !at(TT::ColonEqual) && !error_indicator_) {
                        raise_known_range(
                            t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                        return;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
        {
            bool excluded = false;
            Token* t = peek();
            if (t && (t->type == TT::KwTrue || t->type == TT::KwNone || t->type == TT::KwFalse))
                excluded = true;
            if (!excluded && !error_indicator_) {
                if (list()) excluded = true;
                mark_ = mark;
            }
            if (!excluded && !error_indicator_) {
                if (tuple()) excluded = true;
                mark_ = mark;
            }
            if (!excluded && !error_indicator_) {
                if (genexp()) excluded = true;
                mark_ = mark;
            }
            if (error_indicator_ || excluded) return;
            if (Expr* a = bitwise_or()) {
                if (expect(TT::Equal) && bitwise_or()) {
                    if (!at(TT::Equal) && !at(TT::ColonEqual) && !error_indicator_) {
                        raise_known_location(a, std::string("cannot assign to ") + expr_name(a) +
                                                    " here. Maybe you meant '==' instead of '='?");
                        return;
                    }
                }
            }
        }
        mark_ = mark;
    }();
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::InvalidNamedExpression, res);
    return res;
}

void* Parser::invalid_assignment() {
    GUARD();
    std::size_t mark = mark_;
    // invalid_ann_assign_target ':' expression
    if (Expr* a = invalid_ann_assign_target()) {
        if (expect(TT::Colon) && expression()) {
            raise_known_location(a, std::string("only single target (not ") + expr_name(a) +
                                        ") can be annotated");
            return nullptr;
        }
    }
    NEXT_ALT();
    // star_named_expression ',' star_named_expressions* ':' expression
    if (Expr* a = star_named_expression()) {
        if (expect(TT::Comma)) {
            for (;;) {
                std::size_t m = mark_;
                if (!star_named_expressions()) {
                    mark_ = m;
                    break;
                }
            }
            if (!error_indicator_ && expect(TT::Colon) && expression()) {
                raise_known_location(a, "only single target (not tuple) can be annotated");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // expression ':' expression
    if (Expr* a = expression()) {
        if (expect(TT::Colon) && expression()) {
            raise_known_location(a, "illegal target for annotation");
            return nullptr;
        }
    }
    NEXT_ALT();
    auto star_targets_eq = [this]() {
        // (star_targets '=')*
        for (;;) {
            std::size_t m = mark_;
            if (!(star_targets() && expect(TT::Equal))) {
                mark_ = m;
                break;
            }
        }
    };
    // (star_targets '=')* star_expressions '='
    star_targets_eq();
    if (!error_indicator_) {
        if (Expr* a = star_expressions()) {
            if (expect(TT::Equal)) {
                raise_invalid_target(TargetsType::StarTargets, a);
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // (star_targets '=')* yield_expr '='
    star_targets_eq();
    if (!error_indicator_) {
        if (Expr* a = yield_expr()) {
            if (expect(TT::Equal)) {
                raise_known_location(a, "assignment to yield expression not possible");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // star_expressions augassign (yield_expr | star_expressions)
    if (Expr* a = star_expressions()) {
        if (augassign()) {
            std::size_t m = mark_;
            Expr* rhs = yield_expr();
            if (!rhs) {
                mark_ = m;
                if (!error_indicator_) rhs = star_expressions();
            }
            if (rhs) {
                raise_known_location(a, std::string("'") + expr_name(a) +
                                            "' is an illegal expression for augmented assignment");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::invalid_ann_assign_target() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = list()) return a;
    NEXT_ALT();
    if (Expr* a = tuple()) return a;
    NEXT_ALT();
    if (expect(TT::LPar)) {
        if (Expr* a = invalid_ann_assign_target()) {
            if (expect(TT::RPar)) return a;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_del_stmt() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::KwDel)) {
        if (Expr* a = star_expressions()) {
            raise_invalid_target(TargetsType::DelTargets, a);
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_block() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::Newline)) {
        if (!at(TT::Indent) && !error_indicator_) {
            raise_error(ErrorKind::IndentationError, "expected an indented block");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_comprehension() {
    GUARD();
    std::size_t mark = mark_;
    // ('[' | '(' | '{') starred_expression for_if_clauses
    if (expect(TT::LSqb) || expect(TT::LPar) || expect(TT::LBrace)) {
        if (Expr* a = starred_expression()) {
            if (for_if_clauses()) {
                raise_known_location(a, "iterable unpacking cannot be used in comprehension");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
    if (expect(TT::LSqb) || expect(TT::LBrace)) {
        if (Expr* a = star_named_expression()) {
            if (expect(TT::Comma)) {
                if (Seq<Expr*>* b = star_named_expressions()) {
                    if (for_if_clauses()) {
                        raise_known_range(a, b->items.back(),
                                          "did you forget parentheses around the comprehension "
                                          "target?");
                        return nullptr;
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // ('[' | '{') star_named_expression ',' for_if_clauses
    if (expect(TT::LSqb) || expect(TT::LBrace)) {
        if (Expr* a = star_named_expression()) {
            if (Token* b = expect(TT::Comma)) {
                if (for_if_clauses()) {
                    raise_known_range(a, b,
                                      "did you forget parentheses around the comprehension "
                                      "target?");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_dict_comprehension() {
    GUARD();
    std::size_t mark = mark_;
    // '{' '**' bitwise_or for_if_clauses '}'
    if (expect(TT::LBrace)) {
        if (Token* a = expect(TT::DoubleStar)) {
            if (bitwise_or() && for_if_clauses() && expect(TT::RBrace)) {
                raise_known_location(a, "dict unpacking cannot be used in dict comprehension");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_parameters_helper() {
    GUARD();
    std::size_t mark = mark_;
    if (slash_with_default()) return kMatched;
    NEXT_ALT();
    int n = 0;
    for (;;) {
        std::size_t m = mark_;
        if (!param_with_default()) {
            mark_ = m;
            break;
        }
        ++n;
    }
    if (error_indicator_) return nullptr;
    if (n > 0) return kMatched;
    mark_ = mark;
    return nullptr;
}

namespace {

// Repeats a rule, restoring the position after the last success.
template <class F>
int repeat(std::size_t& mark, F f) {
    int n = 0;
    for (;;) {
        std::size_t m = mark;
        if (!f()) {
            mark = m;
            break;
        }
        ++n;
    }
    return n;
}

} // namespace

void* Parser::invalid_parameters() {
    GUARD();
    std::size_t mark = mark_;
    auto no_defaults = [this] { return repeat(mark_, [this] { return param_no_default(); }); };
    auto maybe_defaults = [this] {
        return repeat(mark_, [this] { return param_maybe_default(); });
    };
    // param_no_default* invalid_parameters_helper param_no_default
    no_defaults();
    if (!error_indicator_ && invalid_parameters_helper()) {
        if (Arg* a = param_no_default()) {
            raise_known_location(a, "non-default argument follows default argument");
            return nullptr;
        }
    }
    NEXT_ALT();
    // param_no_default* '(' param_no_default+ ','? ')'
    no_defaults();
    if (!error_indicator_) {
        if (Token* a = expect(TT::LPar)) {
            if (no_defaults() > 0 && !error_indicator_) {
                expect(TT::Comma);
                if (Token* b = expect(TT::RPar)) {
                    raise_known_range(a, b, "Function parameters cannot be parenthesized");
                    return nullptr;
                }
            }
        }
    }
    NEXT_ALT();
    // "/" ','
    if (Token* a = expect(TT::Slash)) {
        if (expect(TT::Comma)) {
            raise_known_location(a, "at least one argument must precede /");
            return nullptr;
        }
    }
    NEXT_ALT();
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    {
        bool slash = slash_no_default() != nullptr;
        if (!slash && !error_indicator_) {
            mark_ = mark;
            slash = slash_with_default() != nullptr;
        }
        if (slash && !error_indicator_) {
            maybe_defaults();
            if (Token* a = expect(TT::Slash)) {
                raise_known_location(a, "/ may appear only once");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //     param_maybe_default* '/'
    {
        if (!slash_no_default()) {
            mark_ = mark;
            if (!error_indicator_ && !slash_with_default()) mark_ = mark;
        }
        if (!error_indicator_) {
            maybe_defaults();
            if (expect(TT::Star)) {
                if (expect(TT::Comma) || (!error_indicator_ && param_no_default())) {
                    maybe_defaults();
                    if (Token* a = expect(TT::Slash)) {
                        raise_known_location(a, "/ must be ahead of *");
                        return nullptr;
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // param_maybe_default+ '/' '*'
    if (maybe_defaults() > 0 && !error_indicator_) {
        if (expect(TT::Slash)) {
            if (Token* a = expect(TT::Star)) {
                raise_known_location(a, "expected comma between / and *");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_default() {
    GUARD();
    std::size_t mark = mark_;
    if (Token* a = expect(TT::Equal)) {
        if (at(TT::RPar) || at(TT::Comma)) {
            raise_known_location(a, "expected default value expression");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_star_etc() {
    GUARD();
    std::size_t mark = mark_;
    // '*' (')' | ',' (')' | '**'))
    if (Token* a = expect(TT::Star)) {
        bool hit = false;
        if (expect(TT::RPar)) {
            hit = true;
        } else if (!error_indicator_ && expect(TT::Comma)) {
            hit = expect(TT::RPar) || (!error_indicator_ && expect(TT::DoubleStar));
        }
        if (hit) {
            raise_known_location(a, "named arguments must follow bare *");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '*' param '='
    if (expect(TT::Star) && param()) {
        if (Token* a = expect(TT::Equal)) {
            raise_known_location(a, "var-positional argument cannot have default value");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    if (expect(TT::Star)) {
        std::size_t m = mark_;
        bool first = param_no_default() != nullptr;
        if (!first && !error_indicator_) {
            mark_ = m;
            first = expect(TT::Comma) != nullptr;
        }
        if (first) {
            repeat(mark_, [this] { return param_maybe_default(); });
            if (Token* a = expect(TT::Star)) {
                std::size_t m2 = mark_;
                bool second = param_no_default() != nullptr;
                if (!second && !error_indicator_) {
                    mark_ = m2;
                    second = expect(TT::Comma) != nullptr;
                }
                if (second) {
                    raise_known_location(a, "* argument may appear only once");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_kwds() {
    GUARD();
    std::size_t mark = mark_;
    // '**' param '='
    if (expect(TT::DoubleStar) && param()) {
        if (Token* a = expect(TT::Equal)) {
            raise_known_location(a, "var-keyword argument cannot have default value");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '**' param ',' param
    if (expect(TT::DoubleStar) && param() && expect(TT::Comma)) {
        if (Arg* a = param()) {
            raise_known_location(a, "arguments cannot follow var-keyword argument");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '**' param ',' ('*'|'**'|'/')
    if (expect(TT::DoubleStar) && param() && expect(TT::Comma)) {
        Token* a = peek();
        if (a && (a->type == TT::Star || a->type == TT::DoubleStar || a->type == TT::Slash)) {
            ++mark_;
            raise_known_location(a, "arguments cannot follow var-keyword argument");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_lambda_parameters_helper() {
    GUARD();
    std::size_t mark = mark_;
    if (lambda_slash_with_default()) return kMatched;
    NEXT_ALT();
    if (repeat(mark_, [this] { return lambda_param_with_default(); }) > 0 && !error_indicator_)
        return kMatched;
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_lambda_parameters() {
    GUARD();
    std::size_t mark = mark_;
    auto no_defaults = [this] {
        return repeat(mark_, [this] { return lambda_param_no_default(); });
    };
    auto maybe_defaults = [this] {
        return repeat(mark_, [this] { return lambda_param_maybe_default(); });
    };
    // lambda_param_no_default* invalid_lambda_parameters_helper lambda_param_no_default
    no_defaults();
    if (!error_indicator_ && invalid_lambda_parameters_helper()) {
        if (Arg* a = lambda_param_no_default()) {
            raise_known_location(a, "non-default argument follows default argument");
            return nullptr;
        }
    }
    NEXT_ALT();
    // lambda_param_no_default* '(' ','.lambda_param+ ','? ')'
    no_defaults();
    if (!error_indicator_) {
        if (Token* a = expect(TT::LPar)) {
            if (lambda_param()) {
                repeat(mark_, [this] { return expect(TT::Comma) && lambda_param(); });
                if (!error_indicator_) {
                    expect(TT::Comma);
                    if (Token* b = expect(TT::RPar)) {
                        raise_known_range(a, b,
                                          "Lambda expression parameters cannot be parenthesized");
                        return nullptr;
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // "/" ','
    if (Token* a = expect(TT::Slash)) {
        if (expect(TT::Comma)) {
            raise_known_location(a, "at least one argument must precede /");
            return nullptr;
        }
    }
    NEXT_ALT();
    // (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* '/'
    {
        bool slash = lambda_slash_no_default() != nullptr;
        if (!slash && !error_indicator_) {
            mark_ = mark;
            slash = lambda_slash_with_default() != nullptr;
        }
        if (slash && !error_indicator_) {
            maybe_defaults();
            if (Token* a = expect(TT::Slash)) {
                raise_known_location(a, "/ may appear only once");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*'
    //     (',' | lambda_param_no_default) lambda_param_maybe_default* '/'
    {
        if (!lambda_slash_no_default()) {
            mark_ = mark;
            if (!error_indicator_ && !lambda_slash_with_default()) mark_ = mark;
        }
        if (!error_indicator_) {
            maybe_defaults();
            if (expect(TT::Star)) {
                if (expect(TT::Comma) || (!error_indicator_ && lambda_param_no_default())) {
                    maybe_defaults();
                    if (Token* a = expect(TT::Slash)) {
                        raise_known_location(a, "/ must be ahead of *");
                        return nullptr;
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // lambda_param_maybe_default+ '/' '*'
    if (maybe_defaults() > 0 && !error_indicator_) {
        if (expect(TT::Slash)) {
            if (Token* a = expect(TT::Star)) {
                raise_known_location(a, "expected comma between / and *");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_lambda_star_etc() {
    GUARD();
    std::size_t mark = mark_;
    // '*' (':' | ',' (':' | '**'))
    if (expect(TT::Star)) {
        bool hit = false;
        if (expect(TT::Colon)) {
            hit = true;
        } else if (!error_indicator_ && expect(TT::Comma)) {
            hit = expect(TT::Colon) || (!error_indicator_ && expect(TT::DoubleStar));
        }
        if (hit) {
            raise_error(ErrorKind::SyntaxError, "named arguments must follow bare *");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '*' lambda_param '='
    if (expect(TT::Star) && lambda_param()) {
        if (Token* a = expect(TT::Equal)) {
            raise_known_location(a, "var-positional argument cannot have default value");
            return nullptr;
        }
    }
    NEXT_ALT();
    // '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*'
    //     (lambda_param_no_default | ',')
    if (expect(TT::Star)) {
        std::size_t m = mark_;
        bool first = lambda_param_no_default() != nullptr;
        if (!first && !error_indicator_) {
            mark_ = m;
            first = expect(TT::Comma) != nullptr;
        }
        if (first) {
            repeat(mark_, [this] { return lambda_param_maybe_default(); });
            if (Token* a = expect(TT::Star)) {
                std::size_t m2 = mark_;
                bool second = lambda_param_no_default() != nullptr;
                if (!second && !error_indicator_) {
                    mark_ = m2;
                    second = expect(TT::Comma) != nullptr;
                }
                if (second) {
                    raise_known_location(a, "* argument may appear only once");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_lambda_kwds() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::DoubleStar) && lambda_param()) {
        if (Token* a = expect(TT::Equal)) {
            raise_known_location(a, "var-keyword argument cannot have default value");
            return nullptr;
        }
    }
    NEXT_ALT();
    if (expect(TT::DoubleStar) && lambda_param() && expect(TT::Comma)) {
        if (Arg* a = lambda_param()) {
            raise_known_location(a, "arguments cannot follow var-keyword argument");
            return nullptr;
        }
    }
    NEXT_ALT();
    if (expect(TT::DoubleStar) && lambda_param() && expect(TT::Comma)) {
        Token* a = peek();
        if (a && (a->type == TT::Star || a->type == TT::DoubleStar || a->type == TT::Slash)) {
            ++mark_;
            raise_known_location(a, "arguments cannot follow var-keyword argument");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_with_item() {
    GUARD();
    std::size_t mark = mark_;
    // expression 'as' expression &(',' | ')' | ':')
    if (expression() && expect(TT::KwAs)) {
        if (Expr* a = expression()) {
            if (at(TT::Comma) || at(TT::RPar) || at(TT::Colon)) {
                raise_invalid_target(TargetsType::StarTargets, a);
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_for_target() {
    GUARD();
    std::size_t mark = mark_;
    // ASYNC? 'for' star_expressions
    expect(TT::KwAsync);
    if (!error_indicator_ && expect(TT::KwFor)) {
        if (Expr* a = star_expressions()) {
            raise_invalid_target(TargetsType::ForTargets, a);
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_group() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::LPar)) {
        if (Expr* a = starred_expression()) {
            if (expect(TT::RPar)) {
                raise_known_location(a, "cannot use starred expression here");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    if (expect(TT::LPar)) {
        if (Token* a = expect(TT::DoubleStar)) {
            if (expression() && expect(TT::RPar)) {
                raise_known_location(a, "cannot use double starred expression here");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_import_from_targets() {
    GUARD();
    std::size_t mark = mark_;
    if (import_from_as_names() && expect(TT::Comma) && expect(TT::Newline)) {
        raise_error(ErrorKind::SyntaxError,
                    "trailing comma not allowed without surrounding parentheses");
        return nullptr;
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_with_stmt() {
    GUARD();
    std::size_t mark = mark_;
    // ','.(expression ['as' star_target])+ and the parenthesised ','.(expressions [...])+
    auto items = [this](bool parenthesised) {
        auto item = [this, parenthesised]() {
            if (!(parenthesised ? expressions() : expression())) return false;
            std::size_t m = mark_;
            if (!(expect(TT::KwAs) && star_target())) mark_ = m;
            return !error_indicator_;
        };
        if (!item()) return false;
        repeat(mark_, [&] { return expect(TT::Comma) && item(); });
        return !error_indicator_;
    };
    // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    expect(TT::KwAsync);
    if (!error_indicator_ && expect(TT::KwWith) && items(false) && expect(TT::Newline)) {
        raise_error(ErrorKind::SyntaxError, "expected ':'");
        return nullptr;
    }
    NEXT_ALT();
    // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    expect(TT::KwAsync);
    if (!error_indicator_ && expect(TT::KwWith) && expect(TT::LPar) && items(true)) {
        expect(TT::Comma);
        if (!error_indicator_ && expect(TT::RPar) && expect(TT::Newline)) {
            raise_error(ErrorKind::SyntaxError, "expected ':'");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_with_stmt_indent() {
    GUARD();
    std::size_t mark = mark_;
    auto items = [this](bool parenthesised) {
        auto item = [this, parenthesised]() {
            if (!(parenthesised ? expressions() : expression())) return false;
            std::size_t m = mark_;
            if (!(expect(TT::KwAs) && star_target())) mark_ = m;
            return !error_indicator_;
        };
        if (!item()) return false;
        repeat(mark_, [&] { return expect(TT::Comma) && item(); });
        return !error_indicator_;
    };
    auto indent_error = [this](Token* a) {
        raise_error(ErrorKind::IndentationError,
                    "expected an indented block after 'with' statement on line " +
                        std::to_string(a->lineno));
    };
    expect(TT::KwAsync);
    if (!error_indicator_) {
        if (Token* a = expect(TT::KwWith)) {
            if (items(false) && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
                !error_indicator_) {
                indent_error(a);
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    expect(TT::KwAsync);
    if (!error_indicator_) {
        if (Token* a = expect(TT::KwWith)) {
            if (expect(TT::LPar) && items(true)) {
                expect(TT::Comma);
                if (!error_indicator_ && expect(TT::RPar) && expect(TT::Colon) &&
                    expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
                    indent_error(a);
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_try_stmt() {
    GUARD();
    std::size_t mark = mark_;
    // 'try' ':' NEWLINE !INDENT
    if (Token* a = expect(TT::KwTry)) {
        if (expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after 'try' statement on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    NEXT_ALT();
    // 'try' ':' block !('except' | 'finally')
    if (expect(TT::KwTry) && expect(TT::Colon) && block()) {
        if (!at(TT::KwExcept) && !at(TT::KwFinally) && !error_indicator_) {
            raise_error(ErrorKind::SyntaxError, "expected 'except' or 'finally' block");
            return nullptr;
        }
    }
    NEXT_ALT();
    auto blocks = [this] { repeat(mark_, [this] { return block(); }); };
    // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
    if (expect(TT::KwTry) && expect(TT::Colon)) {
        blocks();
        if (!error_indicator_ && repeat(mark_, [this] { return except_block(); }) > 0 &&
            !error_indicator_) {
            if (Token* a = expect(TT::KwExcept)) {
                if (Token* b = expect(TT::Star)) {
                    if (expression()) {
                        std::size_t m = mark_;
                        if (!(expect(TT::KwAs) && expect_name())) mark_ = m;
                        if (!error_indicator_ && expect(TT::Colon)) {
                            raise_known_range(
                                a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                            return nullptr;
                        }
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
    if (expect(TT::KwTry) && expect(TT::Colon)) {
        blocks();
        if (!error_indicator_ && repeat(mark_, [this] { return except_star_block(); }) > 0 &&
            !error_indicator_) {
            if (Token* a = expect(TT::KwExcept)) {
                std::size_t m = mark_;
                if (expression()) {
                    std::size_t m2 = mark_;
                    if (!(expect(TT::KwAs) && expect_name())) mark_ = m2;
                } else {
                    mark_ = m;
                }
                if (!error_indicator_ && expect(TT::Colon)) {
                    raise_known_location(
                        a, "cannot have both 'except' and 'except*' on the same 'try'");
                    return nullptr;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_except_stmt() {
    GUARD();
    std::size_t mark = mark_;
    // 'except' '*'? expression ',' expressions ['as' NAME] ':'
    if (expect(TT::KwExcept)) {
        expect(TT::Star);
        if (!error_indicator_) {
            if (Expr* a = expression()) {
                if (expect(TT::Comma) && expressions()) {
                    std::size_t m = mark_;
                    if (!(expect(TT::KwAs) && expect_name())) mark_ = m;
                    if (!error_indicator_ && expect(TT::Colon)) {
                        raise_starting_from(a, "multiple exception types must be parenthesized");
                        return nullptr;
                    }
                }
            }
        }
    }
    NEXT_ALT();
    // 'except' '*'? expression ['as' NAME] NEWLINE
    if (expect(TT::KwExcept)) {
        expect(TT::Star);
        if (!error_indicator_ && expression()) {
            std::size_t m = mark_;
            if (!(expect(TT::KwAs) && expect_name())) mark_ = m;
            if (!error_indicator_ && expect(TT::Newline)) {
                raise_error(ErrorKind::SyntaxError, "expected ':'");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // 'except' NEWLINE
    if (expect(TT::KwExcept) && expect(TT::Newline)) {
        raise_error(ErrorKind::SyntaxError, "expected ':'");
        return nullptr;
    }
    NEXT_ALT();
    // 'except' '*' (NEWLINE | ':')
    if (expect(TT::KwExcept) && expect(TT::Star)) {
        if (expect(TT::Newline) || (!error_indicator_ && expect(TT::Colon))) {
            raise_error(ErrorKind::SyntaxError, "expected one or more exception types");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_finally_stmt() {
    GUARD();
    std::size_t mark = mark_;
    if (Token* a = expect(TT::KwFinally)) {
        if (expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after 'finally' statement on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_except_stmt_indent() {
    GUARD();
    std::size_t mark = mark_;
    // 'except' expression ['as' NAME] ':' NEWLINE !INDENT
    if (Token* a = expect(TT::KwExcept)) {
        if (expression()) {
            std::size_t m = mark_;
            if (!(expect(TT::KwAs) && expect_name())) mark_ = m;
            if (!error_indicator_ && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
                !error_indicator_) {
                raise_error(ErrorKind::IndentationError,
                            "expected an indented block after 'except' statement on line " +
                                std::to_string(a->lineno));
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // 'except' ':' NEWLINE !INDENT
    if (Token* a = expect(TT::KwExcept)) {
        if (expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after 'except' statement on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_except_star_stmt_indent() {
    GUARD();
    std::size_t mark = mark_;
    if (Token* a = expect(TT::KwExcept)) {
        if (expect(TT::Star) && expression()) {
            std::size_t m = mark_;
            if (!(expect(TT::KwAs) && expect_name())) mark_ = m;
            if (!error_indicator_ && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
                !error_indicator_) {
                raise_error(ErrorKind::IndentationError,
                            "expected an indented block after 'except*' statement on line " +
                                std::to_string(a->lineno));
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_match_stmt() {
    GUARD();
    std::size_t mark = mark_;
    // "match" subject_expr !':'
    if (expect_soft_keyword("match") && subject_expr()) {
        if (!at(TT::Colon) && !error_indicator_) {
            raise_error(ErrorKind::SyntaxError, "expected ':'");
            return nullptr;
        }
    }
    NEXT_ALT();
    // "match" subject_expr ':' NEWLINE !INDENT
    if (Token* a = expect_soft_keyword("match")) {
        if (subject_expr() && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
            !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after 'match' statement on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_case_block() {
    GUARD();
    std::size_t mark = mark_;
    auto opt_guard = [this] {
        std::size_t m = mark_;
        if (!guard()) mark_ = m;
    };
    // "case" patterns guard? !':'
    if (expect_soft_keyword("case") && patterns()) {
        opt_guard();
        if (!at(TT::Colon) && !error_indicator_) {
            raise_error(ErrorKind::SyntaxError, "expected ':'");
            return nullptr;
        }
    }
    NEXT_ALT();
    // "case" patterns guard? ':' NEWLINE !INDENT
    if (Token* a = expect_soft_keyword("case")) {
        if (patterns()) {
            opt_guard();
            if (!error_indicator_ && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
                !error_indicator_) {
                raise_error(ErrorKind::IndentationError,
                            "expected an indented block after 'case' statement on line " +
                                std::to_string(a->lineno));
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_as_pattern() {
    GUARD();
    std::size_t mark = mark_;
    // or_pattern 'as' "_"
    if (or_pattern() && expect(TT::KwAs)) {
        if (Token* a = expect_soft_keyword("_")) {
            raise_known_location(a, "cannot use '_' as a target");
            return nullptr;
        }
    }
    NEXT_ALT();
    // or_pattern 'as' !NAME expression
    if (or_pattern() && expect(TT::KwAs)) {
        if (!at(TT::Name) && !error_indicator_) {
            if (Expr* a = expression()) {
                raise_known_location(a, "invalid pattern target");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_class_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (name_or_attr() && expect(TT::LPar)) {
        if (Seq<Pattern*>* a = invalid_class_argument_pattern()) {
            raise_known_range(a->items.front(), a->items.back(),
                              "positional patterns follow keyword patterns");
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Pattern*>* Parser::invalid_class_argument_pattern() {
    GUARD();
    std::size_t mark = mark_;
    // [positional_patterns ','] keyword_patterns ',' positional_patterns
    {
        std::size_t m = mark_;
        if (!(positional_patterns() && expect(TT::Comma))) mark_ = m;
    }
    if (!error_indicator_ && keyword_patterns() && expect(TT::Comma)) {
        if (Seq<Pattern*>* a = positional_patterns()) return a;
    }
    mark_ = mark;
    return nullptr;
}

// The "expected ':'" / "expected an indented block after ..." pair shared by if, elif and
// while.
#define COLON_AND_INDENT_RULE(fn, keyword, what)                                                   \
    void* Parser::fn() {                                                                           \
        GUARD();                                                                                   \
        std::size_t mark = mark_;                                                                  \
        if (expect(keyword) && named_expression() && expect(TT::Newline)) {                        \
            raise_error(ErrorKind::SyntaxError, "expected ':'");                                   \
            return nullptr;                                                                        \
        }                                                                                          \
        NEXT_ALT();                                                                                \
        if (Token* a = expect(keyword)) {                                                          \
            if (named_expression() && expect(TT::Colon) && expect(TT::Newline) &&                  \
                !at(TT::Indent) && !error_indicator_) {                                            \
                raise_error(ErrorKind::IndentationError, "expected an indented block after '" what \
                                                         "' statement on line " +                  \
                                                             std::to_string(a->lineno));           \
                return nullptr;                                                                    \
            }                                                                                      \
        }                                                                                          \
        mark_ = mark;                                                                              \
        return nullptr;                                                                            \
    }

COLON_AND_INDENT_RULE(invalid_if_stmt, TT::KwIf, "if")
COLON_AND_INDENT_RULE(invalid_elif_stmt, TT::KwElif, "elif")
COLON_AND_INDENT_RULE(invalid_while_stmt, TT::KwWhile, "while")

void* Parser::invalid_else_stmt() {
    GUARD();
    std::size_t mark = mark_;
    if (Token* a = expect(TT::KwElse)) {
        if (expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after 'else' statement on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_for_stmt() {
    GUARD();
    std::size_t mark = mark_;
    // [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
    expect(TT::KwAsync);
    if (!error_indicator_ && expect(TT::KwFor) && star_targets() && expect(TT::KwIn) &&
        star_expressions() && expect(TT::Newline)) {
        raise_error(ErrorKind::SyntaxError, "expected ':'");
        return nullptr;
    }
    NEXT_ALT();
    // [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    expect(TT::KwAsync);
    if (!error_indicator_) {
        if (Token* a = expect(TT::KwFor)) {
            if (star_targets() && expect(TT::KwIn) && star_expressions() && expect(TT::Colon) &&
                expect(TT::Newline) && !at(TT::Indent) && !error_indicator_) {
                raise_error(ErrorKind::IndentationError,
                            "expected an indented block after 'for' statement on line " +
                                std::to_string(a->lineno));
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_def_raw() {
    GUARD();
    std::size_t mark = mark_;
    // [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    expect(TT::KwAsync);
    if (!error_indicator_) {
        if (Token* a = expect(TT::KwDef)) {
            if (expect_name() && expect(TT::LPar)) {
                std::size_t m = mark_;
                if (!params()) mark_ = m;
                if (!error_indicator_ && expect(TT::RPar)) {
                    std::size_t m2 = mark_;
                    if (!(expect(TT::RArrow) && expression())) mark_ = m2;
                    if (!error_indicator_ && expect(TT::Colon) && expect(TT::Newline) &&
                        !at(TT::Indent) && !error_indicator_) {
                        raise_error(ErrorKind::IndentationError,
                                    "expected an indented block after function definition on "
                                    "line " +
                                        std::to_string(a->lineno));
                        return nullptr;
                    }
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_class_def_raw() {
    GUARD();
    std::size_t mark = mark_;
    auto header = [this]() {
        // 'class' NAME ['(' [arguments] ')']
        if (!expect_name()) return false;
        std::size_t m = mark_;
        if (expect(TT::LPar)) {
            std::size_t m2 = mark_;
            if (!arguments()) mark_ = m2;
            if (error_indicator_ || !expect(TT::RPar)) mark_ = m;
        }
        return !error_indicator_;
    };
    if (expect(TT::KwClass) && header() && expect(TT::Newline)) {
        raise_error(ErrorKind::SyntaxError, "expected ':'");
        return nullptr;
    }
    NEXT_ALT();
    if (Token* a = expect(TT::KwClass)) {
        if (header() && expect(TT::Colon) && expect(TT::Newline) && !at(TT::Indent) &&
            !error_indicator_) {
            raise_error(ErrorKind::IndentationError,
                        "expected an indented block after class definition on line " +
                            std::to_string(a->lineno));
            return nullptr;
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_double_starred_kvpairs() {
    GUARD();
    std::size_t mark = mark_;
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    if (double_starred_kvpair()) {
        repeat(mark_, [this] { return expect(TT::Comma) && double_starred_kvpair(); });
        if (!error_indicator_ && expect(TT::Comma)) {
            invalid_kvpair();
            if (error_indicator_) return nullptr;
        }
    }
    NEXT_ALT();
    // expression ':' '*' bitwise_or
    if (expression() && expect(TT::Colon)) {
        if (Token* a = expect(TT::Star)) {
            if (bitwise_or()) {
                raise_starting_from(a, "cannot use a starred expression in a dictionary value");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // expression ':' &('}'|',')
    if (expression()) {
        if (Token* a = expect(TT::Colon)) {
            if (at(TT::RBrace) || at(TT::Comma)) {
                raise_known_location(a, "expression expected after dictionary key and ':'");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

void* Parser::invalid_kvpair() {
    GUARD();
    std::size_t mark = mark_;
    // expression !(':')
    if (Expr* a = expression()) {
        if (!at(TT::Colon) && !error_indicator_) {
            raise_error_known_location(ErrorKind::SyntaxError, a->lineno, a->end_col_offset,
                                       a->end_lineno, 0, "':' expected after dictionary key");
            return nullptr;
        }
    }
    NEXT_ALT();
    // expression ':' '*' bitwise_or
    if (expression() && expect(TT::Colon)) {
        if (Token* a = expect(TT::Star)) {
            if (bitwise_or()) {
                raise_starting_from(a, "cannot use a starred expression in a dictionary value");
                return nullptr;
            }
        }
    }
    NEXT_ALT();
    // expression ':' &('}'|',')
    if (expression()) {
        if (Token* a = expect(TT::Colon)) {
            if (at(TT::RBrace) || at(TT::Comma)) {
                raise_known_location(a, "expression expected after dictionary key and ':'");
                return nullptr;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

} // namespace loopstep::py::detail
