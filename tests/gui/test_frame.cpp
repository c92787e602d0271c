// The app's views without a window: an ImGui context with no backend (display size set, fonts
// built in memory), frames driven by the test, key presses and mouse clicks fed through ImGuiIO
// as the GLFW backend would feed them. Asserts what a student sees happen: the arrow keys and
// Space move the cursor, a click on the Source gutter sets a breakpoint that F5 runs to, a click
// on a Console line moves the cursor to the event that printed it, and every pane is on screen.
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/frame.h"
#include "app/theme.h"

#include "../unit/temp_dir.h"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>

using namespace loopstep;
using namespace loopstep::app;
using loopstep::testing::TempDir;

namespace {

// Line numbers matter: the breakpoint test clicks line 6.
const char* const program = R"(import asyncio

async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")

async def main():
    await asyncio.gather(worker("a", 0.2), worker("b", 0.1))

asyncio.run(main())
)";

class Harness {
  public:
    explicit Harness(const std::string& source) : fonts_(1.0f) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.IniFilename = nullptr;
        io.DeltaTime = 1.0f / 60;
        // The key map the GLFW backend installs: ImGuiKey -> GLFW key code.
        io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
        io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
        io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
        io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
        io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
        io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
        theme::apply(1.0f);
        fonts_.rebuild_if_needed();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        register_layout_settings(frame_state_.layout);

        file_ = dir_.write("lesson.py", source);
        CliOptions opts;
        opts.scenarios_dir = dir_.path().string();
        opts.scenario = file_.string();
        opts.mode = Mode::Screenshot;
        auto start = make_app_state(opts, "/nonexistent/loopstep");
        REQUIRE(start.state);
        state_.emplace(std::move(*start.state));
        state_->session->wait();
        // The main menu bar's height reaches the viewport's work area one frame later.
        frame();
        frame();
    }
    ~Harness() { ImGui::DestroyContext(); }

    AppState& state() { return *state_; }
    Session& session() { return *state_->session; }

    void frame() {
        ImGui::NewFrame();
        const ViewContext ctx{fonts_, 1.0f, "none", "none"};
        draw_frame(*state_, ctx, frame_state_);
        ImGui::Render();
    }

    // A key goes down for one frame and up for the next, as a tap does.
    void tap(int glfw_key) {
        ImGui::GetIO().KeysDown[glfw_key] = true;
        frame();
        ImGui::GetIO().KeysDown[glfw_key] = false;
        frame();
    }

    void click(ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        frame(); // hover first, as a real mouse does
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }

    // A window by the start of its name: child windows are named "Parent/child_1234ABCD".
    static ImGuiWindow* window(std::string_view prefix) {
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (std::string_view(w->Name).substr(0, prefix.size()) == prefix && w->Active) return w;
        return nullptr;
    }

  private:
    TempDir dir_;
    std::filesystem::path file_;
    FontLibrary fonts_;
    FrameState frame_state_;
    std::optional<AppState> state_;
};

float mono_row_height() {
    // The Source pane's rows: the code font's line height plus 3 px between rows.
    return ImGui::GetIO().Fonts->Fonts.size() > 1 ? ImGui::GetIO().Fonts->Fonts[1]->FontSize + 3
                                                  : ImGui::GetFontSize() + 3;
}

} // namespace

TEST_CASE("every pane is on screen at 1280x800", "[views]") {
    Harness h(program);
    for (const char* name :
         {"Source", "Console", "##controls", "##status", "Tasks", "Event loop", "##timeline"}) {
        INFO(name);
        ImGuiWindow* w = Harness::window(name);
        REQUIRE(w);
        CHECK(w->Pos.x >= 0);
        CHECK(w->Pos.y >= 0);
        CHECK(w->Pos.x + w->Size.x <= 1280.5f);
        CHECK(w->Pos.y + w->Size.y <= 800.5f);
        CHECK(w->Size.x >= 80);
        CHECK(w->Size.y >= 20);
    }
}

TEST_CASE("the arrow keys, Home, End and Space move the cursor", "[views]") {
    Harness h(program);
    Session& s = h.session();
    REQUIRE(s.before_start());
    h.tap(GLFW_KEY_RIGHT);
    REQUIRE_FALSE(s.before_start());
    const auto first = s.cursor();
    CHECK(s.recording()->event(first).kind == record::EventKind::CallbackStart);
    h.tap(GLFW_KEY_RIGHT);
    CHECK(s.cursor() > first);
    h.tap(GLFW_KEY_LEFT);
    CHECK(s.cursor() == first);
    h.tap(GLFW_KEY_END);
    CHECK(s.at_end());
    h.tap(GLFW_KEY_HOME);
    CHECK(s.before_start());
    h.tap(GLFW_KEY_SPACE);
    CHECK(s.playing());
    for (int i = 0; i < 60; ++i) h.frame(); // a second at the default speed: a few steps
    CHECK_FALSE(s.before_start());
    h.tap(GLFW_KEY_SPACE);
    CHECK_FALSE(s.playing());
}

TEST_CASE("a click on the Source gutter sets a breakpoint, F5 runs to it", "[views]") {
    Harness h(program);
    ImGuiWindow* code = Harness::window("Source/##code");
    REQUIRE(code);
    // Line 6, `print(name, "end")`, in the breakpoint column at the gutter's left edge.
    const float row = mono_row_height();
    const float pad = 8;
    const ImVec2 at(code->Pos.x + 8, code->DC.CursorStartPos.y + pad * 0.5f + 5.5f * row);
    h.click(at);
    CHECK(h.session().breakpoints() == std::set<int>{6});
    h.tap(GLFW_KEY_F5);
    CHECK(h.session().state().current_line == 6);
    CHECK(h.session().state().time == Approx(0.1)); // b sleeps less: it gets there first
    h.click(at);
    CHECK(h.session().breakpoints().empty());
}

TEST_CASE("a click on a Console line moves the cursor to the event that printed it", "[views]") {
    Harness h(program);
    h.tap(GLFW_KEY_END);
    ImGuiWindow* console = Harness::window("Console/##console");
    REQUIRE(console);
    const auto lines = h.session().recording()->output_lines();
    REQUIRE(lines.size() == 4); // a start, b start, b end, a end
    const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y;
    // The second line, "b start".
    h.click(ImVec2(console->Pos.x + 40, console->DC.CursorStartPos.y + row * 1.5f));
    CHECK(h.session().cursor() == lines[1].event);
    CHECK(h.session().state().output_lines == 2);
}
