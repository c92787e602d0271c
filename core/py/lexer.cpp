// The Python tokenizer; see lexer.h. The scanning functions mirror CPython 3.11's tok_get,
// tok_nextc and friends closely, including their quirks, since error messages and positions are
// part of what must match.
#include "core/py/lexer.h"

#include "core/py/unicode_tables.h"

#include <cstdio>
#include <cstring>

namespace loopstep::py {

namespace {

constexpr int kEof = -1;
constexpr int kTabSize = 8;

bool is_potential_identifier_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

bool is_potential_identifier_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 128;
}

bool is_digit(int c) {
    return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

TokenType one_char(int c) {
    switch (c) {
    case '%': return TokenType::Percent;
    case '&': return TokenType::Amper;
    case '(': return TokenType::LPar;
    case ')': return TokenType::RPar;
    case '*': return TokenType::Star;
    case '+': return TokenType::Plus;
    case ',': return TokenType::Comma;
    case '-': return TokenType::Minus;
    case '.': return TokenType::Dot;
    case '/': return TokenType::Slash;
    case ':': return TokenType::Colon;
    case ';': return TokenType::Semi;
    case '<': return TokenType::Less;
    case '=': return TokenType::Equal;
    case '>': return TokenType::Greater;
    case '@': return TokenType::At;
    case '[': return TokenType::LSqb;
    case ']': return TokenType::RSqb;
    case '^': return TokenType::Circumflex;
    case '{': return TokenType::LBrace;
    case '|': return TokenType::VBar;
    case '}': return TokenType::RBrace;
    case '~': return TokenType::Tilde;
    default: return TokenType::Op;
    }
}

TokenType two_chars(int c1, int c2) {
    switch (c1) {
    case '!': return c2 == '=' ? TokenType::NotEqual : TokenType::Op;
    case '%': return c2 == '=' ? TokenType::PercentEqual : TokenType::Op;
    case '&': return c2 == '=' ? TokenType::AmperEqual : TokenType::Op;
    case '*':
        if (c2 == '*') return TokenType::DoubleStar;
        return c2 == '=' ? TokenType::StarEqual : TokenType::Op;
    case '+': return c2 == '=' ? TokenType::PlusEqual : TokenType::Op;
    case '-':
        if (c2 == '=') return TokenType::MinEqual;
        return c2 == '>' ? TokenType::RArrow : TokenType::Op;
    case '/':
        if (c2 == '/') return TokenType::DoubleSlash;
        return c2 == '=' ? TokenType::SlashEqual : TokenType::Op;
    case ':': return c2 == '=' ? TokenType::ColonEqual : TokenType::Op;
    case '<':
        if (c2 == '<') return TokenType::LeftShift;
        if (c2 == '=') return TokenType::LessEqual;
        // "<>" is NOTEQUAL to the tokenizer; the parser rejects it (Barry as FLUFL).
        return c2 == '>' ? TokenType::NotEqual : TokenType::Op;
    case '=': return c2 == '=' ? TokenType::EqEqual : TokenType::Op;
    case '>':
        if (c2 == '=') return TokenType::GreaterEqual;
        return c2 == '>' ? TokenType::RightShift : TokenType::Op;
    case '@': return c2 == '=' ? TokenType::AtEqual : TokenType::Op;
    case '^': return c2 == '=' ? TokenType::CircumflexEqual : TokenType::Op;
    case '|': return c2 == '=' ? TokenType::VBarEqual : TokenType::Op;
    default: return TokenType::Op;
    }
}

TokenType three_chars(int c1, int c2, int c3) {
    if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return TokenType::Op;
    if (c1 == '*' && c2 == '*') return TokenType::DoubleStarEqual;
    if (c1 == '/' && c2 == '/') return TokenType::DoubleSlashEqual;
    if (c1 == '<' && c2 == '<') return TokenType::LeftShiftEqual;
    if (c1 == '>' && c2 == '>') return TokenType::RightShiftEqual;
    if (c1 == '.' && c2 == '.' && c3 == '.') return TokenType::Ellipsis;
    return TokenType::Op;
}

struct Keyword {
    std::string_view text;
    TokenType type;
};

constexpr Keyword kKeywords[] = {
    {"False", TokenType::KwFalse},
    {"None", TokenType::KwNone},
    {"True", TokenType::KwTrue},
    {"and", TokenType::KwAnd},
    {"as", TokenType::KwAs},
    {"assert", TokenType::KwAssert},
    {"async", TokenType::KwAsync},
    {"await", TokenType::KwAwait},
    {"break", TokenType::KwBreak},
    {"class", TokenType::KwClass},
    {"continue", TokenType::KwContinue},
    {"def", TokenType::KwDef},
    {"del", TokenType::KwDel},
    {"elif", TokenType::KwElif},
    {"else", TokenType::KwElse},
    {"except", TokenType::KwExcept},
    {"finally", TokenType::KwFinally},
    {"for", TokenType::KwFor},
    {"from", TokenType::KwFrom},
    {"global", TokenType::KwGlobal},
    {"if", TokenType::KwIf},
    {"import", TokenType::KwImport},
    {"in", TokenType::KwIn},
    {"is", TokenType::KwIs},
    {"lambda", TokenType::KwLambda},
    {"nonlocal", TokenType::KwNonlocal},
    {"not", TokenType::KwNot},
    {"or", TokenType::KwOr},
    {"pass", TokenType::KwPass},
    {"raise", TokenType::KwRaise},
    {"return", TokenType::KwReturn},
    {"try", TokenType::KwTry},
    {"while", TokenType::KwWhile},
    {"with", TokenType::KwWith},
    {"yield", TokenType::KwYield},
};

TokenType keyword_or_name(std::string_view s) {
    if (s.size() < 2 || s.size() > 8) return TokenType::Name;
    if (s[0] < 'F' || s[0] > 'y') return TokenType::Name;
    for (const Keyword& k : kKeywords)
        if (s.size() == k.text.size() && s[0] == k.text[0] && s == k.text) return k.type;
    return TokenType::Name;
}

std::string hex4(std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    return buf;
}

} // namespace

const char* token_type_spelling(TokenType type) {
    switch (type) {
    case TokenType::EndMarker: return "ENDMARKER";
    case TokenType::Name: return "NAME";
    case TokenType::Number: return "NUMBER";
    case TokenType::String: return "STRING";
    case TokenType::Newline: return "NEWLINE";
    case TokenType::Indent: return "INDENT";
    case TokenType::Dedent: return "DEDENT";
    case TokenType::LPar: return "(";
    case TokenType::RPar: return ")";
    case TokenType::LSqb: return "[";
    case TokenType::RSqb: return "]";
    case TokenType::Colon: return ":";
    case TokenType::Comma: return ",";
    case TokenType::Semi: return ";";
    case TokenType::Plus: return "+";
    case TokenType::Minus: return "-";
    case TokenType::Star: return "*";
    case TokenType::Slash: return "/";
    case TokenType::VBar: return "|";
    case TokenType::Amper: return "&";
    case TokenType::Less: return "<";
    case TokenType::Greater: return ">";
    case TokenType::Equal: return "=";
    case TokenType::Dot: return ".";
    case TokenType::Percent: return "%";
    case TokenType::LBrace: return "{";
    case TokenType::RBrace: return "}";
    case TokenType::EqEqual: return "==";
    case TokenType::NotEqual: return "!=";
    case TokenType::LessEqual: return "<=";
    case TokenType::GreaterEqual: return ">=";
    case TokenType::Tilde: return "~";
    case TokenType::Circumflex: return "^";
    case TokenType::LeftShift: return "<<";
    case TokenType::RightShift: return ">>";
    case TokenType::DoubleStar: return "**";
    case TokenType::PlusEqual: return "+=";
    case TokenType::MinEqual: return "-=";
    case TokenType::StarEqual: return "*=";
    case TokenType::SlashEqual: return "/=";
    case TokenType::PercentEqual: return "%=";
    case TokenType::AmperEqual: return "&=";
    case TokenType::VBarEqual: return "|=";
    case TokenType::CircumflexEqual: return "^=";
    case TokenType::LeftShiftEqual: return "<<=";
    case TokenType::RightShiftEqual: return ">>=";
    case TokenType::DoubleStarEqual: return "**=";
    case TokenType::DoubleSlash: return "//";
    case TokenType::DoubleSlashEqual: return "//=";
    case TokenType::At: return "@";
    case TokenType::AtEqual: return "@=";
    case TokenType::RArrow: return "->";
    case TokenType::Ellipsis: return "...";
    case TokenType::ColonEqual: return ":=";
    case TokenType::Op: return "OP";
    case TokenType::ErrorToken: return "ERRORTOKEN";
    default: break;
    }
    for (const Keyword& k : kKeywords)
        if (k.type == type) return k.text.data();
    return "?";
}

namespace {

// PEP 263: a comment line among the first two that mentions "coding:" or "coding=".
bool has_coding_cookie(std::string_view source) {
    std::size_t pos = 0;
    for (int l = 0; l < 2 && pos < source.size(); ++l) {
        std::size_t nl = source.find('\n', pos);
        std::string_view line = source.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        std::size_t i = 0;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
        if (i < line.size() && line[i] == '#') {
            for (std::size_t k = line.find("coding", i); k != std::string_view::npos;
                 k = line.find("coding", k + 1)) {
                if (k + 6 < line.size() && (line[k + 6] == ':' || line[k + 6] == '=')) return true;
            }
        } else if (i < line.size()) {
            return false; // code on line 1: no cookie on line 2 either
        }
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return false;
}

} // namespace

Lexer::Lexer(std::string_view source, std::string filename) : filename_(std::move(filename)) {
    if (source.substr(0, 3) == "\xEF\xBB\xBF") {
        source.remove_prefix(3);
        has_bom_ = true;
    }
    declares_encoding_ = has_bom_ || has_coding_cookie(source);
    src_.reserve(source.size() + 1);
    bool plain = true;
    for (char c : source)
        if (c == '\r' || c == '\0') plain = false;
    if (plain) {
        src_.assign(source);
    } else {
        normalize(source);
    }
    if (!src_.empty() && src_.back() != '\n') src_ += '\n';
    line_starts_.push_back(0);
    for (std::size_t i = src_.find('\n'); i != std::string::npos && i + 1 < src_.size();
         i = src_.find('\n', i + 1))
        line_starts_.push_back(i + 1);
    if (src_.empty()) line_starts_.clear();
}

// CPython reads the file with universal newlines, as C strings: "\r\n" and "\r" end lines,
// and a NUL byte ends what it sees of a line.
void Lexer::normalize(std::string_view source) {
    for (std::size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\0') {
            while (i + 1 < source.size() && source[i + 1] != '\n' && source[i + 1] != '\r') ++i;
            continue;
        }
        if (c == '\r') {
            src_ += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            src_ += c;
        }
    }
}

std::string_view Lexer::line(int lineno) const {
    std::string_view l = line_with_newline(lineno);
    if (!l.empty() && l.back() == '\n') l.remove_suffix(1);
    return l;
}

std::string_view Lexer::line_with_newline(int lineno) const {
    if (lineno < 1 || lineno > line_count()) return {};
    std::size_t b = line_starts_[lineno - 1];
    std::size_t e = lineno < line_count() ? line_starts_[lineno] : src_.size();
    return std::string_view(src_).substr(b, e - b);
}

std::string Lexer::error_line(int lineno) const {
    std::string l(line_with_newline(lineno));
    if (lineno == 1 && has_bom_) l.insert(0, "\xEF\xBB\xBF");
    return l;
}

// CPython reads a line at a time: the line number advances when the first character of the
// next line is read, not when '\n' is consumed.
int Lexer::nextc() {
    if (cur_ == line_end_) {
        if (cur_ >= src_.size()) {
            if (done_ == Done::Ok) done_ = Done::Eof;
            return kEof;
        }
        ++lineno_;
        line_start_ = cur_;
        std::size_t nl = src_.find('\n', cur_);
        line_end_ = nl == std::string::npos ? src_.size() : nl + 1;
        if (!check_utf8_line()) return kEof;
    }
    return static_cast<unsigned char>(src_[cur_++]);
}

// CPython checks each line it reads for UTF-8 (without a coding declaration), with this
// lenient test, and stops with its own message at the first bad line.
bool Lexer::check_utf8_line() {
    for (std::size_t i = line_start_; i < line_end_;) {
        auto c = static_cast<unsigned char>(src_[i]);
        int expected;
        if (c < 0x80)
            expected = 0;
        else if (c < 0xC0)
            expected = -1;
        else if (c < 0xE0)
            expected = 1;
        else if (c < 0xF0)
            expected = 2;
        else if (c < 0xF8)
            expected = 3;
        else
            expected = -1;
        for (int k = 1; k <= expected; ++k) {
            std::size_t j = i + static_cast<std::size_t>(k);
            auto b = j < line_end_ ? static_cast<unsigned char>(src_[j]) : 0;
            if (b < 0x80 || b >= 0xC0) expected = -1;
        }
        if (expected < 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%.2x", c);
            SyntaxError e;
            e.message = std::string("Non-UTF-8 code starting with '\\x") + hex + "' in file " +
                        filename_ + " on line " + std::to_string(lineno_) +
                        ", but no encoding declared; see https://peps.python.org/pep-0263/ for "
                        "details";
            e.filename = filename_;
            error_ = std::move(e);
            done_ = Done::Error;
            cur_ = line_end_ = src_.size();
            return false;
        }
        i += static_cast<std::size_t>(expected) + 1;
    }
    return true;
}

void Lexer::stop(Done why) {
    if (done_ == Done::Ok || done_ == Done::Eof) done_ = why;
}

void Lexer::backup(int c) {
    if (c != kEof) --cur_;
}

bool Lexer::lookahead(const char* test) {
    const char* s = test;
    bool res = false;
    for (;;) {
        int c = nextc();
        if (*s == 0) {
            res = !is_potential_identifier_char(c);
        } else if (c == static_cast<unsigned char>(*s)) {
            ++s;
            continue;
        }
        backup(c);
        while (s != test) backup(*--s);
        return res;
    }
}

void Lexer::syntax_error(std::string message, int col, int end_col) {
    if (done_ == Done::Error) return; // a bad line was found first
    std::string_view upto(src_.data() + line_start_, cur_ - line_start_);
    if (col == -1) col = static_cast<int>(unicode::count_code_points(upto));
    if (end_col == -1) end_col = col;
    std::size_t nl = src_.find('\n', line_start_);
    std::size_t line_len = (nl == std::string::npos ? src_.size() : nl) - line_start_;
    SyntaxError e;
    e.kind = ErrorKind::SyntaxError;
    e.message = std::move(message);
    e.filename = filename_;
    e.lineno = lineno_;
    e.offset = col;
    e.end_lineno = lineno_;
    e.end_offset = end_col;
    e.text = std::string(src_.data() + line_start_, line_len);
    error_ = std::move(e);
    done_ = Done::Error;
}

Token Lexer::error_token() {
    Token t;
    t.type = TokenType::ErrorToken;
    t.lineno = t.end_lineno = lineno_;
    t.level = level_;
    t.start = t.end = static_cast<std::uint32_t>(cur_);
    return t;
}

bool Lexer::verify_end_of_number(int c, const char* kind) {
    // A number directly followed by a keyword that can follow a number in valid code ("1if")
    // is accepted with a warning; any other identifier character is an error.
    bool r = false;
    if (c == 'a')
        r = lookahead("nd");
    else if (c == 'e')
        r = lookahead("lse");
    else if (c == 'f')
        r = lookahead("or");
    else if (c == 'i') {
        int c2 = nextc();
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
        backup(c2);
    } else if (c == 'o')
        r = lookahead("r");
    else if (c == 'n')
        r = lookahead("ot");
    if (r) {
        backup(c);
        warnings_.push_back(
            {"SyntaxWarning", std::string("invalid ") + kind + " literal", lineno_});
        nextc();
    } else if (is_potential_identifier_char(c)) {
        backup(c);
        syntax_error(std::string("invalid ") + kind + " literal");
        return false;
    }
    return true;
}

bool Lexer::verify_identifier() {
    std::string_view s(src_.data() + start_, cur_ - start_);
    std::size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        std::uint32_t cp;
        bool ok = unicode::decode_utf8(s, i, cp);
        bool valid =
            ok && (first ? unicode::is_identifier_start(cp) : unicode::is_identifier_continue(cp));
        if (!valid) {
            // CPython points just past the offending character.
            if (i < s.size()) cur_ = start_ + i;
            if (!ok) {
                syntax_error("invalid character in identifier");
            } else if (unicode::is_printable(cp)) {
                std::string ch;
                unicode::append_utf8(ch, cp);
                syntax_error("invalid character '" + ch + "' (U+" + hex4(cp) + ")");
            } else {
                syntax_error("invalid non-printable character U+" + hex4(cp));
            }
            return false;
        }
        first = false;
    }
    return true;
}

