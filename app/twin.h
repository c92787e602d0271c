// A lesson's twin: the bug version of a scenario and its fixed version are one click apart in
// the Lesson pane. A header names its twin with `twin: FILE.py` (a path beside it); a header
// that names none is found from the other side, as the file whose twin points to it.
#pragma once

#include "app/catalogue.h"
#include "core/scenario/header.h"

#include <filesystem>
#include <optional>

namespace loopstep::app {

struct TwinLink {
    std::filesystem::path path;
    bool to_fixed = true; // the twin is the fixed version (else: back to the version with the bug)
};

// The twin of `scenario` (whose header is `header`): its own `twin:` field when that file
// exists, else a catalogue entry in the same folder whose `twin:` names it. The fixed one of
// the two is the one named NAME_fixed.py; when neither is, the file naming its twin is the bug.
std::optional<TwinLink> find_twin(const std::filesystem::path& scenario,
                                  const scenario::Header& header, const Catalogue& catalogue);

} // namespace loopstep::app
