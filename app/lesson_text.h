// The lesson that goes with a scenario: an explanation and a list of things to watch for, in one
// language, shown by the Lesson pane. Lessons are small Markdown files beside the scenarios
// (scenarios/lessons/<stem>.<lang>.md) rather than more header comments, because they are several
// paragraphs long in three languages and teachers edit them as prose.
//
// The format is a subset of Markdown, kept as plain text (no inline markup is interpreted):
//
//   ## Explanation
//   A paragraph. Lines of one paragraph are joined as Markdown joins them.
//
//   Another paragraph.
//
//   ## What to watch for
//   - one item
//   - another item, which may continue
//     on the next line
//
// Headings are matched case-insensitively; other sections and text before the first heading (a
// `# title` line, say) are ignored, so a file can carry notes for its authors.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

struct LessonText {
    std::string explanation;            // paragraphs separated by one blank line ("\n\n")
    std::vector<std::string> watch_for; // one entry per bullet, without the "- "
    std::string lang;                   // the language actually loaded ("en" after a fallback)
};

// Parses a lesson file's text (see above).
LessonText parse_lesson(std::string_view markdown);

// Where the lesson for `scenario` in `lang` lives: <dir>/lessons/<stem>.<lang>.md.
std::filesystem::path lesson_path(const std::filesystem::path& scenario, std::string_view lang);

// The lesson for `scenario` in `lang`, or in English when there is none in `lang`; nullopt when
// the scenario has no lesson file at all.
std::optional<LessonText> load_lesson(const std::filesystem::path& scenario, std::string_view lang);

} // namespace loopstep::app
