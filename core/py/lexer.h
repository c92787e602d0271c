// The Python 3.11 tokenizer. It follows CPython's Parser/tokenizer.c step by step (indentation
// with tabs to multiples of 8 checked against a tab-size-1 reading for TabError, the bracket
// stack, number and string scanning, the same errors at the same places), because loopstep must
// report a broken program exactly as CPython does, and CPython's messages and caret positions
// come from where its tokenizer stands when it gives up.
//
// Tokens are produced on demand (the parser pulls them), like CPython: which error wins
// depends on how far tokenizing got when the parser failed.
#pragma once

#include "core/py/syntax_error.h"
#include "core/py/token.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::py {

// A warning the tokenizer emits while reading (CPython prints these as it tokenizes).
struct LexWarning {
    std::string category; // "SyntaxWarning"
    std::string message;
    int lineno = 0;
};

class Lexer {
  public:
    // Why tokenizing stopped, as CPython's tok->done codes that matter to error reporting.
    enum class Done {
        Ok,
        Eof,      // end of input (an error only inside brackets or after a backslash)
        Error,    // an error was raised with its message and location: see raised_error()
        Dedent,   // "unindent does not match any outer indentation level"
        TabSpace, // "inconsistent use of tabs and spaces in indentation"
        TooDeep,  // "too many levels of indentation"
        LineCont, // "unexpected character after line continuation character"
    };

    // `source` is the file's bytes (UTF-8). A BOM is dropped, line ends are normalised to
    // '\n' and a final '\n' added if missing, as CPython does before tokenizing.
    explicit Lexer(std::string_view source, std::string filename = "<string>");

    // The next token; ErrorToken once tokenizing has stopped (see done()).
    Token next();

    const std::string& source() const { return src_; }
    const std::string& filename() const { return filename_; }
    std::string_view text(const Token& t) const {
        return std::string_view(src_).substr(t.start, t.end - t.start);
    }

    Done done() const { return done_; }
    const std::optional<SyntaxError>& raised_error() const { return error_; }
    const std::vector<LexWarning>& warnings() const { return warnings_; }
    void add_warning(LexWarning w) { warnings_.push_back(std::move(w)); }

    // Tokenizer position, for errors CPython places "at the current position".
    int lineno() const { return lineno_; }
    int cur_col() const { return static_cast<int>(cur_ - line_start_); }
    // Bytes from the current line's start to the end of what has been read of it (CPython's
    // tok->cur - tok->line_start after an error moved cur to the end of the line).
    int level() const { return level_; }
    char paren_char() const { return paren_[level_ - 1]; }
    int paren_lineno() const { return paren_lineno_[level_ - 1]; }
    int paren_col() const { return paren_col_[level_ - 1]; }

    // Line `lineno` (1-based) of the normalised source, without its '\n'; empty past the end.
    std::string_view line(int lineno) const;
    // As line(), but with the '\n' when the line has one.
    std::string_view line_with_newline(int lineno) const;
    // The line as CPython reads it back from the file for SyntaxError.text: with its '\n',
    // and with the byte order mark if the file starts with one.
    std::string error_line(int lineno) const;
    // Whether the file has a BOM or a coding declaration. CPython's parser errors count
    // columns in characters then, and in UTF-8 bytes otherwise.
    bool declares_encoding() const { return declares_encoding_; }
    int line_count() const { return static_cast<int>(line_starts_.size()); }

    static constexpr int kMaxIndent = 100;
    static constexpr int kMaxLevel = 200;

  private:
    void normalize(std::string_view source);
    int nextc();
    bool check_utf8_line();
    void stop(Done why);
    void backup(int c);
    bool lookahead(const char* test);
    bool verify_end_of_number(int c, const char* kind);
    bool verify_identifier();
    int decimal_tail();
    int continuation_line();
    Token make(TokenType type, std::size_t start, std::size_t end, bool string_start = false);
    Token error_token();
    void syntax_error(std::string message, int col = -1, int end_col = -1);
    Token get();

    std::string src_;
    std::string filename_;
    std::vector<std::size_t> line_starts_;
    bool has_bom_ = false;
    bool declares_encoding_ = false;

    std::size_t cur_ = 0;
    std::size_t line_start_ = 0;
    std::size_t line_end_ = 0; // one past the current line's '\n'
    std::size_t start_ = 0;    // start of the token being scanned
    int lineno_ = 0;
    Done done_ = Done::Ok;
    std::optional<SyntaxError> error_;
    std::vector<LexWarning> warnings_;

    bool atbol_ = true;
    int pendin_ = 0;
    int indent_ = 0;
    int indstack_[kMaxIndent] = {0};
    int altindstack_[kMaxIndent] = {0};
    bool cont_line_ = false;

    int level_ = 0;
    char paren_[kMaxLevel] = {0};
    int paren_lineno_[kMaxLevel] = {0};
    int paren_col_[kMaxLevel] = {0};

    int first_lineno_ = 0;
    std::size_t multi_line_start_ = 0;
};

// Every token of `source` (through ENDMARKER), or the error that stopped the tokenizer with
// the message CPython would give for it. Used by tests and tools; the parser pulls tokens
// itself.
struct TokenizeResult {
    std::vector<Token> tokens;
    std::optional<SyntaxError> error;
    std::string source; // the normalised source the tokens point into
};
TokenizeResult tokenize(std::string_view source, std::string filename = "<string>");

// ---------------------------------------------------------------------------------------------
// String literals

// What a string token's prefix says, and where its body lies within the token text.
struct StringPrefix {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    bool u = false;
    std::size_t prefix_len = 0; // letters before the opening quote
    std::size_t quote_len = 1;  // 1 or 3
};
StringPrefix parse_string_prefix(std::string_view token_text);

// Decodes the escape sequences of a (non-raw) str literal body into UTF-8, as CPython's
// unicode-escape decoding does. Unknown escapes such as "\q" stay as written. On a malformed
// escape returns Error with CPython's message ("(unicode error) 'unicodeescape' codec can't
// decode bytes in position 2-3: truncated \xXX escape"). "\N{name}" needs the Unicode name
// database, which loopstep does not carry: NamedEscape.
enum class DecodeStatus { Ok, Error, NamedEscape };
DecodeStatus decode_str_escapes(std::string_view body, std::string& out, std::string& error);
// The same for a bytes literal body ("(value error) invalid \x escape at position 0").
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

} // namespace loopstep::py
