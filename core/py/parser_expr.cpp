// Expression, target and call-argument rules of python.gram (3.11). See parser_impl.h.
#include "core/py/parser_impl.h"

namespace loopstep::py::detail {

#define GUARD()                                                                                    \
    Guard guard_(*this);                                                                           \
    if (guard_.failed) return nullptr

#define MEMO_BEGIN(rule, T)                                                                        \
    void* memo_res_;                                                                               \
    if (is_memoized(Memo::rule, memo_res_)) return static_cast<T*>(memo_res_);                     \
    std::size_t mark = mark_

#define MEMO_END(rule)                                                                             \
    if (error_indicator_) return nullptr;                                                          \
    if (!res) mark_ = mark;                                                                        \
    memoize(mark, Memo::rule, res);                                                                \
    return res

Expr* Parser::expressions() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = expression()) {
        std::vector<Expr*> elts{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = expression())) {
                mark_ = m;
                break;
            }
            elts.push_back(c);
        }
        if (error_indicator_) return nullptr;
        bool trailing = expect(TT::Comma) != nullptr;
        if (elts.size() > 1 || trailing) {
            auto* t = node<Tuple>(start);
            t->elts = std::move(elts);
            return t;
        }
        return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::expression() {
    GUARD();
    MEMO_BEGIN(Expression, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    [&] {
        if (error_indicator_) return;
        if (call_invalid_rules_) {
            invalid_expression();
            mark_ = mark;
            if (error_indicator_) return;
            invalid_legacy_expression();
            mark_ = mark;
            if (error_indicator_) return;
        }
        // disjunction 'if' disjunction 'else' expression | disjunction
        if (Expr* a = disjunction()) {
            std::size_t after = mark_;
            if (expect(TT::KwIf)) {
                if (Expr* b = disjunction()) {
                    if (expect(TT::KwElse)) {
                        if (Expr* c = expression()) {
                            auto* n = node<IfExp>(start);
                            n->test = b;
                            n->body = a;
                            n->orelse = c;
                            res = n;
                            return;
                        }
                    }
                }
            }
            if (error_indicator_) return;
            mark_ = after;
            res = a;
            return;
        }
        mark_ = mark;
        if (error_indicator_) return;
        res = lambdef();
    }();
    MEMO_END(Expression);
}

Expr* Parser::expression_without_invalid() {
    GUARD();
    bool prev = call_invalid_rules_;
    call_invalid_rules_ = false;
    std::size_t mark = mark_;
    Pos start = start_pos();
    Expr* res = nullptr;
    if (Expr* a = disjunction()) {
        std::size_t after = mark_;
        if (expect(TT::KwIf)) {
            if (Expr* b = disjunction()) {
                if (expect(TT::KwElse)) {
                    if (Expr* c = expression()) {
                        auto* n = node<IfExp>(start);
                        n->test = b;
                        n->body = a;
                        n->orelse = c;
                        res = n;
                    }
                }
            }
        }
        if (!res && !error_indicator_) {
            mark_ = after;
            res = a;
        }
    } else if (!error_indicator_) {
        mark_ = mark;
        res = lambdef();
    }
    call_invalid_rules_ = prev;
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    return res;
}

Expr* Parser::yield_expr() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // 'yield' 'from' expression
    if (expect(TT::KwYield) && expect(TT::KwFrom)) {
        if (Expr* a = expression()) {
            auto* n = node<YieldFrom>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // 'yield' [star_expressions]
    if (expect(TT::KwYield)) {
        Expr* a = star_expressions();
        if (!error_indicator_) {
            auto* n = node<Yield>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::star_expressions() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = star_expression()) {
        std::vector<Expr*> elts{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = star_expression())) {
                mark_ = m;
                break;
            }
            elts.push_back(c);
        }
        if (error_indicator_) return nullptr;
        bool trailing = expect(TT::Comma) != nullptr;
        if (elts.size() > 1 || trailing) {
            auto* t = node<Tuple>(start);
            t->elts = std::move(elts);
            return t;
        }
        return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::star_expression() {
    GUARD();
    MEMO_BEGIN(StarExpression, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (expect(TT::Star)) {
        if (Expr* a = bitwise_or()) {
            auto* n = node<Starred>(start);
            n->value = a;
            res = n;
        }
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        res = expression();
    }
    MEMO_END(StarExpression);
}

Seq<Expr*>* Parser::star_named_expressions() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = star_named_expression()) {
        auto* s = arena_.make<Seq<Expr*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = star_named_expression())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        if (error_indicator_) return nullptr;
        expect(TT::Comma);
        if (!error_indicator_) return s;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::star_named_expression() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::Star)) {
        if (Expr* a = bitwise_or()) {
            auto* n = node<Starred>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* a = named_expression()) return a;
    mark_ = mark;
    return nullptr;
}

Expr* Parser::assignment_expression() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) {
        if (expect(TT::ColonEqual)) {
            if (Expr* b = expression()) {
                auto* n = node<NamedExpr>(start);
                n->target = set_expr_context(name_token(a), ExprContext::Store);
                n->value = b;
                return n;
            }
            mark_ = mark;
            return nullptr; // the cut
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::named_expression() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = assignment_expression()) return a;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_named_expression();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Expr* a = expression()) {
        if (!at(TT::ColonEqual) && !error_indicator_) return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::disjunction() {
    GUARD();
    MEMO_BEGIN(Disjunction, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (Expr* a = conjunction()) {
        std::vector<Expr*> values{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::KwOr) || !(c = conjunction())) {
                mark_ = m;
                break;
            }
            values.push_back(c);
        }
        if (values.size() > 1) {
            auto* n = node<BoolOp>(start);
            n->op = BoolOpKind::Or;
            n->values = std::move(values);
            res = n;
        } else {
            res = a;
        }
    }
    MEMO_END(Disjunction);
}

