// The ImGui views without a window: an ImGui context with no backend (the font atlas built in
// memory, frames driven by the test), the Tasks and Event loop panes drawn into it for a real
// recording, and the mouse moved by the test. What is checked is what a user would see or do:
// the panes draw something, the rows are in creation order and clicking one selects its task,
// the projector theme really is light, and the Lesson pane loads the lesson in the chosen
// language and its button opens the twin.
#include "app/app_state.h"
#include "app/fonts.h"
#include "app/lesson_view.h"
#include "app/loop_view.h"
#include "app/tasks_view.h"
#include "app/theme.h"
#include "app/view_context.h"
#include "core/record/recording.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

#include <imgui.h>

#include <cmath>
#include <memory>
#include <vector>

using namespace loopstep;
using namespace loopstep::app;

namespace {

const char* const kProgram = R"(import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    a = asyncio.create_task(sleeper(1))
    b = asyncio.create_task(sleeper(2))
    await asyncio.sleep(0.5)
    await a
    await b


asyncio.run(main()))";

// An ImGui context for one test, with the app's fonts and theme, and no platform or renderer.
class Headless {
  public:
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        fonts_ = std::make_unique<FontLibrary>(1.0f);
        fonts_->rebuild_if_needed();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        theme::apply(1.0f);
    }
    ~Headless() { ImGui::DestroyContext(); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    ViewContext context() const { return ViewContext{*fonts_, 1.0f, "none", "none", "en"}; }

    // One frame: `draw` submits the views; returns the number of vertices ImGui produced.
    template <typename Draw>
    int frame(Draw&& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }

  private:
    std::unique_ptr<FontLibrary> fonts_;
};

std::shared_ptr<const record::Recording> recording() {
    record::RecordResult r = record::record_program("views.py", kProgram);
    REQUIRE(r.recording);
    return r.recording;
}

// The state while main() sleeps its half second: three tasks waiting, two timers pending.
record::State waiting_state(const record::Recording& rec) {
    auto i = rec.find_next(0, record::Filter::of_kinds(kind_bit(record::EventKind::LoopWait)));
    REQUIRE(i);
    return rec.state_at(*i);
}

} // namespace

TEST_CASE("the Tasks and Event loop panes draw in a context without a window", "[views]") {
    Headless ui;
    auto rec = recording();
    const record::State st = waiting_state(*rec);
    REQUIRE(st.tasks.size() == 3);
    Selection sel;
    const ViewContext ctx = ui.context();
    int empty = ui.frame([] {});
    int tasks =
        ui.frame([&] { draw_tasks_view(*rec, st, sel, ctx, ImVec2(0, 0), ImVec2(700, 400)); });
    int loop =
        ui.frame([&] { draw_loop_view(*rec, st, sel, ctx, ImVec2(0, 0), ImVec2(560, 400)); });
    CHECK(empty == 0);
    CHECK(tasks > 0);
    CHECK(loop > 0);
    // A pane with more tasks draws more: the rows are really there.
    record::State fewer = st;
    fewer.tasks.resize(1);
    int one_task =
        ui.frame([&] { draw_tasks_view(*rec, fewer, sel, ctx, ImVec2(0, 0), ImVec2(700, 400)); });
    CHECK(one_task < tasks);
}

TEST_CASE("clicking a task row selects that task; rows are in creation order", "[views]") {
    Headless ui;
    auto rec = recording();
    const record::State st = waiting_state(*rec);
    const ViewContext ctx = ui.context();
    Selection sel;
    auto draw = [&] { draw_tasks_view(*rec, st, sel, ctx, ImVec2(0, 0), ImVec2(700, 400)); };
    ui.frame(draw); // lay the table out once

    // Click down the pane, a few pixels apart, and note which task each click selects.
    std::vector<record::TaskId> seen;
    float row_of_task_2 = -1;
    ImGuiIO& io = ImGui::GetIO();
    auto click = [&](float y) {
        io.MousePos = ImVec2(40, y);
        io.MouseDown[0] = true;
        ui.frame(draw);
        io.MouseDown[0] = false;
        ui.frame(draw);
    };
    const float step = ImGui::GetTextLineHeight() / 3;
    for (float y = 2; y < 400; y += step) {
        sel.task = 0;
        click(y);
        if (sel.task == 2 && row_of_task_2 < 0) row_of_task_2 = y;
        if (sel.task != 0 && (seen.empty() || seen.back() != sel.task)) seen.push_back(sel.task);
    }
    CHECK(seen == std::vector<record::TaskId>{1, 2, 3});

    // Clicking the selected row again clears the selection.
    REQUIRE(row_of_task_2 > 0);
    sel.task = 2;
    click(row_of_task_2);
    CHECK(sel.task == 0);
}