int Lexer::decimal_tail() {
    int c;
    for (;;) {
        do {
            c = nextc();
        } while (is_digit(c));
        if (c != '_') break;
        c = nextc();
        if (!is_digit(c)) {
            backup(c);
            syntax_error("invalid decimal literal");
            return 0;
        }
    }
    return c;
}

int Lexer::continuation_line() {
    int c = nextc();
    if (c != '\n') {
        stop(Done::LineCont);
        return -1;
    }
    c = nextc();
    if (c == kEof) {
        stop(Done::Eof);
        cur_ = line_end_;
        return -1;
    }
    backup(c);
    return c;
}

Token Lexer::make(TokenType type, std::size_t start, std::size_t end, bool string_start) {
    Token t;
    t.type = type;
    std::size_t ls = string_start ? multi_line_start_ : line_start_;
    t.lineno = string_start ? first_lineno_ : lineno_;
    t.col_offset = static_cast<int>(start - ls);
    t.end_lineno = lineno_;
    t.end_col_offset = static_cast<int>(end - line_start_);
    t.start = static_cast<std::uint32_t>(start);
    t.end = static_cast<std::uint32_t>(end);
    t.level = level_;
    if (type == TokenType::Name) t.type = keyword_or_name(text(t));
    return t;
}

Token Lexer::next() {
    if (done_ != Done::Ok && done_ != Done::Eof) return error_token();
    Token t = get();
    if (t.type == TokenType::ErrorToken && done_ == Done::Ok) done_ = Done::Error;
    return t;
}