Expr* Parser::conjunction() {
    GUARD();
    MEMO_BEGIN(Conjunction, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (Expr* a = inversion()) {
        std::vector<Expr*> values{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::KwAnd) || !(c = inversion())) {
                mark_ = m;
                break;
            }
            values.push_back(c);
        }
        if (values.size() > 1) {
            auto* n = node<BoolOp>(start);
            n->op = BoolOpKind::And;
            n->values = std::move(values);
            res = n;
        } else {
            res = a;
        }
    }
    MEMO_END(Conjunction);
}

Expr* Parser::inversion() {
    GUARD();
    MEMO_BEGIN(Inversion, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (expect(TT::KwNot)) {
        if (Expr* a = inversion()) {
            auto* n = node<UnaryOp>(start);
            n->op = UnaryOpKind::Not;
            n->operand = a;
            res = n;
        }
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        res = comparison();
    }
    MEMO_END(Inversion);
}

Expr* Parser::comparison() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = bitwise_or()) {
        std::vector<CmpOp> ops;
        std::vector<Expr*> comparators;
        for (;;) {
            std::size_t m = mark_;
            CmpopExprPair* p = compare_op_bitwise_or_pair();
            if (!p) {
                mark_ = m;
                break;
            }
            ops.push_back(p->op);
            comparators.push_back(p->expr);
        }
        if (error_indicator_) return nullptr;
        if (ops.empty()) return a;
        auto* n = node<Compare>(start);
        n->left = a;
        n->ops = std::move(ops);
        n->comparators = std::move(comparators);
        return n;
    }
    mark_ = mark;
    return nullptr;
}

CmpopExprPair* Parser::compare_op_bitwise_or_pair() {
    GUARD();
    std::size_t mark = mark_;
    Token* t = peek();
    if (!t) return nullptr;
    CmpOp op;
    switch (t->type) {
    case TT::EqEqual: op = CmpOp::Eq; break;
    case TT::NotEqual:
        // "<>" is only NOTEQUAL under `from __future__ import barry_as_FLUFL`.
        if (text(t) != "!=") return nullptr;
        op = CmpOp::NotEq;
        break;
    case TT::LessEqual: op = CmpOp::LtE; break;
    case TT::Less: op = CmpOp::Lt; break;
    case TT::GreaterEqual: op = CmpOp::GtE; break;
    case TT::Greater: op = CmpOp::Gt; break;
    case TT::KwNot: op = CmpOp::NotIn; break;
    case TT::KwIn: op = CmpOp::In; break;
    case TT::KwIs: op = CmpOp::IsNot; break;
    default: return nullptr;
    }
    ++mark_;
    if (op == CmpOp::NotIn && !expect(TT::KwIn)) {
        mark_ = mark;
        return nullptr;
    }
    if (op == CmpOp::IsNot) {
        std::size_t m = mark_;
        if (expect(TT::KwNot)) {
            if (Expr* a = bitwise_or()) {
                auto* p = arena_.make<CmpopExprPair>();
                p->op = CmpOp::IsNot;
                p->expr = a;
                return p;
            }
        }
        if (error_indicator_) return nullptr;
        mark_ = m;
        op = CmpOp::Is;
    }
    if (Expr* a = bitwise_or()) {
        auto* p = arena_.make<CmpopExprPair>();
        p->op = op;
        p->expr = a;
        return p;
    }
    mark_ = mark;
    return nullptr;
}

namespace {

struct BinRule {
    TT token;
    Operator op;
};

} // namespace

// The left-associative binary operator levels, each a loop over its operators.
#define BINARY_RULE(fn, MemoName, operand, ...)                                                    \
    Expr* Parser::fn() {                                                                           \
        GUARD();                                                                                   \
        MEMO_BEGIN(MemoName, Expr);                                                                \
        Pos start = start_pos();                                                                   \
        static const BinRule ops[] = {__VA_ARGS__};                                                \
        Expr* res = operand();                                                                     \
        while (res) {                                                                              \
            std::size_t m = mark_;                                                                 \
            Token* t = peek();                                                                     \
            if (!t) break;                                                                         \
            const BinRule* r = nullptr;                                                            \
            for (const BinRule& cand : ops)                                                        \
                if (cand.token == t->type) r = &cand;                                              \
            if (!r) break;                                                                         \
            ++mark_;                                                                               \
            Expr* b = operand();                                                                   \
            if (!b) {                                                                              \
                mark_ = m;                                                                         \
                break;                                                                             \
            }                                                                                      \
            auto* n = node<BinOp>(start);                                                          \
            n->left = res;                                                                         \
            n->op = r->op;                                                                         \
            n->right = b;                                                                          \
            res = n;                                                                               \
        }                                                                                          \
        MEMO_END(MemoName);                                                                        \
    }

