// The scenario header: fields, translations with English fallback, continuation lines.
#include "core/scenario/header.h"

#include <catch2/catch.hpp>

using loopstep::scenario::parse_header;

TEST_CASE("scenario header fields and translations", "[scenario]") {
    auto h = parse_header("# title: Forgotten await\n"
                          "# title.ko: 잊어버린 await\n"
                          "# summary: A coroutine that is called\n"
                          "#   but never awaited.\n"
                          "#\n"
                          "# level: beginner\n"
                          "import asyncio\n"
                          "# topic: not a header line\n");
    CHECK(h.get("title") == "Forgotten await");
    CHECK(h.get("title", "ko") == "잊어버린 await");
    CHECK(h.get("title", "ja") == "Forgotten await");
    CHECK(h.get("summary") == "A coroutine that is called but never awaited.");
    CHECK(h.get("level") == "beginner");
    CHECK(h.get("topic").empty());
}
