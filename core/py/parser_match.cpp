// The match statement rules of python.gram (3.11). loopstep does not run match statements,
// but parses them fully so that they are reported as unsupported (with their location) rather
// than as syntax errors, and so that their trees compare equal to CPython's.
#include "core/py/parser_impl.h"

namespace loopstep::py::detail {

#define GUARD()                                                                                    \
    Guard guard_(*this);                                                                           \
    if (guard_.failed) return nullptr

Stmt* Parser::match_stmt() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    // "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    if (expect_soft_keyword("match")) {
        if (Expr* subject = subject_expr()) {
            if (expect(TT::Colon) && expect(TT::Newline) && expect(TT::Indent)) {
                std::vector<MatchCase*> cases;
                for (;;) {
                    std::size_t m = mark_;
                    MatchCase* c = case_block();
                    if (!c) {
                        mark_ = m;
                        break;
                    }
                    cases.push_back(c);
                }
                if (!cases.empty() && !error_indicator_ && expect(TT::Dedent)) {
                    auto* n = node<Match>(start);
                    n->subject = subject;
                    n->cases = std::move(cases);
                    return n;
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_match_stmt();
        mark_ = mark;
    }
    return nullptr;
}

Expr* Parser::subject_expr() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* value = star_named_expression()) {
        if (expect(TT::Comma)) {
            std::size_t m = mark_;
            Seq<Expr*>* values = star_named_expressions();
            if (!values) mark_ = m;
            if (!error_indicator_) {
                auto* t = node<Tuple>(start);
                t->elts.push_back(value);
                if (values)
                    t->elts.insert(t->elts.end(), values->items.begin(), values->items.end());
                return t;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* e = named_expression()) return e;
    mark_ = mark;
    return nullptr;
}

MatchCase* Parser::case_block() {
    GUARD();
    std::size_t mark = mark_;
    if (call_invalid_rules_) {
        invalid_case_block();
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (expect_soft_keyword("case")) {
        if (Pattern* p = patterns()) {
            std::size_t m = mark_;
            Expr* g = guard();
            if (!g) mark_ = m;
            if (!error_indicator_ && expect(TT::Colon)) {
                if (std::vector<Stmt*>* body = block()) {
                    auto* c = arena_.make<MatchCase>();
                    c->pattern = p;
                    c->guard = g;
                    c->body = *body;
                    return c;
                }
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::guard() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::KwIf)) {
        if (Expr* g = named_expression()) return g;
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::patterns() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Seq<Pattern*>* ps = open_sequence_pattern()) {
        auto* n = node<MatchSequence>(start);
        n->patterns = ps->items;
        return n;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Pattern* p = pattern()) return p;
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (Pattern* p = as_pattern()) return p;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Pattern* p = or_pattern()) return p;
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::as_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Pattern* p = or_pattern()) {
        if (expect(TT::KwAs)) {
            if (Expr* target = pattern_capture_target()) {
                auto* n = node<MatchAs>(start);
                n->pattern = p;
                n->name = target->as<Name>()->id;
                return n;
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_as_pattern();
        mark_ = mark;
    }
    return nullptr;
}

Pattern* Parser::or_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Pattern* a = closed_pattern()) {
        std::vector<Pattern*> ps{a};
        for (;;) {
            std::size_t m = mark_;
            Pattern* b = nullptr;
            if (!expect(TT::VBar) || !(b = closed_pattern())) {
                mark_ = m;
                break;
            }
            ps.push_back(b);
        }
        if (error_indicator_) return nullptr;
        if (ps.size() == 1) return a;
        auto* n = node<MatchOr>(start);
        n->patterns = std::move(ps);
        return n;
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::closed_pattern() {
    GUARD();
    void* memo;
    if (is_memoized(Memo::ClosedPattern, memo)) return static_cast<Pattern*>(memo);
    std::size_t mark = mark_;
    Pattern* res = nullptr;
    Pattern* (Parser::*alts[])() = {&Parser::literal_pattern,  &Parser::capture_pattern,
                                    &Parser::wildcard_pattern, &Parser::value_pattern,
                                    &Parser::group_pattern,    &Parser::sequence_pattern,
                                    &Parser::mapping_pattern,  &Parser::class_pattern};
    for (auto alt : alts) {
        if ((res = (this->*alt)())) break;
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::ClosedPattern, res);
    return res;
}

Pattern* Parser::literal_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    auto value = [&](Expr* v) {
        auto* n = node<MatchValue>(start);
        n->value = v;
        return n;
    };
    if (Expr* v = signed_number()) {
        if (!at(TT::Plus) && !at(TT::Minus) && !error_indicator_) return value(v);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* v = complex_number()) return value(v);
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (at(TT::String)) {
        if (Expr* v = strings()) return value(v);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    for (TT kw : {TT::KwNone, TT::KwTrue, TT::KwFalse}) {
        if (expect(kw)) {
            auto* n = node<MatchSingleton>(start);
            n->value = kw == TT::KwNone   ? ConstantKind::None
                       : kw == TT::KwTrue ? ConstantKind::True
                                          : ConstantKind::False;
            return n;
        }
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

Expr* Parser::literal_expr() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* v = signed_number()) {
        if (!at(TT::Plus) && !at(TT::Minus) && !error_indicator_) return v;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Expr* v = complex_number()) return v;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (at(TT::String)) {
        if (Expr* v = strings()) return v;
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    Token* t = peek();
    if (t && (t->type == TT::KwNone || t->type == TT::KwTrue || t->type == TT::KwFalse)) {
        ++mark_;
        auto* c = node_at<Constant>(t);
        c->value_kind = t->type == TT::KwNone   ? ConstantKind::None
                        : t->type == TT::KwTrue ? ConstantKind::True
                                                : ConstantKind::False;
        return c;
    }
    return nullptr;
}

Expr* Parser::complex_number() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    for (TT sign : {TT::Plus, TT::Minus}) {
        if (Expr* real = signed_real_number()) {
            if (expect(sign)) {
                if (Expr* imag = imaginary_number()) {
                    auto* n = node<BinOp>(start);
                    n->left = real;
                    n->op = sign == TT::Plus ? Operator::Add : Operator::Sub;
                    n->right = imag;
                    return n;
                }
            }
        }
        mark_ = mark;
        if (error_indicator_) return nullptr;
    }
    return nullptr;
}

Expr* Parser::signed_number() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Token* t = expect(TT::Number)) return number_token(t);
    if (error_indicator_) return nullptr;
    if (expect(TT::Minus)) {
        if (Token* t = expect(TT::Number)) {
            auto* n = node<UnaryOp>(start);
            n->op = UnaryOpKind::USub;
            n->operand = number_token(t);
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::signed_real_number() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* r = real_number()) return r;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::Minus)) {
        if (Expr* r = real_number()) {
            auto* n = node<UnaryOp>(start);
            n->op = UnaryOpKind::USub;
            n->operand = r;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::real_number() {
    GUARD();
    if (Token* t = expect(TT::Number)) {
        Expr* e = number_token(t);
        if (e->as<Constant>()->value_kind == ConstantKind::Complex) {
            raise_known_location(e, "real number required in complex literal");
            return nullptr;
        }
        return e;
    }
    return nullptr;
}

Expr* Parser::imaginary_number() {
    GUARD();
    if (Token* t = expect(TT::Number)) {
        Expr* e = number_token(t);
        if (e->as<Constant>()->value_kind != ConstantKind::Complex) {
            raise_known_location(e, "imaginary number required in complex literal");
            return nullptr;
        }
        return e;
    }
    return nullptr;
}

Pattern* Parser::capture_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* target = pattern_capture_target()) {
        auto* n = node<MatchAs>(start);
        n->name = target->as<Name>()->id;
        return n;
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::pattern_capture_target() {
    GUARD();
    std::size_t mark = mark_;
    // !"_" NAME !('.' | '(' | '=')
    {
        std::size_t m = mark_;
        bool underscore = expect_soft_keyword("_") != nullptr;
        mark_ = m;
        if (underscore || error_indicator_) return nullptr;
    }
    if (Token* name = expect_name()) {
        if (!at(TT::Dot) && !at(TT::LPar) && !at(TT::Equal) && !error_indicator_)
            return set_expr_context(name_token(name), ExprContext::Store);
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::wildcard_pattern() {
    GUARD();
    Pos start = start_pos();
    if (expect_soft_keyword("_")) return node<MatchAs>(start);
    return nullptr;
}

Pattern* Parser::value_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (Expr* a = attr()) {
        if (!at(TT::Dot) && !at(TT::LPar) && !at(TT::Equal) && !error_indicator_) {
            auto* n = node<MatchValue>(start);
            n->value = a;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::attr() {
    // attr: name_or_attr '.' NAME, with name_or_attr: attr | NAME (left-recursive: a loop)
    GUARD();
    void* memo;
    if (is_memoized(Memo::Attr, memo)) return static_cast<Expr*>(memo);
    std::size_t mark = mark_;
    Pos start = start_pos();
    Expr* res = nullptr;
    if (Token* n = expect_name()) {
        Expr* value = name_token(n);
        for (;;) {
            std::size_t m = mark_;
            Token* b = nullptr;
            if (!expect(TT::Dot) || !(b = expect_name())) {
                mark_ = m;
                break;
            }
            auto* a = node<Attribute>(start);
            a->value = value;
            a->attr = std::string(text(b));
            value = a;
            res = a;
        }
    }
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::Attr, res);
    return res;
}

Expr* Parser::name_or_attr() {
    GUARD();
    std::size_t mark = mark_;
    if (Expr* a = attr()) return a;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Token* n = expect_name()) return name_token(n);
    return nullptr;
}

Pattern* Parser::group_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::LPar)) {
        if (Pattern* p = pattern()) {
            if (expect(TT::RPar)) return p;
        }
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::sequence_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    if (expect(TT::LSqb)) {
        std::size_t m = mark_;
        Seq<Pattern*>* ps = maybe_sequence_pattern();
        if (!ps) mark_ = m;
        if (!error_indicator_ && expect(TT::RSqb)) {
            auto* n = node<MatchSequence>(start);
            if (ps) n->patterns = ps->items;
            return n;
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (expect(TT::LPar)) {
        std::size_t m = mark_;
        Seq<Pattern*>* ps = open_sequence_pattern();
        if (!ps) mark_ = m;
        if (!error_indicator_ && expect(TT::RPar)) {
            auto* n = node<MatchSequence>(start);
            if (ps) n->patterns = ps->items;
            return n;
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Pattern*>* Parser::open_sequence_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (Pattern* p = maybe_star_pattern()) {
        if (expect(TT::Comma)) {
            std::size_t m = mark_;
            Seq<Pattern*>* rest = maybe_sequence_pattern();
            if (!rest) mark_ = m;
            if (!error_indicator_) {
                auto* s = arena_.make<Seq<Pattern*>>();
                s->items.push_back(p);
                if (rest) s->items.insert(s->items.end(), rest->items.begin(), rest->items.end());
                return s;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<Pattern*>* Parser::maybe_sequence_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (Pattern* p = maybe_star_pattern()) {
        auto* s = arena_.make<Seq<Pattern*>>();
        s->items.push_back(p);
        for (;;) {
            std::size_t m = mark_;
            Pattern* q = nullptr;
            if (!expect(TT::Comma) || !(q = maybe_star_pattern())) {
                mark_ = m;
                break;
            }
            s->items.push_back(q);
        }
        if (!error_indicator_) {
            expect(TT::Comma);
            if (!error_indicator_) return s;
        }
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::maybe_star_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (Pattern* p = star_pattern()) return p;
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (Pattern* p = pattern()) return p;
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::star_pattern() {
    GUARD();
    void* memo;
    if (is_memoized(Memo::StarPattern, memo)) return static_cast<Pattern*>(memo);
    std::size_t mark = mark_;
    Pos start = start_pos();
    Pattern* res = nullptr;
    if (expect(TT::Star)) {
        if (Expr* target = pattern_capture_target()) {
            auto* n = node<MatchStar>(start);
            n->name = target->as<Name>()->id;
            res = n;
        }
    }
    if (!res && !error_indicator_) {
        mark_ = mark;
        if (expect(TT::Star) && wildcard_pattern()) res = node<MatchStar>(start);
    }
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::StarPattern, res);
    return res;
}

Pattern* Parser::mapping_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    auto make = [&](Seq<KeyPatternPair*>* items, Expr* rest) {
        auto* n = node<MatchMapping>(start);
        if (items) {
            for (KeyPatternPair* kp : items->items) {
                n->keys.push_back(kp->key);
                n->patterns.push_back(kp->pattern);
            }
        }
        if (rest) n->rest = rest->as<Name>()->id;
        return n;
    };
    // '{' '}'
    if (expect(TT::LBrace) && expect(TT::RBrace)) return make(nullptr, nullptr);
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '{' double_star_pattern ','? '}'
    if (expect(TT::LBrace)) {
        if (Expr* rest = double_star_pattern()) {
            expect(TT::Comma);
            if (!error_indicator_ && expect(TT::RBrace)) return make(nullptr, rest);
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '{' items_pattern ',' double_star_pattern ','? '}'
    if (expect(TT::LBrace)) {
        if (Seq<KeyPatternPair*>* items = items_pattern()) {
            if (expect(TT::Comma)) {
                if (Expr* rest = double_star_pattern()) {
                    expect(TT::Comma);
                    if (!error_indicator_ && expect(TT::RBrace)) return make(items, rest);
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // '{' items_pattern ','? '}'
    if (expect(TT::LBrace)) {
        if (Seq<KeyPatternPair*>* items = items_pattern()) {
            expect(TT::Comma);
            if (!error_indicator_ && expect(TT::RBrace)) return make(items, nullptr);
        }
    }
    mark_ = mark;
    return nullptr;
}

Seq<KeyPatternPair*>* Parser::items_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (KeyPatternPair* a = key_value_pattern()) {
        auto* s = arena_.make<Seq<KeyPatternPair*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            KeyPatternPair* b = nullptr;
            if (!expect(TT::Comma) || !(b = key_value_pattern())) {
                mark_ = m;
                break;
            }
            s->items.push_back(b);
        }
        if (!error_indicator_) return s;
    }
    mark_ = mark;
    return nullptr;
}

KeyPatternPair* Parser::key_value_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Expr* key = literal_expr();
    if (!key) {
        mark_ = mark;
        if (error_indicator_) return nullptr;
        key = attr();
    }
    if (key && expect(TT::Colon)) {
        if (Pattern* p = pattern()) {
            auto* kp = arena_.make<KeyPatternPair>();
            kp->key = key;
            kp->pattern = p;
            return kp;
        }
    }
    mark_ = mark;
    return nullptr;
}

Expr* Parser::double_star_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (expect(TT::DoubleStar)) {
        if (Expr* t = pattern_capture_target()) return t;
    }
    mark_ = mark;
    return nullptr;
}

Pattern* Parser::class_pattern() {
    GUARD();
    std::size_t mark = mark_;
    Pos start = start_pos();
    auto make = [&](Expr* cls, Seq<Pattern*>* ps, Seq<KeyPatternPair*>* kws) {
        auto* n = node<MatchClass>(start);
        n->cls = cls;
        if (ps) n->patterns = ps->items;
        if (kws) {
            for (KeyPatternPair* kp : kws->items) {
                n->kwd_attrs.push_back(kp->key->as<Name>()->id);
                n->kwd_patterns.push_back(kp->pattern);
            }
        }
        return n;
    };
    // name_or_attr '(' ')'
    if (Expr* cls = name_or_attr()) {
        if (expect(TT::LPar) && expect(TT::RPar)) return make(cls, nullptr, nullptr);
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // name_or_attr '(' positional_patterns ','? ')'
    if (Expr* cls = name_or_attr()) {
        if (expect(TT::LPar)) {
            if (Seq<Pattern*>* ps = positional_patterns()) {
                expect(TT::Comma);
                if (!error_indicator_ && expect(TT::RPar)) return make(cls, ps, nullptr);
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // name_or_attr '(' keyword_patterns ','? ')'
    if (Expr* cls = name_or_attr()) {
        if (expect(TT::LPar)) {
            if (Seq<KeyPatternPair*>* kws = keyword_patterns()) {
                expect(TT::Comma);
                if (!error_indicator_ && expect(TT::RPar)) return make(cls, nullptr, kws);
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    // name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    if (Expr* cls = name_or_attr()) {
        if (expect(TT::LPar)) {
            if (Seq<Pattern*>* ps = positional_patterns()) {
                if (expect(TT::Comma)) {
                    if (Seq<KeyPatternPair*>* kws = keyword_patterns()) {
                        expect(TT::Comma);
                        if (!error_indicator_ && expect(TT::RPar)) return make(cls, ps, kws);
                    }
                }
            }
        }
    }
    mark_ = mark;
    if (error_indicator_) return nullptr;
    if (call_invalid_rules_) {
        invalid_class_pattern();
        mark_ = mark;
    }
    return nullptr;
}

Seq<Pattern*>* Parser::positional_patterns() {
    GUARD();
    std::size_t mark = mark_;
    if (Pattern* a = pattern()) {
        auto* s = arena_.make<Seq<Pattern*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            Pattern* b = nullptr;
            if (!expect(TT::Comma) || !(b = pattern())) {
                mark_ = m;
                break;
            }
            s->items.push_back(b);
        }
        if (!error_indicator_) return s;
    }
    mark_ = mark;
    return nullptr;
}

Seq<KeyPatternPair*>* Parser::keyword_patterns() {
    GUARD();
    std::size_t mark = mark_;
    if (KeyPatternPair* a = keyword_pattern()) {
        auto* s = arena_.make<Seq<KeyPatternPair*>>();
        s->items.push_back(a);
        for (;;) {
            std::size_t m = mark_;
            KeyPatternPair* b = nullptr;
            if (!expect(TT::Comma) || !(b = keyword_pattern())) {
                mark_ = m;
                break;
            }
            s->items.push_back(b);
        }
        if (!error_indicator_) return s;
    }
    mark_ = mark;
    return nullptr;
}

KeyPatternPair* Parser::keyword_pattern() {
    GUARD();
    std::size_t mark = mark_;
    if (Token* arg = expect_name()) {
        if (expect(TT::Equal)) {
            if (Pattern* value = pattern()) {
                auto* kp = arena_.make<KeyPatternPair>();
                kp->key = name_token(arg);
                kp->pattern = value;
                return kp;
            }
        }
    }
    mark_ = mark;
    return nullptr;
}

} // namespace loopstep::py::detail
