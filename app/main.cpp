// loopstep's entry point: the window and the frame loop, nothing else (plus what only the window
// can do: files dropped onto it, full screen). The command line is parsed first, so `--help` and
// the headless `run` work without a display; everything drawn is in Ui.
#include "app/app_state.h"
#include "app/cli_options.h"
#include "app/cli_record.h"
#include "app/cli_run.h"
#include "app/scenario_paths.h"
#include "app/screenshot.h"
#include "app/timeline_bench.h"
#include "app/ui.h"
#include "app/user_files.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int window_width = 1280;
constexpr int window_height = 800;

// GLFW reports errors through a callback; the last one explains a failed glfwInit or window.
std::string last_glfw_error = "unknown error";

void remember_glfw_error(int, const char* description) {
    last_glfw_error = description;
}

int fail(const std::string& message) {
    std::cerr << "loopstep: " << message << "\n";
    return 1;
}

// Files dropped onto the window: the first Python file is opened.
void open_dropped(GLFWwindow* window, int count, const char** paths) {
    auto* state = static_cast<loopstep::app::AppState*>(glfwGetWindowUserPointer(window));
    for (int i = 0; i < count; ++i) {
        std::string p = paths[i];
        if (p.size() > 3 && p.compare(p.size() - 3, 3, ".py") == 0) {
            state->open_scenario(p);
            return;
        }
    }
    if (count > 0)
        state->open_error =
            "Only Python files (.py) can be opened; dropped: " + std::string(paths[0]);
}

// F11: the window takes the whole monitor it is on, and gets its old place back after.
struct WindowPlace {
    int x = 0, y = 0, w = 0, h = 0;
};

void apply_full_screen(GLFWwindow* window, bool on, WindowPlace& saved) {
    const bool is_on = glfwGetWindowMonitor(window) != nullptr;
    if (on == is_on) return;
    if (on) {
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) return;
        glfwGetWindowPos(window, &saved.x, &saved.y);
        glfwGetWindowSize(window, &saved.w, &saved.h);
        glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, saved.x, saved.y, saved.w, saved.h, GLFW_DONT_CARE);
    }
}

} // namespace

int main(int argc, char** argv) {
    using namespace loopstep::app;
    std::vector<std::string> args(argv + 1, argv + argc);
    CliParse parsed = parse_cli(args);
    if (!parsed.ok()) {
        std::cerr << "loopstep: " << parsed.error << "\nTry 'loopstep --help'.\n";
        return 2;
    }
    const CliOptions& opts = parsed.options;
    switch (opts.mode) {
    case Mode::Help: std::cout << usage_text(); return 0;
    case Mode::Version: std::cout << "loopstep " LOOPSTEP_VERSION "\n"; return 0;
    case Mode::Run: return run_command(opts.run_args, std::cout, std::cerr);
    case Mode::Record: return record_command(opts.run_args, std::cout, std::cerr);
    case Mode::Gui:
    case Mode::Screenshot:
    case Mode::Bench: break;
    }

    StartupResult startup = make_app_state(opts, executable_path(argv[0]));
    if (!startup.state) {
        std::cerr << "loopstep: " << startup.error << "\n";
        return 2;
    }
    AppState& state = *startup.state;
    const bool screenshot = !opts.screenshot.empty();
    if (screenshot || opts.cursor || opts.cursor_percent || opts.cursor_end) {
        // The screenshot shows the recording at the cursor asked for, not "recording...".
        Session& session = *state.session;
        session.wait();
        if (opts.cursor_end) session.to_end();
        if (opts.cursor) session.set_cursor(*opts.cursor);
        if (opts.cursor_percent && session.size() > 0)
            session.set_cursor((session.size() - 1) *
                               static_cast<std::uint64_t>(*opts.cursor_percent) / 100);
    }
    std::unique_ptr<TimelineBench> bench;
    if (opts.mode == Mode::Bench) {
        if (!state.doc) return fail("--bench-frames needs a program: --scenario FILE.py");
        std::string error;
        bench = TimelineBench::start(state.doc->path, opts.bench_frames, &error);
        if (!bench) return fail(error);
    }

    glfwSetErrorCallback(remember_glfw_error);
    if (!glfwInit()) {
        return fail("cannot open a window, no display available (" + last_glfw_error +
                    "); run it on a desktop or under xvfb-run");
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(window_width, window_height, state.window_title().c_str(),
                                          nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return fail("cannot create a 1280x800 OpenGL 3.3 window (" + last_glfw_error + ")");
    }
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(window);
        glfwTerminate();
        return fail("cannot load the OpenGL 3.3 functions");
    }
    const int last_frame = bench ? opts.bench_frames : opts.frames;
    glfwSwapInterval(screenshot || bench ? 0 : 1); // vsync, except when nobody is watching
    float scale_x = 1, scale_y = 1;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);

    int status = 0;
    bool saved = false;
    {
        // Screenshots come out the same wherever they are taken: no saved layout.
        const std::filesystem::path config = screenshot ? "" : user_config_dir();
        Ui ui(window, scale_x, config.empty() ? config : config / "imgui.ini");
        glfwSetWindowUserPointer(window, &state);
        glfwSetDropCallback(window, open_dropped);
        WindowPlace place;
        std::string title = state.window_title();
        for (int frame = 1; !glfwWindowShouldClose(window) && !state.quit_requested; ++frame) {
            glfwPollEvents();
            if (bench) bench->prepare_frame(frame - 1);
            const double frame_start = bench ? thread_cpu_ms() : 0;
            if (bench)
                ui.frame(state, [&](const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
                    bench->draw(ctx, pos, size);
                });
            else
                ui.frame(state);
            apply_full_screen(window, state.full_screen, place);
            if (std::string t = state.window_title(); t != title) {
                title = t;
                glfwSetWindowTitle(window, title.c_str());
            }
            int fb_w = 0, fb_h = 0;
            glfwGetFramebufferSize(window, &fb_w, &fb_h);
            glViewport(0, 0, fb_w, fb_h);
            glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
            ui.render();
            if (bench) bench->end_frame(thread_cpu_ms() - frame_start);
            if (bench && frame == last_frame && !screenshot) {
                bench->print(std::cout);
                break;
            }
            if (screenshot && frame == last_frame) {
                if (bench) bench->print(std::cout);
                std::string error;
                saved = save_back_buffer_png(opts.screenshot, fb_w, fb_h, &error);
                if (saved) {
                    std::printf("loopstep: wrote %s (%dx%d, frame %d)\n", opts.screenshot.c_str(),
                                fb_w, fb_h, frame);
                } else {
                    status = fail(error);
                }
                break;
            }
            glfwSwapBuffers(window);
        }
    }
    if (screenshot && !saved && status == 0) {
        status = fail("the window closed before frame " + std::to_string(last_frame) +
                      "; no screenshot was written");
    }
    glfwDestroyWindow(window);
    glfwTerminate();
    return status;
}
