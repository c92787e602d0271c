// Code objects: the compiled form of a module, class body, function, lambda or comprehension.
// Every instruction knows its source range (line, end line, columns), which is what tracebacks
// with carets, the recorder's line events and the app's current-line highlight all read.
// Exception handling uses a table of protected ranges (as CPython 3.11), so entering a `try`
// costs nothing at run time.
#pragma once

#include "core/py/object.h"

#include <memory>
#include <string>
#include <vector>

namespace loopstep::py {

struct SourceFile; // source.h

struct Position {
    int32_t line = -1;
    int32_t end_line = -1;
    int32_t col = -1; // UTF-8 byte offsets, -1 when unknown
    int32_t end_col = -1;
};

// A protected range [start, end) of instructions: an exception raised there pops the value stack
// to `depth` (plus the saved instruction offset when `push_lasti`), pushes the exception and
// jumps to `handler`.
struct HandlerEntry {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    uint32_t depth;
    bool push_lasti;
};

enum CodeFlags : uint32_t {
    kCoOptimized = 1u << 0, // function locals in fast slots
    kCoNewLocals = 1u << 1,
    kCoVarargs = 1u << 2,
    kCoVarkeywords = 1u << 3,
    kCoNested = 1u << 4,
    kCoGenerator = 1u << 5,
    kCoCoroutine = 1u << 7,
    kCoIterableCoroutine = 1u << 8,
    kCoAsyncGenerator = 1u << 9,
    kCoHasClassCell = 1u << 10, // a class body that must return __classcell__
};

struct CodeObject : Object {
    explicit CodeObject(Type* t) : Object(t) {}
    std::vector<uint32_t> code; // op in the low 8 bits, argument in the high 24
    std::vector<Position> positions;
    std::vector<HandlerEntry> handlers;
    std::vector<Value> consts;
    std::vector<StrObject*> names;    // interned; globals, attributes
    std::vector<StrObject*> varnames; // interned; arguments first, then other locals
    std::vector<StrObject*> cellvars; // locals captured by inner scopes
    std::vector<StrObject*> freevars; // captured from outer scopes
    // For each cellvar that is also an argument: the argument's index, else -1.
    std::vector<int32_t> cell2arg;
    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t flags = 0;
    uint32_t stacksize = 0;
    int32_t firstlineno = 1;
    std::string name;     // co_name
    std::string qualname; // co_qualname
    Value docstring;      // the leading string of the body, or null
    std::shared_ptr<const SourceFile> source;

    size_t nlocalsplus() const { return varnames.size() + cellvars.size() + freevars.size(); }
    const std::string& filename() const;
    int line_at(size_t ip) const { return ip < positions.size() ? positions[ip].line : -1; }
    // The line number shown to users (library modules report CPython's line numbers).
    int shown_line(size_t ip) const;
};

inline uint8_t instr_op(uint32_t w) {
    return static_cast<uint8_t>(w & 0xff);
}
inline uint32_t instr_arg(uint32_t w) {
    return w >> 8;
}
inline uint32_t make_instr(uint8_t op, uint32_t arg) {
    return static_cast<uint32_t>(op) | (arg << 8);
}

} // namespace loopstep::py
