// The Timeline pane: a lane per task, plus the loop's thread and each executor thread, with the
// recording's segments and markers over virtual time or event steps. Wheel zooms around the
// mouse, Shift+wheel scrolls the lanes, dragging pans, a click moves the cursor to the event under
// it on that lane, and a click on a lane's name selects its task. The lanes come from
// timeline_model (built once per recording); each frame only culls, folds and draws what shows.
#pragma once

#include "app/task_style.h"
#include "app/timeline_model.h"
#include "app/view_context.h"

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace loopstep::app {

struct TimelineState {
    timeline::Axis axis = timeline::Axis::Steps;
    timeline::Range views[2] = {{0, 0}, {0, 0}}; // per axis (Time, Steps); empty: fit the whole run
    float scroll_y = 0;                          // pixels the task lanes are scrolled by

    // The lanes of the recording drawn last. The address and size only tell whether the
    // recording changed (it is never dereferenced through this); invalidate() forces a rebuild.
    timeline::Model model;
    const void* model_of = nullptr;
    std::uint64_t model_events = 0;
    void invalidate() { model_of = nullptr; }

    // What the view noticed last frame, to follow the cursor and the selection when they move.
    std::uint64_t last_cursor = UINT64_MAX;
    record::TaskId last_selected = 0;
    bool dragged = false; // the current press moved: its release is no click

    // Where the last frame put things, in screen pixels (for tests that click on lanes).
    struct Layout {
        ImVec2 plot_min, plot_max; // the lanes right of the names
        float names_x = 0;
        float pinned_y = 0, tasks_y = 0, lane_h = 0;
    } layout;

    // Per-frame scratch, kept to avoid allocating every frame.
    std::vector<timeline::DrawItem> items;
    std::vector<timeline::MarkerItem> marks;

    timeline::Range& view() { return views[axis == timeline::Axis::Time ? 0 : 1]; }
};

// The height of one lane with the current font.
float timeline_lane_height(const ViewContext& ctx);

void draw_timeline_view(const record::Recording& rec, TimelineState& state, std::uint64_t& cursor,
                        Selection& selection, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
