// String literals: the `strings` rule, which concatenates adjacent literals, decodes escapes
// and parses f-strings into JoinedStr / FormattedValue. This follows CPython 3.11's
// Parser/string_parser.c, where an f-string is still a single STRING token whose replacement
// fields are found by scanning and then parsed as "(expr)" by a nested parser; node positions
// (including 3.11's odd ones for the parts of an f-string) come out the same way.
#include "core/py/parser_impl.h"

#include "core/py/unicode_tables.h"

#include <functional>

namespace loopstep::py::detail {

namespace {

// The decoding state of one `strings` rule (CPython's FstringParser).
struct FstringState {
    std::optional<std::string> last_str;
    std::vector<Expr*> expr_list;
    bool fmode = false;
};

constexpr int kMaxFstringParens = 200;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

class FstringParser {
  public:
    FstringParser(Lexer& lx, Arena& arena) : lx_(lx), arena_(arena) {}

    // Returns false after raising an error on the parser.
    bool concat_fstring(FstringState& state, const char*& str, const char* end, bool raw,
                        int recurse_lvl, Token* first, Token* t, Token* last);
    Expr* finish(FstringState& state, Token* first, Token* last);
    Constant* make_str(std::string s, Token* first, Token* last);

    std::function<void(const std::string&)> raise;
    std::function<bool(const char*, const char*, Token*, Expr*&)> compile_expr;
    std::function<bool(std::string_view, std::string&)> decode;

  private:
    int find_literal(const char*& str, const char* end, bool raw, std::string& literal,
                     bool& have_literal, int recurse_lvl);
    bool find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                   std::optional<std::string>& expr_text, Expr*& expression, Token* first, Token* t,
                   Token* last);
    Expr* fstring_parse(const char*& str, const char* end, bool raw, int recurse_lvl, Token* first,
                        Token* t, Token* last);

    Lexer& lx_;
    Arena& arena_;
};

Constant* FstringParser::make_str(std::string s, Token* first, Token* last) {
    auto* c = arena_.make<Constant>();
    c->value_kind = ConstantKind::Str;
    c->text = std::move(s);
    c->u_prefix = lx_.text(*first).substr(0, 1) == "u";
    c->lineno = first->lineno;
    c->col_offset = first->col_offset;
    c->end_lineno = last->end_lineno;
    c->end_col_offset = last->end_col_offset;
    return c;
}

// Returns -1 on error, 0 at the end of the literal, 1 when a doubled brace ended it early.
int FstringParser::find_literal(const char*& str, const char* end, bool raw, std::string& literal,
                                bool& have_literal, int recurse_lvl) {
    const char* s = str;
    const char* literal_start = s;
    int result = 0;
    have_literal = false;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // The braces of "\N{name}" are not a replacement field.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    str = s - 1;
                    raise("f-string: single '}' is not allowed");
                    return -1;
                }
            }
            --s;
            break;
        }
    }
    str = s;
done:
    if (literal_start != s) {
        std::string_view piece(literal_start, static_cast<std::size_t>(s - literal_start));
        if (raw) {
            literal.assign(piece);
        } else if (!decode(piece, literal)) {
            return -1;
        }
        have_literal = true;
    }
    return result;
}

