// The files the app keeps for its user between runs, in $XDG_CONFIG_HOME/loopstep (or
// ~/.config/loopstep): the pane layout (imgui.ini) and the recently opened files. A missing or
// unwritable folder only means nothing is remembered; the app never fails because of it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace loopstep::app {

// The folder, created if needed; empty when there is no usable home or config folder.
std::filesystem::path user_config_dir();

// The most recent first, at most `limit`, only files that still exist.
class RecentFiles {
  public:
    static constexpr size_t limit = 10;
    explicit RecentFiles(std::filesystem::path store = {}) : store_(std::move(store)) {}

    void load();                                 // reads the store (one path a line)
    void add(const std::filesystem::path& file); // to the front, and saves
    const std::vector<std::filesystem::path>& files() const { return files_; }

  private:
    void save() const;
    std::filesystem::path store_;
    std::vector<std::filesystem::path> files_;
};

} // namespace loopstep::app