Token Lexer::get() {
    int c;
    bool blankline;
nextline:
    blankline = false;

    if (atbol_) {
        int col = 0, altcol = 0, cont_line_col = 0;
        atbol_ = false;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                ++col, ++altcol;
            } else if (c == '\t') {
                col = (col / kTabSize + 1) * kTabSize;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                // A backslash-continued indentation: the first one fixes the level.
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = continuation_line()) == -1) return error_token();
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') blankline = true;
        if (!blankline && level_ == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == indstack_[indent_]) {
                if (altcol != altindstack_[indent_]) {
                    stop(Done::TabSpace);
                    cur_ = line_end_;
                    return error_token();
                }
            } else if (col > indstack_[indent_]) {
                if (indent_ + 1 >= kMaxIndent) {
                    stop(Done::TooDeep);
                    cur_ = line_end_;
                    return error_token();
                }
                if (altcol <= altindstack_[indent_]) {
                    stop(Done::TabSpace);
                    cur_ = line_end_;
                    return error_token();
                }
                ++pendin_;
                indstack_[++indent_] = col;
                altindstack_[indent_] = altcol;
            } else {
                while (indent_ > 0 && col < indstack_[indent_]) {
                    --pendin_;
                    --indent_;
                }
                if (col != indstack_[indent_]) {
                    stop(Done::Dedent);
                    cur_ = line_end_;
                    return error_token();
                }
                if (altcol != altindstack_[indent_]) {
                    stop(Done::TabSpace);
                    cur_ = line_end_;
                    return error_token();
                }
            }
        }
    }

    start_ = cur_;
    if (pendin_ != 0) {
        Token t;
        t.lineno = t.end_lineno = lineno_;
        t.start = t.end = static_cast<std::uint32_t>(cur_);
        t.level = level_;
        if (pendin_ < 0) {
            ++pendin_;
            t.type = TokenType::Dedent;
        } else {
            --pendin_;
            t.type = TokenType::Indent;
        }
        return t;
    }

