// What the lexer and parser report instead of a tree: CPython's SyntaxError (and its subclasses
// IndentationError and TabError) with the same attributes CPython sets, so that loopstep can
// print the same "File ..., line N / source line / caret / SyntaxError: msg" block; or a report
// that a construct is valid Python but outside what loopstep runs.
#pragma once

#include <string>

namespace loopstep::py {

enum class ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    // CPython's parser gives up on absurdly deep nesting (thousands of unary operators) with a
    // bare MemoryError and no location; we do the same at the same depth.
    MemoryError,
    // Valid Python that loopstep does not run (match statements, ...). Printed like a
    // SyntaxError, but the message says it is loopstep's limit, not a mistake.
    Unsupported,
};

struct SyntaxError {
    ErrorKind kind = ErrorKind::SyntaxError;
    std::string message; // CPython's `msg`
    std::string filename;
    // CPython's attributes as `python3 FILE.py` sets them: 1-based line numbers and 1-based
    // offsets. Tokenizer errors count offsets in characters; parser errors count them in UTF-8
    // bytes unless the file declares its encoding (BOM or coding cookie), a CPython 3.11 quirk
    // that shows as a misplaced caret on non-ASCII lines, which loopstep reproduces.
    // end_offset may be 0 or -1 where CPython leaves it so. lineno 0: no location at all.
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
    std::string text; // CPython's `text`: the source line, with its '\n' where CPython keeps it

    // "SyntaxError", "IndentationError", "TabError", "MemoryError"; Unsupported prints as
    // "SyntaxError" too, since that is what a Python user expects to see for it.
    const char* kind_name() const {
        switch (kind) {
        case ErrorKind::IndentationError: return "IndentationError";
        case ErrorKind::TabError: return "TabError";
        case ErrorKind::MemoryError: return "MemoryError";
        case ErrorKind::SyntaxError:
        case ErrorKind::Unsupported: break;
        }
        return "SyntaxError";
    }
};

} // namespace loopstep::py