bool FstringParser::find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                              std::optional<std::string>& expr_text, Expr*& expression,
                              Token* first, Token* t, Token* last) {
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[kMaxFstringParens];
    Expr* format_spec = nullptr;
    int conversion = -1;
    const char* expr_start;
    const char* expr_end;
    Expr* simple_expression = nullptr;
    expr_text.reset();

    if (recurse_lvl >= 2) {
        raise("f-string: expressions nested too deeply");
        return false;
    }
    ++str; // the '{'
    expr_start = str;
    for (; str < end; ++str) {
        char ch = *str;
        if (ch == '\\') {
            raise("f-string expression part cannot include a backslash");
            return false;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (str + 2 < end && str[1] == ch && str[2] == ch) {
                        str += 2;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                } else {
                    quote_char = 0;
                    string_type = 0;
                    continue;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
                string_type = 3;
                str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= kMaxFstringParens) {
                raise("f-string: too many nested parenthesis");
                return false;
            }
            parenstack[nested_depth++] = ch;
        } else if (ch == '#') {
            raise("f-string expression part cannot include '#'");
            return false;
        } else if (nested_depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (str + 1 < end) {
                char next = str[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    ++str;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth) {
                raise(std::string("f-string: unmatched '") + ch + "'");
                return false;
            }
            --nested_depth;
            char opening = parenstack[nested_depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                raise(std::string("f-string: closing parenthesis '") + ch +
                      "' does not match opening parenthesis '" + opening + "'");
                return false;
            }
        }
    }
    expr_end = str;
    if (quote_char) {
        raise("f-string: unterminated string");
        return false;
    }
    if (nested_depth) {
        raise(std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
        return false;
    }
    if (str >= end) goto unexpected_end_of_string;

    if (!compile_expr(expr_start, expr_end, t, simple_expression)) return false;

    if (*str == '=') {
        ++str;
        while (str < end && is_space(*str)) ++str;
        if (str >= end) goto unexpected_end_of_string;
        expr_text = std::string(expr_start, static_cast<std::size_t>(str - expr_start));
    }
    if (*str == '!') {
        ++str;
        if (str >= end) goto unexpected_end_of_string;
        conversion = static_cast<unsigned char>(*str);
        ++str;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    if (str >= end) goto unexpected_end_of_string;
    if (*str == ':') {
        ++str;
        if (str >= end) goto unexpected_end_of_string;
        format_spec = fstring_parse(str, end, raw, recurse_lvl + 1, first, t, last);
        if (!format_spec) return false;
    }
    if (str >= end || *str != '}') goto unexpected_end_of_string;
    ++str;
    if (expr_text && !format_spec && conversion == -1) conversion = 'r';
    {
        auto* fv = arena_.make<FormattedValue>();
        fv->value = simple_expression;
        fv->conversion = conversion;
        fv->format_spec = format_spec;
        fv->lineno = first->lineno;
        fv->col_offset = first->col_offset;
        fv->end_lineno = last->end_lineno;
        fv->end_col_offset = last->end_col_offset;
        expression = fv;
    }
    return true;

unexpected_end_of_string:
    raise("f-string: expecting '}'");
    return false;
}

bool FstringParser::concat_fstring(FstringState& state, const char*& str, const char* end, bool raw,
                                   int recurse_lvl, Token* first, Token* t, Token* last) {
    state.fmode = true;
    for (;;) {
        std::string literal;
        bool have_literal = false;
        std::optional<std::string> expr_text;
        Expr* expression = nullptr;
        int result = find_literal(str, end, raw, literal, have_literal, recurse_lvl);
        if (result < 0) return false;
        if (result == 0 && !(str >= end || *str == '}')) {
            if (!find_expr(str, end, raw, recurse_lvl, expr_text, expression, first, t, last))
                return false;
        }
        if (have_literal && !literal.empty()) {
            if (state.last_str)
                *state.last_str += literal;
            else
                state.last_str = std::move(literal);
        }
        if (expr_text && !expr_text->empty()) {
            if (state.last_str)
                *state.last_str += *expr_text;
            else
                state.last_str = std::move(*expr_text);
        }
        if (result == 1) continue;
        if (!expression) break;
        if (state.last_str) {
            state.expr_list.push_back(make_str(std::move(*state.last_str), first, last));
            state.last_str.reset();
        }
        state.expr_list.push_back(expression);
    }
    if (recurse_lvl == 0 && str < end - 1) {
        raise("f-string: unexpected end of string");
        return false;
    }
    if (recurse_lvl != 0 && *str != '}') {
        raise("f-string: expecting '}'");
        return false;
    }
    return true;
}

Expr* FstringParser::finish(FstringState& state, Token* first, Token* last) {
    if (!state.fmode)
        return make_str(state.last_str ? std::move(*state.last_str) : std::string(), first, last);
    if (state.last_str) {
        state.expr_list.push_back(make_str(std::move(*state.last_str), first, last));
        state.last_str.reset();
    }
    auto* j = arena_.make<JoinedStr>();
    j->values = std::move(state.expr_list);
    j->lineno = first->lineno;
    j->col_offset = first->col_offset;
    j->end_lineno = last->end_lineno;
    j->end_col_offset = last->end_col_offset;
    return j;
}

Expr* FstringParser::fstring_parse(const char*& str, const char* end, bool raw, int recurse_lvl,
                                   Token* first, Token* t, Token* last) {
    FstringState state;
    if (!concat_fstring(state, str, end, raw, recurse_lvl, first, t, last)) return nullptr;
    return finish(state, t, t);
}

Expr* Parser::strings() {
    Guard guard_(*this);
    if (guard_.failed) return nullptr;
    void* memo_res;
    if (is_memoized(Memo::Strings, memo_res)) return static_cast<Expr*>(memo_res);
    std::size_t mark = mark_;
    std::vector<Token*> toks;
    while (Token* t = expect(TT::String)) toks.push_back(t);
    Expr* res = nullptr;
    if (!error_indicator_ && !toks.empty()) res = concatenate_strings(toks);
    if (error_indicator_) return nullptr;
    if (!res) mark_ = mark;
    memoize(mark, Memo::Strings, res);
    return res;
}

Expr* Parser::concatenate_strings(const std::vector<Token*>& toks) {
    Token* first = toks.front();
    Token* last = toks.back();
    bool bytesmode = false;
    std::string bytes;
    FstringState state;
    FstringParser fp(lx_, arena_);
    bool failed = false;
    // Errors while decoding are reported where the parser stands (CPython raises them from
    // the rule's action, after it looked at the token that follows the strings).
    fp.raise = [this, &failed](const std::string& msg) {
        failed = true;
        if (!error_indicator_) raise_error(ErrorKind::SyntaxError, msg);
    };
    fp.decode = [this, &fp, &failed, last](std::string_view body, std::string& out) {
        std::string error;
        switch (decode_str_escapes(body, out, error)) {
        case DecodeStatus::Ok: return true;
        case DecodeStatus::Error: fp.raise(error); return false;
        case DecodeStatus::NamedEscape:
            failed = true;
            if (!error_indicator_) {
                raise_known_location(last, "\\N{...} escapes in strings are not supported by "
                                           "loopstep");
                err_->kind = ErrorKind::Unsupported;
            }
            return false;
        }
        return false;
    };
    fp.compile_expr = [this, &fp](const char* expr_start, const char* expr_end, Token* t,
                                  Expr*& result) -> bool {
        const char* s = expr_start;
        for (; s != expr_end; ++s) {
            char c = *s;
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
        }
        if (s == expr_end) {
            if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
                fp.raise(std::string("f-string: expression required before '") + *expr_end + "'");
                return false;
            }
            fp.raise("f-string: empty expression not allowed");
            return false;
        }
        // Where the expression sits: lines and columns counted within the token's text.
        std::string_view tok_text = lx_.text(*t);
        const char* parent = tok_text.data();
        const char* brace = expr_start - 1;
        int lines = 0, cols = 0;
        bool newline_after_brace = true;
        for (const char* q = expr_start;
             q < tok_text.data() + tok_text.size() && *q != '}' && *q != '\n'; ++q) {
            if (*q != ' ' && *q != '\t' && *q != '\f') {
                newline_after_brace = false;
                break;
            }
        }
        if (!newline_after_brace) {
            const char* q = brace;
            while (q > parent && *q != '\n') --q;
            cols += static_cast<int>(brace - q);
            if (*q == '\n') cols -= 1;
        }
        for (const char* q = parent; q < brace; ++q)
            if (*q == '\n') ++lines;
        std::string src = "(";
        src.append(expr_start, static_cast<std::size_t>(expr_end - expr_start));
        src += ")";
        Lexer sub(src, lx_.filename());
        Parser p2(sub, mod_, true, t->lineno + lines, lines != 0 ? cols : t->col_offset + cols);
        p2.level_ = level_;
        result = p2.parse_fstring_expr();
        for (LexWarning w : sub.warnings()) {
            w.lineno += t->lineno + lines - 1;
            lx_.add_warning(std::move(w));
        }
        if (!result) {
            err_ = std::move(p2.err_);
            error_indicator_ = true;
            return false;
        }
        return true;
    };

    for (std::size_t i = 0; i < toks.size() && !failed; ++i) {
        Token* t = toks[i];
        std::string_view s = text(t);
        StringPrefix prefix = parse_string_prefix(s);
        std::string_view body = s.substr(prefix.prefix_len + prefix.quote_len,
                                         s.size() - prefix.prefix_len - 2 * prefix.quote_len);
        if (i != 0 && bytesmode != prefix.bytes) {
            fp.raise("cannot mix bytes and nonbytes literals");
            break;
        }
        bytesmode = prefix.bytes;
        if (prefix.fstring) {
            const char* str = body.data();
            const char* end = body.data() + body.size();
            if (!fp.concat_fstring(state, str, end, prefix.raw, 0, first, t, last)) failed = true;
            continue;
        }
        bool raw = prefix.raw || body.find('\\') == std::string_view::npos;
        if (prefix.bytes) {
            for (std::size_t k = prefix.prefix_len + prefix.quote_len; k < s.size(); ++k) {
                if (static_cast<unsigned char>(s[k]) >= 0x80) {
                    failed = true;
                    raise_error(ErrorKind::SyntaxError,
                                "bytes can only contain ASCII literal characters");
                    break;
                }
            }
            if (failed) break;
            std::string piece;
            if (raw) {
                piece.assign(body);
            } else {
                std::string error;
                if (!decode_bytes_escapes(body, piece, error)) {
                    fp.raise(error);
                    break;
                }
            }
            bytes += piece;
            continue;
        }
        std::string piece;
        if (raw) {
            piece.assign(body);
        } else if (!fp.decode(body, piece)) {
            break;
        }
        if (piece.empty()) continue;
        if (state.last_str)
            *state.last_str += piece;
        else
            state.last_str = std::move(piece);
    }
    if (failed || error_indicator_) return nullptr;
    if (bytesmode) {
        auto* c = arena_.make<Constant>();
        c->value_kind = ConstantKind::Bytes;
        c->text = std::move(bytes);
        c->lineno = first->lineno;
        c->col_offset = first->col_offset;
        c->end_lineno = last->end_lineno;
        c->end_col_offset = last->end_col_offset;
        return c;
    }
    return fp.finish(state, first, last);
}

} // namespace loopstep::py::detail
