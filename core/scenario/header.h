// The header comment of a scenario file: `# key: value` lines at the top of a .py file that say
// what the lesson is (title, topic, level, summary, and their .ko / .ja translations). It stays a
// comment so the scenario remains a program that python3 runs unchanged.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace loopstep::scenario {

struct Header {
    std::map<std::string, std::string> fields; // "title", "title.ko", "summary.ja", ...

    // The field in the given language ("en", "ko", "ja"), falling back to English, then to "".
    std::string get(const std::string& key, std::string_view lang = "en") const;
};

// Reads the leading comment block. A line `#   text` indented deeper than its key continues the
// previous field (joined with a space). Parsing stops at the first line that is not a comment.
Header parse_header(std::string_view source);

} // namespace loopstep::scenario
