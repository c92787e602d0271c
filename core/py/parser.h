// Parsing Python 3.11 source into the AST of core/py/ast.h.
//
// The parser is a hand-written PEG parser that follows CPython 3.11's grammar
// (Grammar/python.gram) rule for rule, with the same two passes: a first pass with the plain
// grammar and, if that fails, a second pass with the `invalid_*` rules that produce CPython's
// specific messages ("expected ':'", "Perhaps you forgot a comma?", ...). A generic
// "invalid syntax" points where the first pass gave up. Following the same algorithm is what
// makes the messages and caret positions come out as CPython's.
//
// Nothing escapes: every input gives a module or an error, never an exception, crash or
// unbounded recursion (nesting is limited as in CPython).
#pragma once

#include "core/py/ast.h"
#include "core/py/lexer.h"
#include "core/py/syntax_error.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::py {

struct ParseResult {
    std::unique_ptr<ast::Module> module; // set when parsing succeeded
    std::optional<SyntaxError> error;    // set otherwise
    // Warnings CPython prints while compiling ("invalid decimal literal" for `1if x else y`),
    // in the order it prints them; present whether or not parsing succeeded.
    std::vector<LexWarning> warnings;

    bool ok() const { return module != nullptr; }
};

// Parses a whole file (CPython's "exec" mode). `source` is the file's bytes; `filename` is
// only used in error reports.
ParseResult parse(std::string_view source, std::string filename = "<string>");

// The first construct in `module` that is valid Python but that loopstep does not run, as an
// Unsupported report located on it ("match statements are not supported by loopstep"), or
// nothing. `source` must be what `module` was parsed from (for the report's source line).
std::optional<SyntaxError> find_unsupported(const ast::Module& module, std::string_view source,
                                            const std::string& filename);

// parse() followed by find_unsupported(): what `loopstep run` needs before compiling.
ParseResult parse_for_loopstep(std::string_view source, std::string filename = "<string>");

// How deeply the tree nests (a module of `x = 1` has depth 3: statement, Assign's value...).
// Computed without recursion, so it is safe on any tree; CPython 3.11's compiler gives up
// with "RecursionError: maximum recursion depth exceeded during compilation" on trees nested
// deeper than its limit (3000 for the default recursion limit), and recursive walkers over the
// AST (the compiler, ast::dump) should check this first.
int nesting_depth(const ast::Module& module);

} // namespace loopstep::py
