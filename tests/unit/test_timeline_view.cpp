// The Timeline pane driven without a window: an ImGui context with no backend, frames built by
// the test with a simulated mouse, and assertions on what a user would see change: the cursor
// after a click on a lane, the selection after a click on a lane's name, the view after the
// wheel and a drag.
#include "app/fonts.h"
#include "app/timeline_view.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <memory>

using namespace loopstep::app;

namespace {

// The interpreter is recorded once per process: the tests share this run. Two children sleep
// 0.1 s and 0.2 s while main awaits them; asyncio.run adds its two shutdown tasks: 5 tasks.
const loopstep::record::Recording& recording() {
    static std::shared_ptr<const loopstep::record::Recording> rec = [] {
        auto r = loopstep::record::record_program("view_case.py",
                                                  "import asyncio\n"
                                                  "async def child(n):\n"
                                                  "    await asyncio.sleep(0.1 * n)\n"
                                                  "    print('child', n)\n"
                                                  "async def main():\n"
                                                  "    t1 = asyncio.create_task(child(1))\n"
                                                  "    t2 = asyncio.create_task(child(2))\n"
                                                  "    await t1\n"
                                                  "    await t2\n"
                                                  "asyncio.run(main())\n");
        return r.recording;
    }();
    return *rec;
}

class Pane {
  public:
    Pane() : fonts_(1.0f), ctx_{fonts_, 1.0f, "", ""} {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 400);
        io.DeltaTime = 1.0f / 60;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        frame(); // lays the pane out, so state.layout says where the lanes are
    }
    ~Pane() { ImGui::DestroyContext(); }
    Pane(const Pane&) = delete;
    Pane& operator=(const Pane&) = delete;

    void frame() {
        ImGui::NewFrame();
        draw_timeline_view(recording(), state, cursor, selection, ctx_, ImVec2(0, 0),
                           ImVec2(1280, 400));
        ImGui::Render();
        ImGui::GetIO().MouseWheel = 0;
    }
    void move(ImVec2 p) {
        ImGui::GetIO().MousePos = p;
        frame();
    }
    void press(ImVec2 p) {
        ImGui::GetIO().MousePos = p;
        ImGui::GetIO().MouseDown[0] = true;
        frame();
    }
    void release() {
        ImGui::GetIO().MouseDown[0] = false;
        frame();
    }
    void click(ImVec2 p) {
        move(p);
        press(p);
        release();
    }
    void wheel(ImVec2 p, float amount) {
        ImGui::GetIO().MousePos = p;
        ImGui::GetIO().MouseWheel = amount;
        frame();
    }
    // The middle of lane `i` (0: the loop's) at fraction `fx` across the plot.
    ImVec2 on_lane(std::size_t i, float fx) const {
        const auto& l = state.layout;
        const std::size_t pinned = state.model.pinned_lanes;
        const float y = i < pinned ? l.pinned_y + (static_cast<float>(i) + 0.5f) * l.lane_h
                                   : l.tasks_y + (static_cast<float>(i - pinned) + 0.5f) * l.lane_h;
        return ImVec2(l.plot_min.x + fx * (l.plot_max.x - l.plot_min.x), y);
    }

    TimelineState state;
    std::uint64_t cursor = 0;
    Selection selection;

  private:
    FontLibrary fonts_;
    ViewContext ctx_;
};

} // namespace

TEST_CASE("the pane shows a lane for the loop and one per task", "[timeline]") {
    Pane pane;
    REQUIRE(pane.state.model.lanes.size() == 6);
    CHECK(pane.state.layout.lane_h > 0);
    CHECK(pane.state.layout.plot_max.x > pane.state.layout.plot_min.x);
}

TEST_CASE("a click on a lane's name selects that task, a second click clears it", "[timeline]") {
    Pane pane;
    const ImVec2 name(pane.state.layout.names_x + 20, pane.on_lane(2, 0).y); // Task-2's name
    pane.click(name);
    CHECK(pane.selection.task == 2);
    pane.click(name);
    CHECK(pane.selection.task == 0);
}

TEST_CASE("a click on a lane moves the cursor to the event under it", "[timeline]") {
    Pane pane;
    const auto n = recording().size();
    // The steps axis shows the whole run: its right end is the last event, its left the first.
    pane.click(pane.on_lane(0, 0.999f));
    CHECK(pane.cursor >= n - n / 100 - 1);
    pane.click(pane.on_lane(0, 0.001f));
    CHECK(pane.cursor <= n / 100);
    // On the virtual-time axis, half-way through the run (t=0.1) Task-3 (lane 3) still sleeps.
    pane.state.axis = timeline::Axis::Time;
    pane.frame();
    pane.click(pane.on_lane(3, 0.5f));
    CHECK(recording().state_at(pane.cursor).tasks[2].state == loopstep::record::TaskState::Waiting);
}

TEST_CASE("the wheel zooms around the mouse, a drag pans without moving the cursor", "[timeline]") {
    Pane pane;
    const timeline::Range full = pane.state.view();
    const ImVec2 at = pane.on_lane(0, 0.25f);
    pane.wheel(at, 1);
    const timeline::Range zoomed = pane.state.view();
    CHECK(zoomed.width() == Approx(full.width() * 0.8));
    // What was a quarter of the way across still is (ImGui puts the mouse on whole pixels).
    const double one_px =
        full.width() / (pane.state.layout.plot_max.x - pane.state.layout.plot_min.x);
    CHECK((zoomed.begin + 0.25 * zoomed.width()) ==
          Approx(full.begin + 0.25 * full.width()).margin(one_px));

    const std::uint64_t cursor = pane.cursor;
    const ImVec2 from = pane.on_lane(0, 0.5f);
    pane.press(from);
    pane.move(ImVec2(from.x + 60, from.y));
    pane.move(ImVec2(from.x + 120, from.y));
    pane.release();
    const timeline::Range panned = pane.state.view();
    CHECK(panned.begin < zoomed.begin); // dragging right shows what came before
    CHECK(panned.width() == Approx(zoomed.width()));
    CHECK(pane.cursor == cursor);
}
