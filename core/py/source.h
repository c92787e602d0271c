// A source file as the interpreter holds it: its name as the user gave it, the text and the
// start of each line, so tracebacks, warnings and the app can show any line. Library modules
// that loopstep writes in Python (its asyncio pieces, contextlib...) carry the file name and line
// numbers of CPython's own files, so their frames print exactly as CPython's do.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopstep::py {

struct SourceFile {
    std::string filename;
    std::string text;
    std::vector<size_t> line_starts; // byte offset of each line; index 0 is line 1
    // For library modules: the line number CPython's file has for each of our lines (index 0 is
    // line 1); empty when lines are reported as they are.
    std::vector<int> reported_line;
    bool is_library = false;
    // Modules that are C code in CPython: their frames never appear in tracebacks.
    bool hide_frames = false;
    // A library file named like CPython's "<string>": tracebacks show no source lines for it,
    // as CPython finds none for code it compiled from a string.
    bool no_text = false;

    SourceFile(std::string filename, std::string text);
    int line_count() const { return static_cast<int>(line_starts.size()); }
    // The text of a 1-based line without its newline; empty when out of range.
    std::string_view line(int lineno) const;
    int report(int lineno) const; // the line number shown to the user
};

} // namespace loopstep::py
