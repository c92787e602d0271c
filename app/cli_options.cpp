// Parsing of the loopstep command line; see cli_options.h.
#include "app/cli_options.h"

#include <charconv>
#include <optional>

namespace loopstep::app {

namespace {

constexpr int max_frames = 100000;

// Splits "--name=value" into its two halves; a plain "--name" gives no value.
struct OptionWord {
    std::string name;
    std::optional<std::string> inline_value;
};

OptionWord split_option(const std::string& word) {
    auto eq = word.find('=');
    if (word.rfind("--", 0) != 0 || eq == std::string::npos) return {word, std::nullopt};
    return {word.substr(0, eq), word.substr(eq + 1)};
}

std::optional<int> parse_frames(const std::string& text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    if (value < 1 || value > max_frames) return std::nullopt;
    return value;
}

} // namespace

CliParse parse_cli(std::span<const std::string> args) {
    CliParse result;
    CliOptions& o = result.options;
    if (!args.empty() && (args[0] == "run" || args[0] == "record")) {
        o.mode = args[0] == "run" ? Mode::Run : Mode::Record;
        o.run_args.assign(args.begin() + 1, args.end());
        return result;
    }
    bool frames_given = false;
    bool bench_given = false;
    for (size_t i = 0; i < args.size(); ++i) {
        auto [name, inline_value] = split_option(args[i]);
        if (name == "--help" || name == "-h") {
            o.mode = Mode::Help;
            return result;
        }
        if (name == "--version") {
            o.mode = Mode::Version;
            return result;
        }
        std::string* target = nullptr;
        if (name == "--scenario")
            target = &o.scenario;
        else if (name == "--scenarios-dir")
            target = &o.scenarios_dir;
        else if (name == "--screenshot")
            target = &o.screenshot;
        std::string value;
        if (target || name == "--frames" || name == "--cursor" || name == "--bench-frames") {
            if (inline_value) {
                value = *inline_value;
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                result.error = "option " + name + " needs a value";
                return result;
            }
            if (value.empty()) {
                result.error = "option " + name + " needs a non-empty value";
                return result;
            }
        }
        if (target) {
            *target = value;
        } else if (name == "--frames") {
            auto frames = parse_frames(value);
            if (!frames) {
                result.error = "--frames wants a whole number from 1 to " +
                               std::to_string(max_frames) + ", not '" + value + "'";
                return result;
            }
            o.frames = *frames;
            frames_given = true;
        } else if (name == "--cursor") {
            std::uint64_t n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (value == "end") {
                o.cursor_end = true;
            } else if (value.size() > 1 && value.back() == '%' &&
                       std::from_chars(value.data(), value.data() + value.size() - 1, n).ptr ==
                           value.data() + value.size() - 1 &&
                       n <= 100) {
                o.cursor_percent = static_cast<int>(n);
            } else if (ec == std::errc() && end == value.data() + value.size()) {
                o.cursor = n;
            } else {
                result.error =
                    "--cursor wants an event number, a percentage or 'end', not '" + value + "'";
                return result;
            }
        } else if (name == "--bench-frames") {
            auto frames = parse_frames(value);
            if (!frames) {
                result.error = "--bench-frames wants a whole number from 1 to " +
                               std::to_string(max_frames) + ", not '" + value + "'";
                return result;
            }
            o.bench_frames = *frames;
            bench_given = true;
        } else if (name == "run") {
            result.error = "'run' must come first: loopstep run FILE.py";
            return result;
        } else if (name == "record") {
            result.error = "'record' must come first: loopstep record FILE.py -o out.json";
            return result;
        } else if (!name.empty() && name[0] == '-') {
            result.error = "unknown option '" + name + "'";
            return result;
        } else {
            result.error =
                "unexpected argument '" + name + "' (to open a file: --scenario " + name + ")";
            return result;
        }
    }
    if (bench_given) {
        o.mode = Mode::Bench;
        if (frames_given) result.error = "--bench-frames sets the frame count; leave out --frames";
    } else if (!o.screenshot.empty()) {
        o.mode = Mode::Screenshot;
        if (!frames_given) o.frames = default_screenshot_frames;
    } else if (frames_given) {
        result.error = "--frames only applies together with --screenshot OUT.png";
    }
    return result;
}

std::string usage_text() {
    return "loopstep: step through a Python asyncio program, one event-loop callback at a time.\n"
           "\n"
           "Usage:\n"
           "  loopstep [--scenario FILE.py] [--scenarios-dir DIR]\n"
           "      Open the app on FILE.py, or on the first lesson in the scenarios folder.\n"
           "  loopstep --scenario FILE.py [--cursor N|P%|end] --screenshot OUT.png [--frames N]\n"
           "      Render N frames (default " +
           std::to_string(default_screenshot_frames) +
           ") with no user input, save the last one as a PNG, and exit.\n"
           "  loopstep --bench-frames N [--scenario FILE.py] [--screenshot OUT.png]\n"
           "      Render N frames with the Timeline pane zooming, panning and scrolling over\n"
           "      FILE.py's recording, then print the mean and worst CPU time per frame of the\n"
           "      timeline and of the whole UI (and save the last frame when --screenshot is "
           "given).\n"
           "  loopstep run [--trace] [--asyncio-debug] [--max-steps N] FILE.py\n"
           "      Run FILE.py headless and print what CPython 3.11 prints (no window needed).\n"
           "      --trace also prints each event-loop callback to stderr; --max-steps stops a\n"
           "      program that runs too long; --asyncio-debug starts asyncio in debug mode, as\n"
           "      PYTHONASYNCIODEBUG=1 does under CPython.\n"
           "  loopstep record [--max-steps N] [--max-events N] [--stats] [--hash] [--events]\n"
           "                  [--bench-seek N] -o OUT.json FILE.py\n"
           "      Run FILE.py headless with every step recorded, print its output, and write\n"
           "      the recording as Chrome Trace Event JSON (open it in ui.perfetto.dev): a\n"
           "      track per thread and per task, callbacks as slices, output as instants.\n"
           "      --stats prints the recording's size to stderr, --hash its determinism hash;\n"
           "      --events lists every recorded event on stdout, after the program's output;\n"
           "      --bench-seek N times the state reconstruction at N random events.\n"
           "  loopstep --help | --version\n"
           "\n"
           "Options:\n"
           "  --scenario FILE.py     the program to open\n"
           "  --scenarios-dir DIR    the lessons folder for the Scenarios menu (default: the\n"
           "                         scenarios/ folder next to the program or in the source tree)\n"
           "  --cursor N|P%|end      open at event N of the recording, P percent of the way\n"
           "                         through it, or at its last event\n"
           "  --screenshot OUT.png   screenshot mode: write the last rendered frame to OUT.png\n"
           "  --frames N             how many frames to render in screenshot mode\n"
           "  --bench-frames N       benchmark mode: time N frames (see above)\n"
           "  -h, --help             show this text\n"
           "  --version              show the version\n";
}

} // namespace loopstep::app
