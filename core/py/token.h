// The tokens of Python 3.11 source as CPython's tokenizer produces them (Grammar/Tokens), with
// keywords told apart from names up front the way CPython's parser does when it reads a token.
// Positions follow CPython: 1-based lines, 0-based columns in UTF-8 bytes; INDENT, DEDENT and
// ENDMARKER have no columns (-1), exactly as in CPython, because error locations depend on it.
#pragma once

#include <cstdint>
#include <string_view>

namespace loopstep::py {

enum class TokenType : std::uint8_t {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    // Operators and delimiters
    LPar,             // (
    RPar,             // )
    LSqb,             // [
    RSqb,             // ]
    Colon,            // :
    Comma,            // ,
    Semi,             // ;
    Plus,             // +
    Minus,            // -
    Star,             // *
    Slash,            // /
    VBar,             // |
    Amper,            // &
    Less,             // <
    Greater,          // >
    Equal,            // =
    Dot,              // .
    Percent,          // %
    LBrace,           // {
    RBrace,           // }
    EqEqual,          // ==
    NotEqual,         // !=
    LessEqual,        // <=
    GreaterEqual,     // >=
    Tilde,            // ~
    Circumflex,       // ^
    LeftShift,        // <<
    RightShift,       // >>
    DoubleStar,       // **
    PlusEqual,        // +=
    MinEqual,         // -=
    StarEqual,        // *=
    SlashEqual,       // /=
    PercentEqual,     // %=
    AmperEqual,       // &=
    VBarEqual,        // |=
    CircumflexEqual,  // ^=
    LeftShiftEqual,   // <<=
    RightShiftEqual,  // >>=
    DoubleStarEqual,  // **=
    DoubleSlash,      // //
    DoubleSlashEqual, // //=
    At,               // @
    AtEqual,          // @=
    RArrow,           // ->
    Ellipsis,         // ...
    ColonEqual,       // :=
    Op,               // any other character CPython lets through as OP ('$', '?', '!', '`')
    // Keywords (soft keywords match/case/_ stay Name)
    KwFalse,
    KwNone,
    KwTrue,
    KwAnd,
    KwAs,
    KwAssert,
    KwAsync,
    KwAwait,
    KwBreak,
    KwClass,
    KwContinue,
    KwDef,
    KwDel,
    KwElif,
    KwElse,
    KwExcept,
    KwFinally,
    KwFor,
    KwFrom,
    KwGlobal,
    KwIf,
    KwImport,
    KwIn,
    KwIs,
    KwLambda,
    KwNonlocal,
    KwNot,
    KwOr,
    KwPass,
    KwRaise,
    KwReturn,
    KwTry,
    KwWhile,
    KwWith,
    KwYield,
    // The tokenizer stopped; Lexer::error() says why.
    ErrorToken,
};

struct Token {
    TokenType type = TokenType::EndMarker;
    int lineno = 0;      // for a string spanning lines: the line it starts on
    int col_offset = -1; // -1 for INDENT, DEDENT, ENDMARKER and error tokens
    int end_lineno = 0;
    int end_col_offset = -1;
    std::uint32_t start = 0; // byte range of the token's text in Lexer::source()
    std::uint32_t end = 0;
    int level = 0; // bracket nesting depth after this token
};

// The spelling of a keyword or operator ("if", "**="); the grammar name for the others.
const char* token_type_spelling(TokenType type);

} // namespace loopstep::py
