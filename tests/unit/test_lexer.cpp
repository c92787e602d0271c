// The tokenizer: token kinds and positions, indentation, string prefixes and escapes, numbers,
// Unicode identifiers, and the errors it raises itself. Expected positions are CPython's
// (`python3 -m tokenize` for the kinds and lines; columns are CPython's col_offset, which
// counts UTF-8 bytes), expected messages are what CPython 3.11 prints.
#include "core/py/lexer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using loopstep::py::decode_bytes_escapes;
using loopstep::py::decode_str_escapes;
using loopstep::py::DecodeStatus;
using loopstep::py::ErrorKind;
using loopstep::py::parse_string_prefix;
using loopstep::py::tokenize;
using loopstep::py::TokenType;
using TT = loopstep::py::TokenType;

namespace {

struct Expected {
    TT type;
    const char* text;
    int lineno, col, end_lineno, end_col;
};

void check_tokens(const std::string& src, const std::vector<Expected>& want) {
    auto r = tokenize(src, "t.py");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.tokens.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        const auto& t = r.tokens[i];
        INFO("token " << i << " '" << want[i].text << "'");
        CHECK(t.type == want[i].type);
        CHECK(r.source.substr(t.start, t.end - t.start) == want[i].text);
        if (want[i].col >= 0) {
            CHECK(t.lineno == want[i].lineno);
            CHECK(t.col_offset == want[i].col);
            CHECK(t.end_lineno == want[i].end_lineno);
            CHECK(t.end_col_offset == want[i].end_col);
        }
    }
}

} // namespace

TEST_CASE("tokens with their kinds and positions", "[lexer]") {
    // Columns of the line with 함수 count bytes (3 per Hangul syllable); INDENT/DEDENT have no
    // column in CPython's C tokenizer (col -1 here, not checked).
    check_tokens("async def 함수(a, b=0x1F):\n"
                 "    return a ** -b  # c\n"
                 "x = rb\"\\n\" f\"{x!r}\" 1_0.5j ... != <<=\n",
                 {
                     {TT::KwAsync, "async", 1, 0, 1, 5},
                     {TT::KwDef, "def", 1, 6, 1, 9},
                     {TT::Name, "함수", 1, 10, 1, 16},
                     {TT::LPar, "(", 1, 16, 1, 17},
                     {TT::Name, "a", 1, 17, 1, 18},
                     {TT::Comma, ",", 1, 18, 1, 19},
                     {TT::Name, "b", 1, 20, 1, 21},
                     {TT::Equal, "=", 1, 21, 1, 22},
                     {TT::Number, "0x1F", 1, 22, 1, 26},
                     {TT::RPar, ")", 1, 26, 1, 27},
                     {TT::Colon, ":", 1, 27, 1, 28},
                     {TT::Newline, "", 1, 28, 1, 28},
                     {TT::Indent, "", 0, -1, 0, -1},
                     {TT::KwReturn, "return", 2, 4, 2, 10},
                     {TT::Name, "a", 2, 11, 2, 12},
                     {TT::DoubleStar, "**", 2, 13, 2, 15},
                     {TT::Minus, "-", 2, 16, 2, 17},
                     {TT::Name, "b", 2, 17, 2, 18},
                     // The C tokenizer starts a NEWLINE that follows a comment at the '#'.
                     {TT::Newline, "# c", 2, 20, 2, 23},
                     {TT::Dedent, "", 0, -1, 0, -1},
                     {TT::Name, "x", 3, 0, 3, 1},
                     {TT::Equal, "=", 3, 2, 3, 3},
                     {TT::String, "rb\"\\n\"", 3, 4, 3, 10},
                     {TT::String, "f\"{x!r}\"", 3, 11, 3, 19},
                     {TT::Number, "1_0.5j", 3, 20, 3, 26},
                     {TT::Ellipsis, "...", 3, 27, 3, 30},
                     {TT::NotEqual, "!=", 3, 31, 3, 33},
                     {TT::LeftShiftEqual, "<<=", 3, 34, 3, 37},
                     {TT::Newline, "", 3, 37, 3, 37},
                     {TT::EndMarker, "", 0, -1, 0, -1},
                 });
}

