// Syntax colouring for the Source pane: splits each line of a Python file into spans of one kind
// (keyword, string, f-string, comment, number, decorator, plain). It is a line scanner, not the
// interpreter's lexer: it must colour files that do not parse yet (the student is typing), and
// it carries only what crosses lines, an open triple-quoted string. No ImGui: unit-tested.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace loopstep::app {

enum class TokenKind : std::uint8_t {
    Plain,
    Keyword,   // def, async, await, return...
    Builtin,   // print, len, True, None... (names a student did not define)
    String,    // '...', "...", '''...''' and their b / r prefixes
    FString,   // f'...' (the braces' contents included: the student reads it as one string)
    Comment,   // # to the end of the line
    Number,    // 12, 0.5, 1e-3, 0x1F, 1_000
    Decorator, // @name
};

struct HighlightSpan {
    std::uint32_t begin = 0, end = 0; // byte offsets in the line
    TokenKind kind = TokenKind::Plain;
    bool operator==(const HighlightSpan&) const = default;
};

// One vector of spans per line; the spans cover each line from start to end, in order.
std::vector<std::vector<HighlightSpan>> highlight_python(const std::vector<std::string>& lines);

} // namespace loopstep::app
