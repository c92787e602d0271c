// See chrome_trace.h.
#include "core/record/chrome_trace.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace loopstep::record {

namespace {

constexpr int kTaskTidBase = 1000; // thread tracks are 1 + ThreadId, task tracks 1000 + TaskId

void escape(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

std::string num(double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

bool is_boundary(EventKind k) {
    switch (k) {
    case EventKind::CallbackStart:
    case EventKind::CallbackEnd:
    case EventKind::TaskState:
    case EventKind::Await:
    case EventKind::LoopBlocked:
    case EventKind::LoopWait:
    case EventKind::ThreadSwitch:
    case EventKind::Output: return true;
    default: return false;
    }
}

class TraceWriter {
  public:
    explicit TraceWriter(std::ostream& out) : out_(out) {}
    ~TraceWriter() { flush(); }

    void begin_event() {
        buf_ += first_ ? "\n" : ",\n";
        first_ = false;
    }
    void metadata(const char* name, int tid, const char* key, const std::string& value,
                  bool number) {
        begin_event();
        buf_ += "{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"name\":\"" + name +
                "\",\"args\":{\"" + key + "\":";
        if (number)
            buf_ += value;
        else
            escape(buf_, value);
        buf_ += "}}";
    }
    void slice(std::string_view name, const char* cat, int tid, double ts, double dur,
               uint64_t event) {
        begin_event();
        buf_ += "{\"ph\":\"X\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"name\":";
        escape(buf_, name);
        buf_ += std::string(",\"cat\":\"") + cat + "\",\"ts\":" + num(ts) + ",\"dur\":" + num(dur) +
                ",\"args\":{\"event\":" + std::to_string(event) + "}}";
        maybe_flush();
    }
    void instant(std::string_view name, const char* cat, int tid, double ts, uint64_t event,
                 std::string_view text) {
        begin_event();
        buf_ += "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" + std::to_string(tid) + ",\"name\":";
        escape(buf_, name);
        buf_ += std::string(",\"cat\":\"") + cat + "\",\"ts\":" + num(ts) +
                ",\"args\":{\"event\":" + std::to_string(event) + ",\"text\":";
        escape(buf_, text);
        buf_ += "}}";
        maybe_flush();
    }
    void raw(const std::string& s) { buf_ += s; }
    void flush() {
        out_ << buf_;
        buf_.clear();
    }

  private:
    void maybe_flush() {
        if (buf_.size() > (1u << 20)) flush();
    }
    std::ostream& out_;
    std::string buf_;
    bool first_ = true;
};

std::string short_text(std::string_view text) {
    std::string s(text.substr(0, 80));
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

} // namespace

void write_chrome_trace(const Recording& rec, const std::string& title, std::ostream& out) {
    const size_t n = rec.size();
    // Display timestamps: virtual time in µs, nudged so that slice boundaries strictly increase.
    std::vector<double> ts(n);
    double prev = 0;
    for (size_t i = 0; i < n; ++i) {
        Event e = rec.event(i);
        double t = e.time * 1e6;
        if (i > 0) t = std::max(t, prev + (is_boundary(e.kind) ? 1.0 : 0.0));
        ts[i] = t;
        prev = t;
    }

    TraceWriter w(out);
    w.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"loopstep "
          "record\",\"time\":\"virtual\"},"
          "\"traceEvents\":[");
    w.metadata("process_name", 0, "name", "loopstep: " + title, false);

    std::vector<bool> loop_thread(rec.thread_count(), false);
    for (const LoopInterval& iv : rec.loop_intervals())
        if (iv.thread < loop_thread.size()) loop_thread[iv.thread] = true;
    for (ThreadId t = 0; t < rec.thread_count(); ++t) {
        std::string name = rec.thread_name(t) + (loop_thread[t] ? " (event loop)" : "");
        w.metadata("thread_name", static_cast<int>(t) + 1, "name", name, false);
        w.metadata("thread_sort_index", static_cast<int>(t) + 1, "sort_index", std::to_string(t),
                   true);
    }
    for (TaskId t = 1; t <= rec.task_count(); ++t) {
        TaskView v = rec.task(t);
        int tid = kTaskTidBase + static_cast<int>(t);
        w.metadata("thread_name", tid, "name", v.name + " (" + v.coro + ")", false);
        w.metadata("thread_sort_index", tid, "sort_index", std::to_string(kTaskTidBase + t), true);
    }

    for (const LoopInterval& iv : rec.loop_intervals()) {
        int tid = static_cast<int>(iv.thread) + 1;
        switch (iv.kind) {
        case LoopSegment::Callback:
            w.slice(rec.handle(iv.handle).label, "callback", tid, ts[iv.begin],
                    ts[iv.end] - ts[iv.begin], iv.begin);
            break;
        case LoopSegment::Blocked: {
            double begin = iv.begin > 0 ? ts[iv.begin - 1] : ts[iv.begin];
            w.slice("blocked by a synchronous call", "blocked", tid, begin, ts[iv.begin] - begin,
                    iv.begin);
            break;
        }
        case LoopSegment::Waiting: {
            double end = iv.begin + 1 < n ? ts[iv.begin + 1] : ts[iv.begin];
            w.slice("select(): waiting for the next timer", "wait", tid, ts[iv.begin],
                    end - ts[iv.begin], iv.begin);
            break;
        }
        }
    }
    if (rec.thread_count() > 1) {
        for (const ThreadInterval& iv : rec.thread_intervals())
            if (iv.thread < loop_thread.size() && !loop_thread[iv.thread])
                w.slice("running", "thread", static_cast<int>(iv.thread) + 1, ts[iv.begin],
                        ts[iv.end] - ts[iv.begin], iv.begin);
    }
    for (const TaskInterval& iv : rec.task_intervals()) {
        int tid = kTaskTidBase + static_cast<int>(iv.task);
        if (iv.state == TaskState::Running) {
            w.slice("running", "task", tid, ts[iv.begin], ts[iv.end] - ts[iv.begin], iv.begin);
        } else if (iv.state == TaskState::Waiting) {
            std::string name = "waiting";
            Event e = rec.event(iv.begin);
            if (e.kind == EventKind::Await && e.b) name += ": " + rec.str(rec.wait(e.b).text);
            w.slice(name, "task", tid, ts[iv.begin], ts[iv.end] - ts[iv.begin], iv.begin);
        }
    }
    for (const Marker& m : rec.markers()) {
        int tid = m.task ? kTaskTidBase + static_cast<int>(m.task) : static_cast<int>(m.thread) + 1;
        if (m.kind == MarkerKind::Output || m.kind == MarkerKind::Warning) {
            Event e = rec.event(m.index);
            std::string_view text = std::string_view(rec.output()).substr(e.a, e.b);
            w.instant(short_text(text), m.kind == MarkerKind::Warning ? "warning" : "output", tid,
                      ts[m.index], m.index, text);
        } else if (m.kind == MarkerKind::Exception) {
            Event e = rec.event(m.index);
            std::string text = rec.str(e.b) + (e.c ? ": " + rec.str(e.c) : "");
            w.instant("exception " + rec.str(e.b), "exception", tid, ts[m.index], m.index, text);
        }
    }
    w.raw("\n]}\n");
}

} // namespace loopstep::record