TEST_CASE("soft keywords and Japanese identifiers are names; keywords are not", "[lexer]") {
    auto r = tokenize("match = case = _ = 名前 = await\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].type == TT::Name);
    CHECK(r.tokens[2].type == TT::Name);
    CHECK(r.tokens[4].type == TT::Name);
    CHECK(r.tokens[6].type == TT::Name);
    CHECK(r.tokens[8].type == TT::KwAwait);
}

TEST_CASE("brackets join lines; backslash continues them; blank lines vanish", "[lexer]") {
    auto r = tokenize("x = (1,\n\n     2)\ny = 1 + \\\n  2\n\n# only a comment\nz\n");
    REQUIRE_FALSE(r.error);
    std::vector<TT> types;
    for (const auto& t : r.tokens) types.push_back(t.type);
    CHECK(types == std::vector<TT>{TT::Name, TT::Equal, TT::LPar, TT::Number, TT::Comma, TT::Number,
                                   TT::RPar, TT::Newline, TT::Name, TT::Equal, TT::Number, TT::Plus,
                                   TT::Number, TT::Newline, TT::Name, TT::Newline, TT::EndMarker});
    CHECK(r.tokens[5].lineno == 3); // the 2 inside the brackets
    CHECK(r.tokens[14].lineno == 8);
}

TEST_CASE("a file without a final newline, with CRLF line ends or a BOM", "[lexer]") {
    auto r = tokenize("\xEF\xBB\xBFif x:\r\n    y\r\nz");
    REQUIRE_FALSE(r.error);
    std::vector<TT> types;
    for (const auto& t : r.tokens) types.push_back(t.type);
    CHECK(types == std::vector<TT>{TT::KwIf, TT::Name, TT::Colon, TT::Newline, TT::Indent, TT::Name,
                                   TT::Newline, TT::Dedent, TT::Name, TT::Newline, TT::EndMarker});
    CHECK(r.tokens[0].col_offset == 0); // the BOM is not part of the line
}

TEST_CASE("tabs count to the next multiple of 8, consistently or not at all", "[lexer]") {
    // A tab then 8 spaces: the same column both ways of counting, so no error.
    CHECK_FALSE(tokenize("if x:\n\tif y:\n\t        pass\n").error);
    // CPython 3.11: TabError, "inconsistent use of tabs and spaces in indentation".
    auto r = tokenize("if x:\n\tpass\n        pass\n");
    REQUIRE(r.error);
    CHECK(r.error->kind == ErrorKind::TabError);
    CHECK(r.error->message == "inconsistent use of tabs and spaces in indentation");
    CHECK(r.error->lineno == 3);
}

TEST_CASE("string prefixes in any case and order CPython accepts", "[lexer]") {
    for (const char* s :
         {"r'a'", "R'a'", "b'a'", "B'a'", "u'a'", "U'a'", "f'a'", "F'a'", "rb'a'", "Rb'a'", "bR'a'",
          "BR'a'", "fr'a'", "rF'a'", "FR'a'", "'''a'''", "\"\"\"a\"\"\"", "rb'''a'''"}) {
        INFO(s);
        auto r = tokenize(std::string(s) + "\n");
        REQUIRE_FALSE(r.error);
        CHECK(r.tokens[0].type == TT::String);
        CHECK(r.tokens[1].type == TT::Newline);
    }
    // "ur" is not a prefix: a name followed by a string.
    auto r = tokenize("ur'a'\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].type == TT::Name);
    CHECK(r.tokens[1].type == TT::String);

    auto p = parse_string_prefix("Rb'''x'''");
    CHECK(p.raw);
    CHECK(p.bytes);
    CHECK_FALSE(p.fstring);
    CHECK(p.prefix_len == 2);
    CHECK(p.quote_len == 3);
}

TEST_CASE("escape sequences decode as in CPython", "[lexer]") {
    std::string out, error;
    // CPython: '\x41\u00e9\U0001F600\101\n\q\\\n' == 'Aé😀A\n\\q' (an unknown escape stays,
    // a backslash-newline disappears).
    REQUIRE(decode_str_escapes("\\x41\\u00e9\\U0001F600\\101\\n\\q\\\n", out, error) ==
            DecodeStatus::Ok);
    CHECK(out == "Aé😀A\n\\q");
    // CPython: b'\x41\101\777\q' == b'AA\xff\\q'
    REQUIRE(decode_bytes_escapes("\\x41\\101\\777\\q", out, error));
    CHECK(out == "AA\xff\\q");
    // CPython 3.11: SyntaxError "(unicode error) 'unicodeescape' codec can't decode bytes in
    // position 0-2: truncated \xXX escape" for "\x4".
    REQUIRE(decode_str_escapes("\\x4", out, error) == DecodeStatus::Error);
    CHECK(error == "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                   "truncated \\xXX escape");
    CHECK(decode_str_escapes("\\N{DASH}", out, error) == DecodeStatus::NamedEscape);
}

TEST_CASE("tokenizer errors carry CPython's message and place", "[lexer]") {
    struct Case {
        const char* src;
        const char* msg;
        int lineno, offset;
    };
    // From CPython 3.11.2 (compile() of each source).
    const Case cases[] = {
        {"x = 'abc\ny = 2\n", "unterminated string literal (detected at line 1)", 1, 5},
        {"x = \"\"\"abc\n\ny=1\n", "unterminated triple-quoted string literal (detected at line 3)",
         1, 5},
        {"x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6},
        {"x = 1)\n", "unmatched ')'", 1, 6},
        {"x = 1__0\n", "invalid decimal literal", 1, 6},
        {"x = 1a\n", "invalid decimal literal", 1, 5},
        {"a€b = 1\n", "invalid character '€' (U+20AC)", 1, 2},
        {"\x01", "invalid non-printable character U+0001", 1, 1},
    };
    for (const Case& c : cases) {
        INFO(c.src);
        auto r = tokenize(c.src, "t.py");
        REQUIRE(r.error);
        CHECK(r.error->message == c.msg);
        CHECK(r.error->lineno == c.lineno);
        CHECK(r.error->offset == c.offset);
    }
}

TEST_CASE("a number followed by a keyword warns as CPython does", "[lexer]") {
    // CPython 3.11.2 prints "SyntaxWarning: invalid decimal literal" twice for this line.
    loopstep::py::Lexer lx("y = 1if 1else 2\n");
    while (lx.next().type != TT::EndMarker) {
    }
    REQUIRE(lx.warnings().size() == 2);
    CHECK(lx.warnings()[0].category == "SyntaxWarning");
    CHECK(lx.warnings()[0].message == "invalid decimal literal");
    CHECK(lx.warnings()[0].lineno == 1);
}
