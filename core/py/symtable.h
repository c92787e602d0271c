// Scope analysis before compilation, with CPython's rules: which names are locals, globals,
// cells (captured by an inner function) or free (captured from an outer one); class bodies that
// need a __class__ cell for zero-argument super(); comprehensions as their own scopes; walrus
// targets binding in the enclosing function. Also the errors CPython reports at this stage
// ("'return' outside function", "no binding for nonlocal 'x' found", ...).
#pragma once

#include "core/py/ast.h"
#include "core/py/syntax_error.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopstep::py {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };

enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Symbol {
    unsigned flags = 0;
    NameScope scope = NameScope::GlobalImplicit;
};

enum SymbolFlags : unsigned {
    kDefLocal = 1u << 0,
    kDefGlobal = 1u << 1,
    kDefNonlocal = 1u << 2,
    kDefParam = 1u << 3,
    kUse = 1u << 4,
    kDefFreeClass = 1u << 5, // free in a method, seen from the class scope
    kDefComprehensionIter = 1u << 6,
    kDefAnnot = 1u << 7,
};

struct Scope {
    ScopeKind kind;
    std::string name;
    Scope* parent = nullptr;
    const void* node = nullptr; // the AST node that opened it
    int lineno = 0;
    std::map<std::string, Symbol> symbols;
    std::vector<std::string> varnames; // parameters in order, then locals in first-seen order
    std::vector<std::unique_ptr<Scope>> children;
    bool is_generator = false;
    bool is_coroutine = false; // async def, or an async comprehension
    bool is_async_def = false; // async def (for await checks)
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool needs_class_cell = false; // a class whose methods use super() or __class__
    bool uses_super = false;       // a function that mentions super or __class__
    bool comp_inlined = false;
    std::vector<std::string> cellvars; // sorted as CPython does
    std::vector<std::string> freevars;

    NameScope lookup(const std::string& n) const;
    Scope* child_for(const void* node) const;
};

struct SymTable {
    std::unique_ptr<Scope> top;
};

// Builds the scopes of a module. On an error, returns it (no table).
std::optional<SyntaxError> build_symtable(const ast::Module& mod, const std::string& filename,
                                          SymTable& out);

} // namespace loopstep::py