BINARY_RULE(bitwise_or, BitwiseOr, bitwise_xor, {TT::VBar, Operator::BitOr})
BINARY_RULE(bitwise_xor, BitwiseXor, bitwise_and, {TT::Circumflex, Operator::BitXor})
BINARY_RULE(bitwise_and, BitwiseAnd, shift_expr, {TT::Amper, Operator::BitAnd})
BINARY_RULE(shift_expr, ShiftExpr, sum, {TT::LeftShift, Operator::LShift},
            {TT::RightShift, Operator::RShift})
BINARY_RULE(sum, Sum, term, {TT::Plus, Operator::Add}, {TT::Minus, Operator::Sub})
BINARY_RULE(term, Term, factor, {TT::Star, Operator::Mult}, {TT::Slash, Operator::Div},
            {TT::DoubleSlash, Operator::FloorDiv}, {TT::Percent, Operator::Mod},
            {TT::At, Operator::MatMult})

Expr* Parser::factor() {
    GUARD();
    MEMO_BEGIN(Factor, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    Token* t = peek();
    if (t && (t->type == TT::Plus || t->type == TT::Minus || t->type == TT::Tilde)) {
        ++mark_;
        if (Expr* a = factor()) {
            auto* n = node<UnaryOp>(start);
            n->op = t->type == TT::Plus    ? UnaryOpKind::UAdd
                    : t->type == TT::Minus ? UnaryOpKind::USub
                                           : UnaryOpKind::Invert;
            n->operand = a;
            res = n;
        } else {
            mark_ = mark;
        }
    }
    if (!res && !error_indicator_) res = power();
    MEMO_END(Factor);
}

Expr* Parser::power() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = await_primary()) {
        std::size_t after = mark_;
        if (expect(TT::DoubleStar)) {
            if (Expr* b = factor()) {
                auto* n = node<BinOp>(start);
                n->left = a;
                n->op = Operator::Pow;
                n->right = b;
                return n;
            }
        }
        if (error_indicator_) return nullptr;
        mark_ = after;
        return a;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::await_primary() {
    GUARD();
    MEMO_BEGIN(AwaitPrimary, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (expect(TT::KwAwait)) {
        if (Expr* a = primary()) {
            auto* n = node<Await>(start);
            n->value = a;
            res = n;
        }
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        res = primary();
    }
    MEMO_END(AwaitPrimary);
}

Expr* Parser::primary() {
    GUARD();
    MEMO_BEGIN(Primary, Expr);
    Pos start = start_pos();
    Expr* res = atom();
    while (res && !error_indicator_) {
        std::size_t m = mark_;
        // primary '.' NAME
        if (expect(TT::Dot)) {
            if (Token* b = expect_name()) {
                auto* n = node<Attribute>(start);
                n->value = res;
                n->attr = std::string(text(b));
                res = n;
                continue;
            }
        }
        mark_ = m;
        if (error_indicator_) break;
        // primary genexp
        if (Expr* g = genexp()) {
            auto* n = node<Call>(start);
            n->func = res;
            n->args.push_back(g);
            res = n;
            continue;
        }
        mark_ = m;
        if (error_indicator_) break;
        // primary '(' [arguments] ')'
        if (expect(TT::LPar)) {
            std::size_t m2 = mark_;
            Expr* b = arguments();
            if (!b) mark_ = m2;
            if (!error_indicator_ && expect(TT::RPar)) {
                auto* n = node<Call>(start);
                n->func = res;
                if (b) {
                    n->args = b->as<Call>()->args;
                    n->keywords = b->as<Call>()->keywords;
                }
                res = n;
                continue;
            }
        }
        mark_ = m;
        if (error_indicator_) break;
        // primary '[' slices ']'
        if (expect(TT::LSqb)) {
            if (Expr* b = slices()) {
                if (expect(TT::RSqb)) {
                    auto* n = node<Subscript>(start);
                    n->value = res;
                    n->slice = b;
                    res = n;
                    continue;
                }
            }
        }
        mark_ = m;
        break;
    }
    MEMO_END(Primary);
}

Expr* Parser::slices() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // slice !','
    if (Expr* a = slice()) {
        if (!at(TT::Comma) && !error_indicator_) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // ','.(slice | starred_expression)+ [',']
    auto item = [this]() -> Expr* {
        std::size_t m = mark_;
        if (Expr* s = slice()) return s;
        mark_ = m;
        if (error_indicator_) return nullptr;
        if (Expr* s = starred_expression()) return s;
        mark_ = m;
        return nullptr;
    };
    if (Expr* a = item()) {
        std::vector<Expr*> elts{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = item())) {
                mark_ = m;
                break;
            }
            elts.push_back(c);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) {
                auto* t = node<Tuple>(start);
                t->elts = std::move(elts);
                return t;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::slice() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // [expression] ':' [expression] [':' [expression]]
    {
        Expr* a = expression();
        if (!a) mark_ = mark;
        if (!error_indicator_ && expect(TT::Colon)) {
            std::size_t m = mark_;
            Expr* b = expression();
            if (!b) mark_ = m;
            Expr* c = nullptr;
            if (!error_indicator_) {
                m = mark_;
                if (expect(TT::Colon)) {
                    std::size_t m2 = mark_;
                    c = expression();
                    if (!c) mark_ = m2;
                } else {
                    mark_ = m;
                }
            }
            if (!error_indicator_) {
                auto* n = node<Slice>(start);
                n->lower = a;
                n->upper = b;
                n->step = c;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* a = named_expression()) return a;
    mark_ = mark;
    return nullptr;
}

Expr* Parser::atom() {
    GUARD();
    std::size_t mark = mark_;
    Token* t = peek();
    if (!t) return nullptr;
    switch (t->type) {
    case TT::Name: ++mark_; return name_token(t);
    case TT::KwTrue:
    case TT::KwFalse:
    case TT::KwNone: {
        ++mark_;
        auto* c = node_at<Constant>(t);
        c->value_kind = t->type == TT::KwTrue    ? ConstantKind::True
                        : t->type == TT::KwFalse ? ConstantKind::False
                                                 : ConstantKind::None;
        return c;
    }
    case TT::String: {
        if (Expr* s = strings()) return s;
        mark_ = mark;
        return nullptr;
    }
    case TT::Number: ++mark_; return number_token(t);
    case TT::LPar: {
        if (Expr* e = tuple()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = group()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = genexp()) return e;
        mark_ = mark;
        return nullptr;
    }
    case TT::LSqb: {
        if (Expr* e = list()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = listcomp()) return e;
        mark_ = mark;
        return nullptr;
    }
    case TT::LBrace: {
        if (Expr* e = dict()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = set()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = dictcomp()) return e;
        mark_ = mark;
        if (error_indicator_) return nullptr;
        if (Expr* e = setcomp()) return e;
        mark_ = mark;
        return nullptr;
    }
    case TT::Ellipsis: {
        ++mark_;
        auto* c = node_at<Constant>(t);
        c->value_kind = ConstantKind::Ellipsis;
        return c;
    }
    default: return nullptr;
    }
}

Expr* Parser::group() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::LPar)) {
        std::size_t m = mark_;
        Expr* a = yield_expr();
        if (!a) {
            mark_ = m;
            if (!error_indicator_) a = named_expression();
        }
        if (a && expect(TT::RPar)) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_group();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::lambdef() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::KwLambda)) {
        std::size_t m = mark_;
        Arguments* a = lambda_params();
        if (!a) mark_ = m;
        if (!error_indicator_ && expect(TT::Colon)) {
            if (Expr* b = expression()) {
                auto* n = node<Lambda>(start);
                n->args = a ? a : arena_.make<Arguments>();
                n->body = b;
                return n;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Arguments* Parser::lambda_params() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_lambda_parameters();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Arguments* a = lambda_parameters()) return a;
    mark_ = mark;
    return nullptr;
}

namespace {

template <class T, class F>
std::vector<T>* collect(Arena& arena, std::size_t& mark, F f) {
    auto* v = arena.make<std::vector<T>>();
    for (;;) {
        std::size_t m = mark;
        T x = f();
        if (!x) {
            mark = m;
            break;
        }
        v->push_back(x);
    }
    return v;
}

} // namespace

Arguments* Parser::lambda_parameters() {
    GUARD();
    std::size_t mark = mark_;
    auto no_defaults = [this] {
        return collect<Arg*>(arena_, mark_, [this] { return lambda_param_no_default(); });
    };
    auto with_defaults = [this] {
        return collect<NameDefaultPair*>(arena_, mark_,
                                         [this] { return lambda_param_with_default(); });
    };
    auto opt_star_etc = [this] {
        std::size_t m = mark_;
        StarEtc* s = lambda_star_etc();
        if (!s) mark_ = m;
        return s;
    };
    if (std::vector<Arg*>* a = lambda_slash_no_default()) {
        auto* b = no_defaults();
        auto* c = with_defaults();
        StarEtc* d = opt_star_etc();
        if (!error_indicator_) return make_arguments(a, nullptr, b, c, d);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (SlashWithDefault* a = lambda_slash_with_default()) {
        auto* b = with_defaults();
        StarEtc* c = opt_star_etc();
        if (!error_indicator_) return make_arguments(nullptr, a, nullptr, b, c);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
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
    {
        auto* a = with_defaults();
        if (!a->empty() && !error_indicator_) {
            StarEtc* b = opt_star_etc();
            if (!error_indicator_) return make_arguments(nullptr, nullptr, nullptr, a, b);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (StarEtc* a = lambda_star_etc())
        return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
    mark_ = mark;
    return nullptr;
}

std::vector<Arg*>* Parser::lambda_slash_no_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        auto* a = collect<Arg*>(arena_, mark_, [this] { return lambda_param_no_default(); });
        if (!a->empty() && !error_indicator_ && expect(TT::Slash)) {
            if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::Colon)) return a;
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

SlashWithDefault* Parser::lambda_slash_with_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        auto* a = collect<Arg*>(arena_, mark_, [this] { return lambda_param_no_default(); });
        auto* b = collect<NameDefaultPair*>(arena_, mark_,
                                            [this] { return lambda_param_with_default(); });
        if (!b->empty() && !error_indicator_ && expect(TT::Slash)) {
            if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::Colon)) {
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

StarEtc* Parser::lambda_star_etc() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_lambda_star_etc();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    auto maybe_defaults = [this] {
        return collect<NameDefaultPair*>(arena_, mark_,
                                         [this] { return lambda_param_maybe_default(); });
    };
    auto opt_kwds = [this] {
        std::size_t m = mark_;
        Arg* k = lambda_kwds();
        if (!k) mark_ = m;
        return k;
    };
    if (expect(TT::Star)) {
        if (Arg* a = lambda_param_no_default()) {
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
    if (Arg* a = lambda_kwds()) {
        auto* s = arena_.make<StarEtc>();
        s->kwarg = a;
        return s;
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::lambda_kwds() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_lambda_kwds();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect(TT::DoubleStar)) {
        if (Arg* a = lambda_param_no_default()) return a;
    }
    mark_ = mark;
    return nullptr;
}

Arg* Parser::lambda_param_no_default() {
    GUARD();
    std::size_t mark = mark_;
    if (Arg* a = lambda_param()) {
        if (expect(TT::Comma)) return a;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Arg* a = lambda_param()) {
        if (at(TT::Colon)) return a;
    }
    mark_ = mark;
    return nullptr;
}

NameDefaultPair* Parser::lambda_param_with_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        if (Arg* a = lambda_param()) {
            if (Expr* c = default_()) {
                if (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::Colon)) {
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

NameDefaultPair* Parser::lambda_param_maybe_default() {
    GUARD();
    std::size_t mark = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        if (Arg* a = lambda_param()) {
            std::size_t m = mark_;
            Expr* c = default_();
            if (!c) mark_ = m;
            if (!error_indicator_ && (alt == 0 ? expect(TT::Comma) != nullptr : at(TT::Colon))) {
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

Arg* Parser::lambda_param() {
    GUARD();
    if (Token* a = expect_name()) {
        Arg* r = node_at<Arg>(a);
        r->arg = std::string(text(a));
        return r;
    }
    return nullptr;
}

Expr* Parser::list() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LSqb)) {
        Seq<Expr*>* a = star_named_expressions();
        if (!error_indicator_ && expect(TT::RSqb)) {
            auto* n = node<List>(start);
            if (a) n->elts = a->items;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::tuple() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LPar)) {
        std::vector<Expr*> elts;
        std::size_t m = mark_;
        if (Expr* y = star_named_expression()) {
            if (expect(TT::Comma)) {
                elts.push_back(y);
                Seq<Expr*>* z = star_named_expressions();
                if (z) elts.insert(elts.end(), z->items.begin(), z->items.end());
            } else {
                mark_ = m;
            }
        } else {
            mark_ = m;
        }
        if (!error_indicator_ && expect(TT::RPar)) {
            auto* n = node<Tuple>(start);
            n->elts = std::move(elts);
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::set() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LBrace)) {
        if (Seq<Expr*>* a = star_named_expressions()) {
            if (expect(TT::RBrace)) {
                auto* n = node<Set>(start);
                n->elts = a->items;
                return n;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::dict() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LBrace)) {
        Seq<KeyValuePair*>* a = double_starred_kvpairs();
        if (!error_indicator_ && expect(TT::RBrace)) {
            auto* n = node<Dict>(start);
            if (a) {
                for (KeyValuePair* kv : a->items) {
                    n->keys.push_back(kv->key);
                    n->values.push_back(kv->value);
                }
            }
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        if (expect(TT::LBrace)) {
            invalid_double_starred_kvpairs();
            if (!error_indicator_) expect(TT::RBrace);
        }
        mark_ = mark;
    }
    return nullptr;
}

Seq<KeyValuePair*>* Parser::double_starred_kvpairs() {
    GUARD();
    std::size_t mark = mark_;
    if (KeyValuePair* a = double_starred_kvpair()) {
        auto* s = arena_.make<Seq<KeyValuePair*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            KeyValuePair* c = nullptr;
            if (!expect(TT::Comma) || !(c = double_starred_kvpair())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) return s;
        }
    }
    mark_ = mark;
    return nullptr;
}

KeyValuePair* Parser::double_starred_kvpair() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::DoubleStar)) {
        if (Expr* a = bitwise_or()) {
            auto* kv = arena_.make<KeyValuePair>();
            kv->value = a;
            return kv;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (KeyValuePair* kv = kvpair()) return kv;
    mark_ = mark;
    return nullptr;
}

KeyValuePair* Parser::kvpair() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = expression()) {
        if (expect(TT::Colon)) {
            if (Expr* b = expression()) {
                auto* kv = arena_.make<KeyValuePair>();
                kv->key = a;
                kv->value = b;
                return kv;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Comprehension*>* Parser::for_if_clauses() {
    GUARD();
    std::size_t mark = mark_;
    auto* s = arena_.make<Seq<Comprehension*>>();
    for (;;) {
        std::size_t m = mark_;
        Comprehension* c = for_if_clause();
        if (!c) {
            mark_ = m;
            break;
        }
        s->items.push_back(c);
    }
    if (error_indicator_ || s->items.empty()) {
        mark_ = mark;
        return nullptr;
    }
    return s;
}

Comprehension* Parser::for_if_clause() {
    GUARD();
    std::size_t mark = mark_;
    for (int is_async = 1; is_async >= 0; --is_async) {
        // [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
        if ((!is_async || expect(TT::KwAsync)) && expect(TT::KwFor)) {
            if (Expr* a = star_targets()) {
                if (expect(TT::KwIn)) {
                    if (Expr* b = disjunction()) {
                        auto* c = arena_.make<Comprehension>();
                        c->target = a;
                        c->iter = b;
                        c->is_async = is_async;
                        for (;;) {
                            std::size_t m = mark_;
                            Expr* z = nullptr;
                            if (!expect(TT::KwIf) || !(z = disjunction())) {
                                mark_ = m;
                                break;
                            }
                            c->ifs.push_back(z);
                        }
                        if (!error_indicator_) return c;
                    }
                    mark_ = mark;
                    return nullptr; // the cut
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

Expr* Parser::listcomp() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LSqb)) {
        if (Expr* a = named_expression()) {
            if (Seq<Comprehension*>* b = for_if_clauses()) {
                if (expect(TT::RSqb)) {
                    auto* n = node<ListComp>(start);
                    n->elt = a;
                    n->generators = b->items;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_comprehension();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::setcomp() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LBrace)) {
        if (Expr* a = named_expression()) {
            if (Seq<Comprehension*>* b = for_if_clauses()) {
                if (expect(TT::RBrace)) {
                    auto* n = node<SetComp>(start);
                    n->elt = a;
                    n->generators = b->items;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_comprehension();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::genexp() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LPar)) {
        std::size_t m = mark_;
        Expr* a = assignment_expression();
        if (!a) {
            mark_ = m;
            if (!error_indicator_) {
                a = expression();
                if (a && at(TT::ColonEqual)) a = nullptr;
            }
        }
        if (a && !error_indicator_) {
            if (Seq<Comprehension*>* b = for_if_clauses()) {
                if (expect(TT::RPar)) {
                    auto* n = node<GeneratorExp>(start);
                    n->elt = a;
                    n->generators = b->items;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_comprehension();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::dictcomp() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LBrace)) {
        if (KeyValuePair* a = kvpair()) {
            if (Seq<Comprehension*>* b = for_if_clauses()) {
                if (expect(TT::RBrace)) {
                    auto* n = node<DictComp>(start);
                    n->key = a->key;
                    n->value = a->value;
                    n->generators = b->items;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_dict_comprehension();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::arguments() {
    GUARD();
    MEMO_BEGIN(Arguments, Expr);
    Expr* res = nullptr;
    if (Expr* a = args()) {
        expect(TT::Comma);
        if (!error_indicator_ && at(TT::RPar)) res = a;
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        if (call_invalid_rules_) {
            invalid_arguments();
            mark_ = mark;
        }
    }
    MEMO_END(Arguments);
}

Expr* Parser::collect_call_seqs(std::vector<Expr*>& a, Seq<KeywordOrStarred*>* b,
                                const Pos& start) {
    auto* call = node<Call>(start);
    call->args = a;
    if (b) {
        for (KeywordOrStarred* k : b->items)
            if (!k->is_keyword) call->args.push_back(static_cast<Expr*>(k->element));
        for (KeywordOrStarred* k : b->items)
            if (k->is_keyword) call->keywords.push_back(static_cast<Keyword*>(k->element));
    }
    return call;
}

Expr* Parser::args() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    auto item = [this]() -> Expr* {
        std::size_t m = mark_;
        if (Expr* s = starred_expression()) return s;
        mark_ = m;
        if (error_indicator_) return nullptr;
        Expr* e = assignment_expression();
        if (!e) {
            mark_ = m;
            if (error_indicator_) return nullptr;
            e = expression();
            if (e && at(TT::ColonEqual)) e = nullptr;
        }
        if (e && !at(TT::Equal) && !error_indicator_) return e;
        mark_ = m;
        return nullptr;
    };
    if (Expr* a = item()) {
        std::vector<Expr*> items{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = item())) {
                mark_ = m;
                break;
            }
            items.push_back(c);
        }
        if (!error_indicator_) {
            Seq<KeywordOrStarred*>* b = nullptr;
            std::size_t m = mark_;
            if (expect(TT::Comma)) {
                b = kwargs();
                if (!b) mark_ = m;
            }
            if (!error_indicator_) return collect_call_seqs(items, b, start);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // kwargs
    if (Seq<KeywordOrStarred*>* a = kwargs()) {
        std::vector<Expr*> none;
        return collect_call_seqs(none, a, start);
    }
    mark_ = mark;
    return nullptr;
}

Seq<KeywordOrStarred*>* Parser::kwargs() {
    GUARD();
    std::size_t mark = mark_;
    auto gather = [this](auto item) -> Seq<KeywordOrStarred*>* {
        KeywordOrStarred* a = (this->*item)();
        if (!a) return nullptr;
        auto* s = arena_.make<Seq<KeywordOrStarred*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            KeywordOrStarred* c = nullptr;
            if (!expect(TT::Comma) || !(c = (this->*item)())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        return error_indicator_ ? nullptr : s;
    };
    // ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    if (Seq<KeywordOrStarred*>* a = gather(&Parser::kwarg_or_starred)) {
        if (expect(TT::Comma)) {
            if (Seq<KeywordOrStarred*>* b = gather(&Parser::kwarg_or_double_starred)) {
                a->items.insert(a->items.end(), b->items.begin(), b->items.end());
                return a;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Seq<KeywordOrStarred*>* a = gather(&Parser::kwarg_or_starred)) return a;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Seq<KeywordOrStarred*>* a = gather(&Parser::kwarg_or_double_starred)) return a;
    mark_ = mark;
    return nullptr;
}

Expr* Parser::starred_expression() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::Star)) {
        if (Expr* a = expression()) {
            auto* n = node<Starred>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

KeywordOrStarred* Parser::kwarg_or_starred() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_kwarg();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Token* a = expect_name()) {
        if (expect(TT::Equal)) {
            if (Expr* b = expression()) {
                auto* k = node<Keyword>(start);
                k->arg = std::string(text(a));
                k->value = b;
                auto* r = arena_.make<KeywordOrStarred>();
                r->element = k;
                r->is_keyword = true;
                return r;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* a = starred_expression()) {
        auto* r = arena_.make<KeywordOrStarred>();
        r->element = a;
        return r;
    }
    mark_ = mark;
    return nullptr;
}

KeywordOrStarred* Parser::kwarg_or_double_starred() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (call_invalid_rules_) {
        invalid_kwarg();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (Token* a = expect_name()) {
        if (expect(TT::Equal)) {
            if (Expr* b = expression()) {
                auto* k = node<Keyword>(start);
                k->arg = std::string(text(a));
                k->value = b;
                auto* r = arena_.make<KeywordOrStarred>();
                r->element = k;
                r->is_keyword = true;
                return r;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::DoubleStar)) {
        if (Expr* a = expression()) {
            auto* k = node<Keyword>(start);
            k->value = a;
            auto* r = arena_.make<KeywordOrStarred>();
            r->element = k;
            r->is_keyword = true;
            return r;
        }
    }
    mark_ = mark;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Targets

Expr* Parser::star_targets() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = star_target()) {
        if (!at(TT::Comma)) {
            if (error_indicator_) return nullptr;
            return a;
        }
        std::vector<Expr*> elts{a};
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = star_target())) {
                mark_ = m;
                break;
            }
            elts.push_back(c);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) {
                auto* t = node<Tuple>(start);
                t->elts = std::move(elts);
                t->ctx = ExprContext::Store;
                return t;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Expr*>* Parser::star_targets_list_seq() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = star_target()) {
        auto* s = arena_.make<Seq<Expr*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = star_target())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) return s;
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Expr*>* Parser::star_targets_tuple_seq() {
    GUARD();
    std::size_t mark = mark_;
    // star_target (',' star_target)+ [','] | star_target ','
    if (Expr* a = star_target()) {
        auto* s = arena_.make<Seq<Expr*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = star_target())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        if (!error_indicator_) {
            bool comma = expect(TT::Comma) != nullptr;
            if (!error_indicator_ && (s->items.size() > 1 || comma)) return s;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::star_target() {
    GUARD();
    MEMO_BEGIN(StarTarget, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    // '*' (!'*' star_target)
    if (expect(TT::Star)) {
        if (!at(TT::Star) && !error_indicator_) {
            if (Expr* a = star_target()) {
                auto* n = node<Starred>(start);
                n->value = set_expr_context(a, ExprContext::Store);
                n->ctx = ExprContext::Store;
                res = n;
            }
        }
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        res = target_with_star_atom();
    }
    MEMO_END(StarTarget);
}

Expr* Parser::target_with_star_atom() {
    GUARD();
    MEMO_BEGIN(TargetWithStarAtom, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    [&] {
        // t_primary '.' NAME !t_lookahead
        if (Expr* a = t_primary()) {
            if (expect(TT::Dot)) {
                if (Token* b = expect_name()) {
                    if (!t_lookahead() && !error_indicator_) {
                        auto* n = node<Attribute>(start);
                        n->value = a;
                        n->attr = std::string(text(b));
                        n->ctx = ExprContext::Store;
                        res = n;
                        return;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        // t_primary '[' slices ']' !t_lookahead
        if (Expr* a = t_primary()) {
            if (expect(TT::LSqb)) {
                if (Expr* b = slices()) {
                    if (expect(TT::RSqb) && !t_lookahead() && !error_indicator_) {
                        auto* n = node<Subscript>(start);
                        n->value = a;
                        n->slice = b;
                        n->ctx = ExprContext::Store;
                        res = n;
                        return;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        res = star_atom();
    }();
    MEMO_END(TargetWithStarAtom);
}

Expr* Parser::star_atom() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) return set_expr_context(name_token(a), ExprContext::Store);
    if (error_indicator_) return nullptr;
    // '(' target_with_star_atom ')'
    if (expect(TT::LPar)) {
        if (Expr* a = target_with_star_atom()) {
            if (expect(TT::RPar)) return set_expr_context(a, ExprContext::Store);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '(' [star_targets_tuple_seq] ')'
    if (expect(TT::LPar)) {
        Seq<Expr*>* a = star_targets_tuple_seq();
        if (!error_indicator_ && expect(TT::RPar)) {
            auto* n = node<Tuple>(start);
            if (a) n->elts = a->items;
            n->ctx = ExprContext::Store;
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '[' [star_targets_list_seq] ']'
    if (expect(TT::LSqb)) {
        Seq<Expr*>* a = star_targets_list_seq();
        if (!error_indicator_ && expect(TT::RSqb)) {
            auto* n = node<List>(start);
            if (a) n->elts = a->items;
            n->ctx = ExprContext::Store;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::single_target() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = single_subscript_attribute_target()) return a;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Token* a = expect_name()) return set_expr_context(name_token(a), ExprContext::Store);
    if (error_indicator_) return nullptr;
    if (expect(TT::LPar)) {
        if (Expr* a = single_target()) {
            if (expect(TT::RPar)) return a;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::single_subscript_attribute_target() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = t_primary()) {
        if (expect(TT::Dot)) {
            if (Token* b = expect_name()) {
                if (!t_lookahead() && !error_indicator_) {
                    auto* n = node<Attribute>(start);
                    n->value = a;
                    n->attr = std::string(text(b));
                    n->ctx = ExprContext::Store;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* a = t_primary()) {
        if (expect(TT::LSqb)) {
            if (Expr* b = slices()) {
                if (expect(TT::RSqb) && !t_lookahead() && !error_indicator_) {
                    auto* n = node<Subscript>(start);
                    n->value = a;
                    n->slice = b;
                    n->ctx = ExprContext::Store;
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

bool Parser::t_lookahead() {
    Token* t = peek();
    return t && (t->type == TT::LPar || t->type == TT::LSqb || t->type == TT::Dot);
}

Expr* Parser::t_primary() {
    GUARD();
    MEMO_BEGIN(TPrimary, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    if (Expr* a = atom()) {
        if (t_lookahead()) res = a;
    }
    if (!res) mark_ = mark;
    while (res && !error_indicator_) {
        std::size_t m = mark_;
        // t_primary '.' NAME &t_lookahead
        if (expect(TT::Dot)) {
            if (Token* b = expect_name()) {
                if (t_lookahead()) {
                    auto* n = node<Attribute>(start);
                    n->value = res;
                    n->attr = std::string(text(b));
                    res = n;
                    continue;
                }
            }
        }
        mark_ = m;
        if (error_indicator_) break;
        // t_primary '[' slices ']' &t_lookahead
        if (expect(TT::LSqb)) {
            if (Expr* b = slices()) {
                if (expect(TT::RSqb) && t_lookahead()) {
                    auto* n = node<Subscript>(start);
                    n->value = res;
                    n->slice = b;
                    res = n;
                    continue;
                }
            }
        }
        mark_ = m;
        if (error_indicator_) break;
        // t_primary genexp &t_lookahead
        if (Expr* g = genexp()) {
            if (t_lookahead()) {
                auto* n = node<Call>(start);
                n->func = res;
                n->args.push_back(g);
                res = n;
                continue;
            }
        }
        mark_ = m;
        if (error_indicator_) break;
        // t_primary '(' [arguments] ')' &t_lookahead
        if (expect(TT::LPar)) {
            std::size_t m2 = mark_;
            Expr* b = arguments();
            if (!b) mark_ = m2;
            if (!error_indicator_ && expect(TT::RPar) && t_lookahead()) {
                auto* n = node<Call>(start);
                n->func = res;
                if (b) {
                    n->args = b->as<Call>()->args;
                    n->keywords = b->as<Call>()->keywords;
                }
                res = n;
                continue;
            }
        }
        mark_ = m;
        break;
    }
    MEMO_END(TPrimary);
}

Seq<Expr*>* Parser::del_targets() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = del_target()) {
        auto* s = arena_.make<Seq<Expr*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Expr* c = nullptr;
            if (!expect(TT::Comma) || !(c = del_target())) {
                mark_ = m;
                break;
            }
            s->items.push_back(c);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) return s;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::del_target() {
    GUARD();
    MEMO_BEGIN(DelTarget, Expr);
    Pos start = start_pos();
    Expr* res = nullptr;
    [&] {
        if (Expr* a = t_primary()) {
            if (expect(TT::Dot)) {
                if (Token* b = expect_name()) {
                    if (!t_lookahead() && !error_indicator_) {
                        auto* n = node<Attribute>(start);
                        n->value = a;
                        n->attr = std::string(text(b));
                        n->ctx = ExprContext::Del;
                        res = n;
                        return;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        if (Expr* a = t_primary()) {
            if (expect(TT::LSqb)) {
                if (Expr* b = slices()) {
                    if (expect(TT::RSqb) && !t_lookahead() && !error_indicator_) {
                        auto* n = node<Subscript>(start);
                        n->value = a;
                        n->slice = b;
                        n->ctx = ExprContext::Del;
                        res = n;
                        return;
                    }
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return;
        res = del_t_atom();
    }();
    MEMO_END(DelTarget);
}

Expr* Parser::del_t_atom() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* a = expect_name()) return set_expr_context(name_token(a), ExprContext::Del);
    if (error_indicator_) return nullptr;
    if (expect(TT::LPar)) {
        if (Expr* a = del_target()) {
            if (expect(TT::RPar)) return set_expr_context(a, ExprContext::Del);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::LPar)) {
        Seq<Expr*>* a = del_targets();
        if (!error_indicator_ && expect(TT::RPar)) {
            auto* n = node<Tuple>(start);
            if (a) n->elts = a->items;
            n->ctx = ExprContext::Del;
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::LSqb)) {
        Seq<Expr*>* a = del_targets();
        if (!error_indicator_ && expect(TT::RSqb)) {
            auto* n = node<List>(start);
            if (a) n->elts = a->items;
            n->ctx = ExprContext::Del;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::set_expr_context(Expr* e, ExprContext ctx) {
    // A new node with the context set (CPython copies rather than edits: the Load version may
    // be shared through the memo).
    switch (e->kind) {
    case ExprKind::Name: {
        auto* n = arena_.make<Name>(*e->as<Name>());
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Tuple: {
        auto* n = arena_.make<Tuple>(*e->as<Tuple>());
        for (Expr*& x : n->elts) x = set_expr_context(x, ctx);
        n->ctx = ctx;
        return n;
    }
    case ExprKind::List: {
        auto* n = arena_.make<List>(*e->as<List>());
        for (Expr*& x : n->elts) x = set_expr_context(x, ctx);
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Subscript: {
        auto* n = arena_.make<Subscript>(*e->as<Subscript>());
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Attribute: {
        auto* n = arena_.make<Attribute>(*e->as<Attribute>());
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Starred: {
        auto* n = arena_.make<Starred>(*e->as<Starred>());
        n->value = set_expr_context(n->value, ctx);
        n->ctx = ctx;
        return n;
    }
    default: return e;
    }
}

} // namespace loopstep::py::detail