again:
    do {
        c = nextc();
    } while (c == ' ' || c == '\t' || c == '\014');

    start_ = c == kEof ? cur_ : cur_ - 1;

    if (c == '#') {
        while (c != kEof && c != '\n') c = nextc();
    }

    if (c == kEof) {
        if (level_) return error_token();
        if (done_ == Done::Eof) {
            Token t;
            t.type = TokenType::EndMarker;
            t.lineno = t.end_lineno = lineno_;
            t.start = t.end = static_cast<std::uint32_t>(cur_);
            return t;
        }
        return error_token();
    }

    // Identifier, or a string prefix
    if (is_potential_identifier_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = true;
            else
                break;
            c = nextc();
            if (c == '"' || c == '\'') goto letter_quote;
        }
        bool nonascii = false;
        while (is_potential_identifier_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii && !verify_identifier()) return error_token();
        return make(TokenType::Name, start_, cur_);
    }

    if (c == '\n') {
        atbol_ = true;
        if (blankline || level_ > 0) goto nextline;
        cont_line_ = false;
        return make(TokenType::Newline, start_, cur_ - 1);
    }

    if (c == '.') {
        c = nextc();
        if (is_digit(c)) goto fraction;
        if (c == '.') {
            c = nextc();
            if (c == '.') return make(TokenType::Ellipsis, start_, cur_);
            backup(c);
            backup('.');
        } else {
            backup(c);
        }
        return make(TokenType::Dot, start_, cur_);
    }

    if (is_digit(c)) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!is_xdigit(c)) {
                        backup(c);
                        syntax_error("invalid hexadecimal literal");
                        return error_token();
                    }
                    do {
                        c = nextc();
                    } while (is_xdigit(c));
                } while (c == '_');
                if (!verify_end_of_number(c, "hexadecimal")) return error_token();
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (is_digit(c)) {
                            syntax_error(std::string("invalid digit '") + static_cast<char>(c) +
                                         "' in octal literal");
                        } else {
                            backup(c);
                            syntax_error("invalid octal literal");
                        }
                        return error_token();
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (is_digit(c)) {
                    syntax_error(std::string("invalid digit '") + static_cast<char>(c) +
                                 "' in octal literal");
                    return error_token();
                }
                if (!verify_end_of_number(c, "octal")) return error_token();
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (is_digit(c)) {
                            syntax_error(std::string("invalid digit '") + static_cast<char>(c) +
                                         "' in binary literal");
                        } else {
                            backup(c);
                            syntax_error("invalid binary literal");
                        }
                        return error_token();
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (is_digit(c)) {
                    syntax_error(std::string("invalid digit '") + static_cast<char>(c) +
                                 "' in binary literal");
                    return error_token();
                }
                if (!verify_end_of_number(c, "binary")) return error_token();
            } else {
                bool nonzero = false;
                // Maybe an old-style octal; "0" and "00" are fine.
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!is_digit(c)) {
                            backup(c);
                            syntax_error("invalid decimal literal");
                            return error_token();
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                std::size_t zeros_end = cur_;
                if (is_digit(c)) {
                    nonzero = true;
                    c = decimal_tail();
                    if (c == 0) return error_token();
                }
                if (c == '.') {
                    c = nextc();
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero) {
                    backup(c);
                    syntax_error("leading zeros in decimal integer literals are not permitted; "
                                 "use an 0o prefix for octal integers",
                                 static_cast<int>(start_ + 1 - line_start_),
                                 static_cast<int>(zeros_end - line_start_));
                    return error_token();
                }
                if (!verify_end_of_number(c, "decimal")) return error_token();
            }
        } else {
            c = decimal_tail();
            if (c == 0) return error_token();
            if (c == '.') {
                c = nextc();
            fraction:
                if (is_digit(c)) {
                    c = decimal_tail();
                    if (c == 0) return error_token();
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = nextc();
                if (c == '+' || c == '-') {
                    c = nextc();
                    if (!is_digit(c)) {
                        backup(c);
                        syntax_error("invalid decimal literal");
                        return error_token();
                    }
                } else if (!is_digit(c)) {
                    backup(c);
                    if (!verify_end_of_number(e, "decimal")) return error_token();
                    backup(e);
                    return make(TokenType::Number, start_, cur_);
                }
                c = decimal_tail();
                if (c == 0) return error_token();
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = nextc();
                if (!verify_end_of_number(c, "imaginary")) return error_token();
            } else if (!verify_end_of_number(c, "decimal")) {
                return error_token();
            }
        }
        backup(c);
        return make(TokenType::Number, start_, cur_);
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c;
        int quote_size = 1;
        int end_quote_size = 0;
        first_lineno_ = lineno_;
        multi_line_start_ = line_start_;
        c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote)
                quote_size = 3;
            else
                end_quote_size = 1; // empty string
        }
        if (c != quote) backup(c);
        while (end_quote_size != quote_size) {
            c = nextc();
            if (c == kEof || (quote_size == 1 && c == '\n')) {
                // Report from the opening quote, naming the line where the end was sought.
                cur_ = start_ + 1;
                line_start_ = multi_line_start_;
                int detected = lineno_;
                lineno_ = first_lineno_;
                if (quote_size == 3) {
                    syntax_error("unterminated triple-quoted string literal (detected at line " +
                                 std::to_string(detected) + ")");
                } else {
                    syntax_error("unterminated string literal (detected at line " +
                                 std::to_string(detected) + ")");
                }
                return error_token();
            }
            if (c == quote) {
                ++end_quote_size;
            } else {
                end_quote_size = 0;
                if (c == '\\') nextc();
            }
        }
        return make(TokenType::String, start_, cur_, true);
    }

    if (c == '\\') {
        if ((c = continuation_line()) == -1) return error_token();
        cont_line_ = true;
        goto again;
    }

    {
        int c2 = nextc();
        TokenType tt = two_chars(c, c2);
        if (tt != TokenType::Op) {
            int c3 = nextc();
            TokenType tt3 = three_chars(c, c2, c3);
            if (tt3 != TokenType::Op)
                tt = tt3;
            else
                backup(c3);
            return make(tt, start_, cur_);
        }
        backup(c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (level_ >= kMaxLevel) {
            syntax_error("too many nested parentheses");
            return error_token();
        }
        paren_[level_] = static_cast<char>(c);
        paren_lineno_[level_] = lineno_;
        paren_col_[level_] = static_cast<int>(start_ - line_start_);
        ++level_;
        break;
    case ')':
    case ']':
    case '}': {
        if (!level_) {
            syntax_error(std::string("unmatched '") + static_cast<char>(c) + "'");
            return error_token();
        }
        --level_;
        int opening = paren_[level_];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                              "' does not match opening parenthesis '" +
                              static_cast<char>(opening) + "'";
            if (paren_lineno_[level_] != lineno_)
                msg += " on line " + std::to_string(paren_lineno_[level_]);
            syntax_error(msg);
            return error_token();
        }
        break;
    }
    default: break;
    }

    if (!unicode::is_printable(static_cast<std::uint32_t>(c))) {
        syntax_error("invalid non-printable character U+" + hex4(static_cast<std::uint32_t>(c)));
        return error_token();
    }

    return make(one_char(c), start_, cur_);
}