TEST_CASE("the projector theme is dark text on a light background", "[views][theme]") {
    Headless ui;
    // WCAG's relative luminance of an sRGB colour.
    auto luminance = [](ImVec4 c) {
        auto lin = [](float v) {
            return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
        };
        return 0.2126f * lin(c.x) + 0.7152f * lin(c.y) + 0.0722f * lin(c.z);
    };
    theme::apply(1.0f, theme::Theme::Projector);
    const ImGuiStyle& s = ImGui::GetStyle();
    const float text = luminance(s.Colors[ImGuiCol_Text]);
    const float bg = luminance(s.Colors[ImGuiCol_WindowBg]);
    CHECK(bg > 0.9f);
    // WCAG's contrast ratio; 7:1 is its "AAA" level for body text.
    CHECK((bg + 0.05f) / (text + 0.05f) >= 7.0f);
    CHECK(luminance(theme::pane_bg()) > 0.9f);
    const float padding = s.WindowPadding.x;
    theme::apply(1.0f, theme::Theme::Projector); // applying twice does not scale twice
    CHECK(ImGui::GetStyle().WindowPadding.x == padding);
    theme::apply(2.0f, theme::Theme::Dark);
    CHECK(ImGui::GetStyle().WindowPadding.x == 2 * padding);
    CHECK(luminance(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]) < 0.3f);
}

TEST_CASE("the Lesson pane shows the lesson in the chosen language and opens the twin",
          "[views][lesson]") {
    Headless ui;
    testing::TempDir dir;
    dir.write("07_bug.py", "# title: Bug\n# twin: 07_bug_fixed.py\nprint(1)\n");
    dir.write("07_bug_fixed.py", "# title: Fixed\n# twin: 07_bug.py\nprint(2)\n");
    dir.write("lessons/07_bug.ko.md",
              "## Explanation\n이벤트 루프가 멈춥니다.\n\n## What to watch for\n- 하트비트\n");
    AppState state;
    state.catalogue = scan_catalogue(dir.path());
    REQUIRE(state.open_scenario(dir.path() / "07_bug.py"));
    state.take_new_text();
    state.lang = "ko";
    ViewContext ctx = ui.context();
    ctx.lang = "ko";
    auto draw = [&] { draw_lesson_view(state, ctx, ImVec2(0, 0), ImVec2(400, 600)); };
    ui.frame(draw);
    // The Korean lesson was loaded: its text went to the font atlas's list of glyphs to add.
    bool explanation_seen = false;
    for (const std::string& t : state.take_new_text())
        explanation_seen = explanation_seen || t == "이벤트 루프가 멈춥니다.";
    CHECK(explanation_seen);

    // Somewhere down the pane is the button to the fixed version; click down until it opens.
    ImGuiIO& io = ImGui::GetIO();
    auto click_until_opened = [&](const std::string& file) {
        for (float y = 2; y < 600; y += 4) {
            io.MousePos = ImVec2(60, y);
            io.MouseDown[0] = true;
            ui.frame(draw);
            io.MouseDown[0] = false;
            ui.frame(draw);
            if (state.doc->path.filename() == file) return true;
        }
        return false;
    };
    CHECK(click_until_opened("07_bug_fixed.py"));
    CHECK(click_until_opened("07_bug.py"));
}
