// The Scenarios menu's catalogue: which files it lists, in which order, under which topic.
#include "app/catalogue.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

using namespace loopstep::app;
using loopstep::testing::TempDir;

namespace {

CatalogueEntry entry(const std::string& file, const std::string& topic) {
    CatalogueEntry e;
    e.path = file;
    if (!topic.empty()) e.header.fields["topic"] = topic;
    return e;
}

std::vector<std::string> files_of(const Catalogue& cat, const TopicGroup& g) {
    std::vector<std::string> out;
    for (size_t i : g.entries) out.push_back(cat.entries[i].file_name());
    return out;
}

} // namespace

TEST_CASE("topics keep the order of their first scenario; untopical ones come last",
          "[catalogue]") {
    std::vector<CatalogueEntry> entries = {entry("01.py", "await"), entry("02.py", ""),
                                           entry("03.py", "locks"), entry("04.py", "await")};
    auto groups = group_by_topic(entries);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].topic == "await");
    CHECK(groups[0].entries == std::vector<size_t>{0, 3});
    CHECK(groups[1].topic == "locks");
    CHECK(groups[1].entries == std::vector<size_t>{2});
    CHECK(groups[2].topic.empty());
    CHECK(groups[2].entries == std::vector<size_t>{1});
}

TEST_CASE("scan lists the folder's .py files in file name order with their headers",
          "[catalogue]") {
    TempDir dir;
    dir.write("02_blocking.py", "# title: A blocking call\n# topic: blocking\nimport time\n");
    dir.write("01_await.py", "# title: Forgotten await\n# title.ko: 잊어버린 await\n"
                             "# topic: await\nimport asyncio\n");
    dir.write("03_fixed.py", "# title: Forgotten await, fixed\n# topic: await\n");
    dir.write("10_plain.py", "print('no header')\n");
    dir.write("notes.txt", "# title: not a scenario\n");
    dir.write("sub/05_nested.py", "# title: not listed either\n");

    Catalogue cat = scan_catalogue(dir.path());
    CHECK(cat.error.empty());
    REQUIRE(cat.entries.size() == 4);
    CHECK(cat.first()->file_name() == "01_await.py");
    CHECK(cat.entries[0].title("en") == "Forgotten await");
    CHECK(cat.entries[0].title("ko") == "잊어버린 await");
    CHECK(cat.entries[3].title("en") == "10_plain.py");

    REQUIRE(cat.groups.size() == 3);
    CHECK(cat.groups[0].topic == "await");
    CHECK(files_of(cat, cat.groups[0]) == std::vector<std::string>{"01_await.py", "03_fixed.py"});
    CHECK(cat.groups[1].topic == "blocking");
    CHECK(files_of(cat, cat.groups[2]) == std::vector<std::string>{"10_plain.py"});
}

TEST_CASE("an empty or missing folder gives an empty catalogue", "[catalogue]") {
    TempDir dir;
    Catalogue empty = scan_catalogue(dir.path());
    CHECK(empty.entries.empty());
    CHECK(empty.first() == nullptr);
    CHECK(empty.error.empty());

    Catalogue missing = scan_catalogue(dir.path() / "nope");
    CHECK(missing.entries.empty());
    CHECK(missing.error.find("cannot list") == 0);

    CHECK(scan_catalogue({}).entries.empty());
}

TEST_CASE("every lesson in scenarios/ has a complete header in English, Korean and Japanese",
          "[catalogue]") {
    Catalogue cat = scan_catalogue(LOOPSTEP_SCENARIOS_DIR);
    REQUIRE_FALSE(cat.entries.empty());
    for (const auto& e : cat.entries) {
        for (const char* key : {"title", "topic", "level", "summary", "title.ko", "title.ja",
                                "summary.ko", "summary.ja"}) {
            INFO(e.file_name() << ": # " << key);
            auto it = e.header.fields.find(key);
            CHECK((it != e.header.fields.end() && !it->second.empty()));
        }
    }
}