TokenizeResult tokenize(std::string_view source, std::string filename) {
    TokenizeResult r;
    Lexer lx(source, filename);
    for (;;) {
        Token t = lx.next();
        if (t.type == TokenType::ErrorToken) {
            if (lx.raised_error()) {
                r.error = lx.raised_error();
            } else {
                SyntaxError e;
                e.filename = filename;
                e.lineno = e.end_lineno = lx.lineno();
                switch (lx.done()) {
                case Lexer::Done::Eof:
                    if (lx.level()) {
                        e.message = std::string("'") + lx.paren_char() + "' was never closed";
                        e.lineno = e.end_lineno = lx.paren_lineno();
                        e.offset = lx.paren_col() + 1;
                    } else {
                        e.message = "unexpected EOF while parsing";
                    }
                    break;
                case Lexer::Done::Dedent:
                    e.kind = ErrorKind::IndentationError;
                    e.message = "unindent does not match any outer indentation level";
                    break;
                case Lexer::Done::TabSpace:
                    e.kind = ErrorKind::TabError;
                    e.message = "inconsistent use of tabs and spaces in indentation";
                    break;
                case Lexer::Done::TooDeep:
                    e.kind = ErrorKind::IndentationError;
                    e.message = "too many levels of indentation";
                    break;
                case Lexer::Done::LineCont:
                    e.message = "unexpected character after line continuation character";
                    break;
                default: e.message = "unknown parsing error"; break;
                }
                e.text = std::string(lx.line_with_newline(e.lineno));
                r.error = std::move(e);
            }
            break;
        }
        r.tokens.push_back(t);
        if (t.type == TokenType::EndMarker) break;
    }
    r.source = lx.source();
    return r;
}

