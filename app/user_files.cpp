// The user's config folder and recent files; see user_files.h.
#include "app/user_files.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

fs::path user_config_dir() {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".config";
    else
        return {};
    fs::path dir = base / "loopstep";
    std::error_code ec;
    fs::create_directories(dir, ec);
    return fs::is_directory(dir, ec) ? dir : fs::path();
}

void RecentFiles::load() {
    files_.clear();
    if (store_.empty()) return;
    std::ifstream in(store_);
    std::string line;
    std::error_code ec;
    while (files_.size() < limit && std::getline(in, line)) {
        if (!line.empty() && fs::is_regular_file(line, ec)) files_.emplace_back(line);
    }
}

void RecentFiles::add(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec);
    if (ec) absolute = file;
    absolute = absolute.lexically_normal();
    files_.erase(std::remove(files_.begin(), files_.end(), absolute), files_.end());
    files_.insert(files_.begin(), absolute);
    if (files_.size() > limit) files_.resize(limit);
    save();
}

void RecentFiles::save() const {
    if (store_.empty()) return;
    std::ofstream out(store_, std::ios::trunc);
    for (const auto& f : files_) out << f.string() << "\n";
}

} // namespace loopstep::app
