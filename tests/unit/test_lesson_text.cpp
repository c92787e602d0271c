// Lesson files (scenarios/lessons/<stem>.<lang>.md): what the Lesson pane gets out of the Markdown,
// the fallback to English, and that every bundled scenario has its lesson in every language.
#include "app/lesson_text.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace loopstep::app;
using loopstep::testing::TempDir;

TEST_CASE("a lesson file gives paragraphs and bullets as the pane shows them", "[lesson]") {
    LessonText lesson = parse_lesson("# 01_demo: notes for authors, not shown\r\n"
                                     "\r\n"
                                     "## Explanation\r\n"
                                     "\r\n"
                                     "main() calls save()\r\n"
                                     "but never awaits it.\r\n"
                                     "\r\n"
                                     "\r\n"
                                     "The loop never runs save().\r\n"
                                     "\r\n"
                                     "## Authors' notes\r\n"
                                     "Checked against CPython 3.11.2.\r\n"
                                     "\r\n"
                                     "## What to watch for\r\n"
                                     "- the Tasks pane\r\n"
                                     "- the Console, where a warning\r\n"
                                     "  appears at the end\r\n"
                                     "\r\n"
                                     "* the Timeline\r\n");
    CHECK(lesson.explanation ==
          "main() calls save() but never awaits it.\n\nThe loop never runs save().");
    CHECK(lesson.watch_for ==
          std::vector<std::string>{
              "the Tasks pane", "the Console, where a warning appears at the end", "the Timeline"});
}

TEST_CASE("a line break inside Japanese text joins without a space, Korean keeps it", "[lesson]") {
    LessonText ja =
        parse_lesson("## explanation\nイベントループは\n次のコールバックを実行します。\n"
                     "## what to watch for\n- タスクの\n  状態\n");
    CHECK(ja.explanation == "イベントループは次のコールバックを実行します。");
    CHECK(ja.watch_for == std::vector<std::string>{"タスクの状態"});

    LessonText ko = parse_lesson("## Explanation\n이벤트 루프는\n다음 콜백을 실행합니다.\n");
    CHECK(ko.explanation == "이벤트 루프는 다음 콜백을 실행합니다.");

    LessonText mixed = parse_lesson("## Explanation\nmain() は\nsave() を呼びます。\n");
    CHECK(mixed.explanation == "main() は save() を呼びます。");
}

TEST_CASE("the lesson is read beside the scenario, falling back to English", "[lesson]") {
    TempDir dir;
    auto scenario = dir.write("01_demo.py", "import asyncio\n");
    dir.write("lessons/01_demo.en.md",
              "## Explanation\nIn English.\n## What to watch for\n- one\n");
    dir.write("lessons/01_demo.ko.md", "## Explanation\n한국어로.\n## What to watch for\n- 하나\n");
    auto lonely = dir.write("02_other.py", "import asyncio\n");

    CHECK(lesson_path(scenario, "ja") == dir.path() / "lessons" / "01_demo.ja.md");

    auto ko = load_lesson(scenario, "ko");
    REQUIRE(ko);
    CHECK(ko->lang == "ko");
    CHECK(ko->explanation == "한국어로.");
    CHECK(ko->watch_for == std::vector<std::string>{"하나"});

    auto ja = load_lesson(scenario, "ja");
    REQUIRE(ja);
    CHECK(ja->lang == "en");
    CHECK(ja->explanation == "In English.");

    CHECK_FALSE(load_lesson(lonely, "en"));
    CHECK_FALSE(load_lesson(lonely, "ko"));
}

TEST_CASE("every bundled scenario has its lesson in English, Korean and Japanese", "[lesson]") {
    std::vector<std::filesystem::path> scenarios;
    for (const auto& entry : std::filesystem::directory_iterator(LOOPSTEP_SCENARIOS_DIR))
        if (entry.path().extension() == ".py") scenarios.push_back(entry.path());
    REQUIRE_FALSE(scenarios.empty());
    for (const auto& scenario : scenarios) {
        for (const char* lang : {"en", "ko", "ja"}) {
            INFO(scenario.filename().string() << " in " << lang);
            auto lesson = load_lesson(scenario, lang);
            REQUIRE(lesson);
            CHECK(lesson->lang == lang);
            CHECK_FALSE(lesson->explanation.empty());
            CHECK(lesson->watch_for.size() >= 2);
        }
    }
}
