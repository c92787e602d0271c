// The Source pane's syntax colouring: which parts of a line a student sees as keywords, strings,
// f-strings, comments, numbers and decorators, including a triple-quoted string across lines.
#include "app/python_highlight.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace loopstep::app;

namespace {

// The text of each non-plain span of one line, with its kind.
std::vector<std::pair<std::string, TokenKind>> coloured(const std::string& line,
                                                        const std::vector<HighlightSpan>& spans) {
    std::vector<std::pair<std::string, TokenKind>> out;
    for (const auto& s : spans)
        if (s.kind != TokenKind::Plain)
            out.emplace_back(line.substr(s.begin, s.end - s.begin), s.kind);
    return out;
}

std::vector<std::pair<std::string, TokenKind>> one(const std::string& line) {
    return coloured(line, highlight_python({line}).at(0));
}

} // namespace

TEST_CASE("keywords, builtins, numbers and comments", "[highlight]") {
    using K = TokenKind;
    CHECK(one("async def main():  # entry") ==
          std::vector<std::pair<std::string, K>>{
              {"async", K::Keyword}, {"def", K::Keyword}, {"# entry", K::Comment}});
    CHECK(one("    await asyncio.sleep(0.5)") ==
          std::vector<std::pair<std::string, K>>{{"await", K::Keyword}, {"0.5", K::Number}});
    CHECK(one("print(len(x), 1_000, 0x1F, 1e-3)") ==
          std::vector<std::pair<std::string, K>>{{"print", K::Builtin},
                                                 {"len", K::Builtin},
                                                 {"1_000", K::Number},
                                                 {"0x1F", K::Number},
                                                 {"1e-3", K::Number}});
    // An attribute that happens to share a builtin's name is not the builtin.
    CHECK(one("obj.print") == std::vector<std::pair<std::string, K>>{});
    // Names that merely contain a keyword are plain.
    CHECK(one("definitely = ifx") == std::vector<std::pair<std::string, K>>{});
}

TEST_CASE("strings, f-strings, prefixes and a # inside a string", "[highlight]") {
    using K = TokenKind;
    CHECK(one(R"(x = 'a # b' + "c\"d")") ==
          std::vector<std::pair<std::string, K>>{{"'a # b'", K::String}, {R"("c\"d")", K::String}});
    CHECK(one(R"(print(f"{name} done", rb'\x00'))") ==
          std::vector<std::pair<std::string, K>>{{"print", K::Builtin},
                                                 {R"(f"{name} done")", K::FString},
                                                 {R"(rb'\x00')", K::String}});
}

TEST_CASE("decorators start a line", "[highlight]") {
    using K = TokenKind;
    CHECK(one("@functools.wraps(f)") ==
          std::vector<std::pair<std::string, K>>{{"@functools.wraps", K::Decorator}});
    CHECK(one("a @ b") == std::vector<std::pair<std::string, K>>{});
}

TEST_CASE("a triple-quoted string runs over lines", "[highlight]") {
    using K = TokenKind;
    std::vector<std::string> lines = {"doc = '''first", "# not a comment", "end''' # comment"};
    auto spans = highlight_python(lines);
    CHECK(coloured(lines[0], spans[0]) ==
          std::vector<std::pair<std::string, K>>{{"'''first", K::String}});
    CHECK(coloured(lines[1], spans[1]) ==
          std::vector<std::pair<std::string, K>>{{"# not a comment", K::String}});
    CHECK(coloured(lines[2], spans[2]) ==
          std::vector<std::pair<std::string, K>>{{"end'''", K::String}, {"# comment", K::Comment}});
}

TEST_CASE("spans cover each line exactly", "[highlight]") {
    std::vector<std::string> lines = {"async def f(x=1):", "    return f'{x!r}'  # done", ""};
    auto spans = highlight_python(lines);
    REQUIRE(spans.size() == 3);
    for (size_t i = 0; i < lines.size(); ++i) {
        uint32_t pos = 0;
        for (const auto& s : spans[i]) {
            CHECK(s.begin == pos);
            CHECK(s.end > s.begin);
            pos = s.end;
        }
        CHECK(pos == lines[i].size());
    }
}
