// `loopstep run [--trace] [--max-steps N] FILE.py`; see cli_run.h. Output goes straight to the
// process's stdout and stderr, unbuffered and in order, so that a merged capture interleaves
// exactly as CPython's does.
#include "app/cli_run.h"

#include "core/run/runner.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace loopstep::app {

namespace {

void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n <= 0) return;
        text.remove_prefix(static_cast<size_t>(n));
    }
}

} // namespace

int run_command(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    RunOptions opts;
    std::string path;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--trace") {
            opts.trace = true;
        } else if (a == "--asyncio-debug") {
            opts.asyncio_debug = true;
        } else if (a == "--max-steps") {
            if (i + 1 >= args.size()) {
                err << "loopstep run: --max-steps needs a number\n";
                return 2;
            }
            try {
                opts.max_steps = std::stoull(args[++i]);
            } catch (...) {
                err << "loopstep run: --max-steps needs a number, not '" << args[i] << "'\n";
                return 2;
            }
        } else if (!a.empty() && a[0] == '-' && path.empty()) {
            err << "loopstep run: unknown option '" << a << "'\n";
            return 2;
        } else if (path.empty()) {
            path = a;
        } else {
            err << "loopstep run: one FILE.py at a time (got '" << path << "' and '" << a << "')\n";
            return 2;
        }
    }
    if (path.empty()) {
        err << "loopstep run: missing FILE.py (usage: loopstep run FILE.py)\n";
        return 2;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << "loopstep run: can't open file '" << path << "': No such file or directory\n";
        return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    out.flush();
    err.flush();
    std::string dir = std::filesystem::path(path).parent_path().string();
    opts.module_dir = dir.empty() ? std::string(".") : dir;
    RunResult r = run_program(path, buf.str(), opts, [](int stream, std::string_view text) {
        write_all(stream == 2 ? 2 : 1, text);
    });
    if (r.budget_exceeded) write_all(2, "loopstep: stopped: " + r.budget_message + "\n");
    if (r.killed_by_sigint) {
        // CPython ends an uncaught KeyboardInterrupt by dying from SIGINT itself.
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
    return r.exit_status;
}

} // namespace loopstep::app
