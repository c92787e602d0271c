// The headless runner's command dispatch; see cli_run.h. The interpreter (core/py) and the
// asyncio model (core/aio) are not in the tree yet, so for now it says so and exits 2.
#include "app/cli_run.h"

namespace loopstep::app {

int run_command(std::span<const std::string> args, [[maybe_unused]] std::ostream& out,
                std::ostream& err) {
    if (args.empty()) {
        err << "loopstep run: missing FILE.py (usage: loopstep run FILE.py)\n";
        return 2;
    }
    err << "loopstep run: not implemented yet (the Python interpreter and the asyncio model "
           "are still being written)\n";
    return 2;
}

} // namespace loopstep::app
