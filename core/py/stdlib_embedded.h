// loopstep's library modules written in Python (core/py/stdlib/*.py), embedded in the binary
// at build time by cmake/embed_stdlib.cmake. A line ending in `#@ N` is reported as line N, so
// that a module claiming CPython's file name also prints CPython's line numbers in tracebacks.
#pragma once

#include "core/py/source.h"

#include <memory>
#include <string>

namespace loopstep::py {

struct EmbeddedModule {
    const char* name;
    const char* filename;
    const char* source;
};

extern const EmbeddedModule kEmbeddedModules[]; // ends with a null entry

const EmbeddedModule* find_embedded_module(const std::string& name);
// The module's source with its reported-line table built from the `#@ N` annotations.
std::shared_ptr<SourceFile> embedded_source(const EmbeddedModule& m);

} // namespace loopstep::py
