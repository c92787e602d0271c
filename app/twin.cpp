// Finding a lesson's twin; see twin.h.
#include "app/twin.h"

#include <system_error>

namespace loopstep::app {

namespace {

namespace fs = std::filesystem;

bool is_fixed_name(const fs::path& p) {
    const std::string stem = p.stem().string();
    constexpr std::string_view suffix = "_fixed";
    return stem.size() > suffix.size() && stem.ends_with(suffix);
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    const bool same = fs::equivalent(a, b, ec);
    return !ec && same;
}

} // namespace

std::optional<TwinLink> find_twin(const fs::path& scenario, const scenario::Header& header,
                                  const Catalogue& catalogue) {
    const std::string named = header.get("twin");
    if (!named.empty()) {
        fs::path twin = scenario.parent_path() / named;
        std::error_code ec;
        if (fs::is_regular_file(twin, ec) && !same_file(twin, scenario)) {
            bool to_fixed = is_fixed_name(twin) || !is_fixed_name(scenario);
            return TwinLink{twin, to_fixed};
        }
    }
    for (const CatalogueEntry& e : catalogue.entries) {
        const std::string points_to = e.header.get("twin");
        if (points_to.empty() || same_file(e.path, scenario)) continue;
        if (same_file(e.path.parent_path() / points_to, scenario)) {
            bool to_fixed = is_fixed_name(e.path) && !is_fixed_name(scenario);
            return TwinLink{e.path, to_fixed};
        }
    }
    return std::nullopt;
}

} // namespace loopstep::app
