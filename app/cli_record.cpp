// `loopstep record`; see cli_record.h.
#include "app/cli_record.h"

#include "core/record/chrome_trace.h"
#include "core/record/recording.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
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

bool parse_count(const std::string& text, uint64_t& out) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
    try {
        out = std::stoull(text);
    } catch (...) {
        return false;
    }
    return true;
}

// --bench-seek N: the time state_at takes at N indexes drawn uniformly from the recording (a
// fixed seed, so every run probes the same indexes). Each index is timed three times and its
// least time counts, as tools/bench.py does with whole runs, so that another process taking
// the CPU mid-call does not pass for a slow reconstruction. The clock is read here, in the
// command, never in core/: the figure is about this machine, not about the program.
void bench_seek(const record::Recording& rec, uint64_t n) {
    if (rec.size() == 0 || n == 0) return;
    std::mt19937_64 rng(20261124);
    std::uniform_int_distribution<size_t> pick(0, rec.size() - 1);
    double total = 0, worst = 0;
    size_t sink = 0;
    for (uint64_t k = 0; k < n; ++k) {
        size_t i = pick(rng);
        double best = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto start = std::chrono::steady_clock::now();
            record::State s = rec.state_at(i);
            std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - start;
            sink += s.tasks.size();
            best = attempt == 0 ? ms.count() : std::min(best, ms.count());
        }
        total += best;
        worst = std::max(worst, best);
    }
    char line[256];
    std::snprintf(line, sizeof line,
                  "loopstep record: state_at at %llu random indexes of %zu events (%llu "
                  "keyframes): mean %.3f ms, worst %.3f ms (%zu task views)\n",
                  static_cast<unsigned long long>(n), rec.size(),
                  static_cast<unsigned long long>(rec.keyframe_count()),
                  total / static_cast<double>(n), worst, sink);
    write_all(2, line);
}

} // namespace

int record_command(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    record::RecordOptions opts;
    std::string path, trace_path;
    bool stats = false, events = false, hash = false;
    uint64_t seeks = 0;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-o" || a == "--output" || a == "--max-steps" || a == "--max-events" ||
            a == "--bench-seek") {
            if (i + 1 >= args.size()) {
                err << "loopstep record: " << a << " needs a value\n";
                return 2;
            }
            const std::string& v = args[++i];
            if (a == "-o" || a == "--output") {
                trace_path = v;
            } else if (!parse_count(v, a == "--max-steps"    ? opts.max_steps
                                       : a == "--max-events" ? opts.max_events
                                                             : seeks)) {
                err << "loopstep record: " << a << " needs a number, not '" << v << "'\n";
                return 2;
            }
        } else if (a == "--stats") {
            stats = true;
        } else if (a == "--events") {
            events = true;
        } else if (a == "--hash") {
            hash = true;
        } else if (!a.empty() && a[0] == '-') {
            err << "loopstep record: unknown option '" << a << "'\n";
            return 2;
        } else if (path.empty()) {
            path = a;
        } else {
            err << "loopstep record: one FILE.py at a time (got '" << path << "' and '" << a
                << "')\n";
            return 2;
        }
    }
    if (path.empty()) {
        err << "loopstep record: missing FILE.py (usage: loopstep record FILE.py -o out.json)\n";
        return 2;
    }
    if (trace_path.empty() && !stats && !events && !hash && !seeks) {
        err << "loopstep record: nothing to write: give -o OUT.json (or --stats, --hash, "
               "--events, --bench-seek N)\n";
        return 2;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << "loopstep record: can't open file '" << path << "': No such file or directory\n";
        return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    out.flush();
    err.flush();
    record::RecordResult r =
        record::record_program(path, buf.str(), opts, [](int stream, std::string_view text) {
            write_all(stream == 2 ? 2 : 1, text);
        });
    if (r.diagnostic && r.diagnostic->kind == record::Diagnostic::Kind::BudgetExceeded)
        write_all(2, r.diagnostic->text);
    const record::Recording& rec = *r.recording;
    if (!trace_path.empty()) {
        std::ofstream trace(trace_path, std::ios::binary);
        if (!trace) {
            err << "loopstep record: can't write '" << trace_path << "'\n";
            return 2;
        }
        std::string title = path.substr(path.find_last_of('/') + 1);
        record::write_chrome_trace(rec, title, trace);
        trace.close();
        if (!trace) {
            err << "loopstep record: writing '" << trace_path << "' failed\n";
            return 2;
        }
    }
    if (events) {
        std::string text;
        char head[96];
        for (size_t i = 0; i < rec.size(); ++i) {
            record::Event e = rec.event(i);
            std::snprintf(head, sizeof head, "%8zu t=%.3f th%u task%-4u %-15s ", i, e.time,
                          e.thread, e.task, record::event_kind_name(e.kind));
            text += head + rec.describe(i) + "\n";
            if (text.size() > (1u << 20)) {
                out << text;
                text.clear();
            }
        }
        out << text;
        out.flush();
    }
    if (stats) {
        record::RecordingStats s = rec.stats();
        char line[512];
        std::snprintf(
            line, sizeof line,
            "loopstep record: %llu events, %zu tasks, %zu callbacks; %.1f bytes/event "
            "(events %.1f MB, tables %.1f MB, %llu keyframes %.1f MB, indexes %.1f MB)\n",
            static_cast<unsigned long long>(s.events), rec.task_count(), rec.callback_count(),
            s.bytes_per_event(), static_cast<double>(s.event_bytes) / 1e6,
            static_cast<double>(s.table_bytes) / 1e6, static_cast<unsigned long long>(s.keyframes),
            static_cast<double>(s.keyframe_bytes) / 1e6, static_cast<double>(s.index_bytes) / 1e6);
        write_all(2, line);
    }
    if (seeks) bench_seek(rec, seeks);
    // The hash serialises the whole recording: worth it to compare runs, not on every --stats.
    if (hash) write_all(2, "loopstep record: hash " + rec.hash() + "\n");
    return r.exit_status;
}

} // namespace loopstep::app