// ---------------------------------------------------------------------------------------------
// String literals

StringPrefix parse_string_prefix(std::string_view text) {
    StringPrefix p;
    std::size_t i = 0;
    while (i < text.size() && text[i] != '\'' && text[i] != '"') {
        char c = text[i];
        if (c == 'b' || c == 'B')
            p.bytes = true;
        else if (c == 'r' || c == 'R')
            p.raw = true;
        else if (c == 'f' || c == 'F')
            p.fstring = true;
        else if (c == 'u' || c == 'U')
            p.u = true;
        ++i;
    }
    p.prefix_len = i;
    if (text.size() >= i + 6 && text[i + 1] == text[i] && text[i + 2] == text[i]) p.quote_len = 3;
    return p;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

DecodeStatus decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
    // CPython first rewrites every non-ASCII character as a 10-byte "\U%08x" escape (and a
    // backslash before one as "\u005c"), then runs the unicode-escape codec, so the
    // positions in its messages count in that rewritten text; `pos` tracks it.
    out.clear();
    out.reserve(body.size());
    std::size_t pos = 0;
    std::size_t i = 0;
    auto fail = [&](std::size_t start, std::size_t end, const char* what) {
        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                std::to_string(start) + "-" + std::to_string(end - 1) + ": " + what;
        return DecodeStatus::Error;
    };
    auto copy_non_ascii = [&]() {
        std::size_t j = i;
        std::uint32_t cp;
        unicode::decode_utf8(body, j, cp);
        out.append(body.data() + i, j - i);
        i = j;
        pos += 10;
    };
    while (i < body.size()) {
        auto c = static_cast<unsigned char>(body[i]);
        if (c != '\\') {
            if (c < 0x80) {
                out += static_cast<char>(c);
                ++i;
                ++pos;
            } else {
                copy_non_ascii();
            }
            continue;
        }
        std::size_t esc_pos = pos;
        ++i;
        if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
            out += '\\'; // a backslash before a non-ASCII character is just a backslash
            pos += 6;
            continue;
        }
        char e = body[i];
        ++i;
        pos += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            std::uint32_t v = static_cast<std::uint32_t>(e - '0');
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) {
                v = v * 8 + static_cast<std::uint32_t>(body[i] - '0');
                ++i;
                ++pos;
            }
            unicode::append_utf8(out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            const char* what = e == 'x'   ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            std::uint32_t v = 0;
            for (int k = 0; k < n; ++k) {
                if (i >= body.size() || hex_value(body[i]) < 0) return fail(esc_pos, pos, what);
                v = v * 16 + static_cast<std::uint32_t>(hex_value(body[i]));
                ++i;
                ++pos;
            }
            if (v > 0x10FFFF) return fail(esc_pos, pos, "illegal Unicode character");
            unicode::append_utf8(out, v);
            break;
        }
        case 'N': return DecodeStatus::NamedEscape;
        default:
            // Unknown escapes are kept as written.
            out += '\\';
            out += e;
            break;
        }
    }
    return DecodeStatus::Ok;
}

bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
    out.clear();
    out.reserve(body.size());
    std::size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        std::size_t esc = i;
        ++i;
        if (i >= body.size()) {
            error = "(value error) Trailing \\ in string";
            return false;
        }
        char e = body[i++];
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            int v = e - '0';
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
                v = v * 8 + (body[i++] - '0');
            out += static_cast<char>(v & 0xFF);
            break;
        }
        case 'x': {
            int h1 = i < body.size() ? hex_value(body[i]) : -1;
            int h2 = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                error = "(value error) invalid \\x escape at position " + std::to_string(esc);
                return false;
            }
            out += static_cast<char>(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return true;
}

} // namespace loopstep::py
