// Scanning and grouping the scenario catalogue; see catalogue.h.
#include "app/catalogue.h"

#include "app/scenario_document.h"

#include <algorithm>
#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

std::string CatalogueEntry::title(std::string_view lang) const {
    std::string t = header.get("title", lang);
    return t.empty() ? file_name() : t;
}

std::vector<TopicGroup> group_by_topic(const std::vector<CatalogueEntry>& entries) {
    std::vector<TopicGroup> groups;
    TopicGroup untopical;
    for (size_t i = 0; i < entries.size(); ++i) {
        std::string topic = entries[i].header.get("topic");
        if (topic.empty()) {
            untopical.entries.push_back(i);
            continue;
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const TopicGroup& g) { return g.topic == topic; });
        if (it == groups.end()) {
            groups.push_back({topic, {}});
            it = groups.end() - 1;
        }
        it->entries.push_back(i);
    }
    if (!untopical.entries.empty()) groups.push_back(std::move(untopical));
    return groups;
}

Catalogue scan_catalogue(const fs::path& dir) {
    Catalogue cat;
    cat.dir = dir;
    if (dir.empty()) return cat;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        cat.error = "cannot list '" + dir.string() + "': " + ec.message();
        return cat;
    }
    for (const auto& item : it) {
        std::error_code type_ec;
        if (!item.is_regular_file(type_ec) || item.path().extension() != ".py") continue;
        auto text = read_file(item.path(), nullptr);
        if (!text) continue;
        cat.entries.push_back({item.path(), scenario::parse_header(*text)});
    }
    std::sort(cat.entries.begin(), cat.entries.end(),
              [](const CatalogueEntry& a, const CatalogueEntry& b) {
                  return a.file_name() < b.file_name();
              });
    cat.groups = group_by_topic(cat.entries);
    return cat;
}

} // namespace loopstep::app
