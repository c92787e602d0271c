// The scenario catalogue behind the Scenarios menu: every *.py in the scenarios folder, in file
// name order (lessons are named NN_topic.py, so that is teaching order), grouped by the `topic`
// field of their header. Only the header is used here; the file is parsed in full when opened.
#pragma once

#include "core/scenario/header.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

struct CatalogueEntry {
    std::filesystem::path path;
    scenario::Header header;

    std::string file_name() const { return path.filename().string(); }
    // The header's title in `lang`, or the file name when the header has none.
    std::string title(std::string_view lang) const;
};

struct TopicGroup {
    std::string topic;           // "" for the scenarios whose header names no topic
    std::vector<size_t> entries; // indices into Catalogue::entries, in file name order
};

struct Catalogue {
    std::filesystem::path dir;           // empty when no scenarios folder was found
    std::vector<CatalogueEntry> entries; // sorted by file name
    std::vector<TopicGroup> groups;
    std::string error; // set when `dir` could not be listed

    const CatalogueEntry* first() const { return entries.empty() ? nullptr : &entries.front(); }
};

// Topics in the order their first scenario appears; the scenarios without a topic come last.
std::vector<TopicGroup> group_by_topic(const std::vector<CatalogueEntry>& entries);

// Lists dir/*.py (not recursively). Unreadable files are skipped.
Catalogue scan_catalogue(const std::filesystem::path& dir);

} // namespace loopstep::app
