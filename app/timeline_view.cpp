// The Timeline pane; see timeline_view.h. Layout: a toolbar row (axis toggle, fit, legend), then
// the axis with its ticks, the pinned lanes (the loop's thread and the executor threads), and the
// task lanes, which scroll. Everything in the plot is drawn with one ImDrawList from the folded
// items of timeline_model; one invisible button over the plot takes the wheel, drags and clicks.
#include "app/timeline_view.h"

#include "app/theme.h"
#include "app/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace loopstep::app {

namespace {

using timeline::Axis;
using timeline::Lane;
using timeline::LaneKind;
using timeline::MarkerItem;
using timeline::PixelMap;
using timeline::Range;
using timeline::SegmentKind;

constexpr float kFoldPx = 3;   // segments narrower than this fold into their neighbours
constexpr float kMarkerPx = 7; // markers closer than this fold into one
constexpr float kWheelZoom = 0.8f;

ImU32 with_alpha(Rgba c, int alpha) {
    return (c & 0x00FFFFFFu) | (static_cast<ImU32>(alpha) << 24);
}

constexpr Rgba rgb(unsigned r, unsigned g, unsigned b) {
    return 0xFF000000u | (b << 16) | (g << 8) | r;
}

// The loop's and the threads' segments, in the words a student reads on the Event loop pane.
StateStyle segment_style(SegmentKind k) {
    if (auto s = timeline::task_state_of(k)) return state_style(*s);
    switch (k) {
    case SegmentKind::LoopCallback:
        return {"callback", state_style(record::TaskState::Running).colour, FillPattern::Solid};
    case SegmentKind::LoopBlocked: return {"blocked", rgb(0xF8, 0x51, 0x49), FillPattern::Hatched};
    case SegmentKind::LoopWaiting:
        return {"waiting for a timer", state_style(record::TaskState::Waiting).colour,
                FillPattern::Dotted};
    case SegmentKind::ThreadRunning:
        return {"running", state_style(record::TaskState::Running).colour, FillPattern::Solid};
    default: return {"busy", rgb(0x9A, 0xA4, 0xB8), FillPattern::Solid};
    }
}

// Blocked is told from ready (both hatched) by crossing its hatching.
bool cross_hatched(SegmentKind k) {
    return k == SegmentKind::LoopBlocked;
}

std::string segment_words(const timeline::Segment& s) {
    std::string w = segment_style(s.kind).word;
    if (s.kind == SegmentKind::TaskWaiting && s.wait != record::WaitKind::None)
        w += std::string(" (") + record::wait_kind_name(s.wait) + ")";
    return w;
}

// Diagonal lines, clipped to the rect by hand: a clip rect per segment would split draw calls.
void hatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float spacing, bool rising) {
    const float h = b.y - a.y;
    float c = std::floor((a.x - h) / spacing) * spacing;
    for (; c < b.x; c += spacing) {
        const float xs = std::max(c, a.x), xe = std::min(c + h, b.x);
        if (xe <= xs) continue;
        if (rising)
            dl->AddLine(ImVec2(xs, b.y - (xs - c)), ImVec2(xe, b.y - (xe - c)), col);
        else
            dl->AddLine(ImVec2(xs, a.y + (xs - c)), ImVec2(xe, a.y + (xe - c)), col);
    }
}

void draw_segment_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, SegmentKind kind, float scale) {
    const StateStyle st = segment_style(kind);
    const float w = b.x - a.x;
    switch (kind == SegmentKind::Mixed ? FillPattern::Solid : st.pattern) {
    case FillPattern::Solid: dl->AddRectFilled(a, b, with_alpha(st.colour, 0xE0)); break;
    case FillPattern::Hatched:
        dl->AddRectFilled(a, b, with_alpha(st.colour, 0x50));
        if (w >= 4 * scale) {
            hatch(dl, a, b, with_alpha(st.colour, 0xFF), 5 * scale, true);
            if (cross_hatched(kind)) hatch(dl, a, b, with_alpha(st.colour, 0xFF), 5 * scale, false);
        }
        break;
    case FillPattern::Dotted: {
        dl->AddRectFilled(a, b, with_alpha(st.colour, 0x38));
        const float step = 5 * scale, mid = std::floor((a.y + b.y) * 0.5f);
        const float d = std::max(1.0f, std::floor(1.5f * scale));
        for (float x = std::ceil(a.x / step) * step; x + d <= b.x; x += step)
            dl->AddRectFilled(ImVec2(x, mid - d * 0.5f), ImVec2(x + d, mid + d * 0.5f),
                              with_alpha(st.colour, 0xFF));
        break;
    }
    case FillPattern::Outline:
        dl->AddRectFilled(a, b, with_alpha(st.colour, 0x18));
        dl->AddRect(a, b, with_alpha(st.colour, 0xB0));
        break;
    }
    if (kind == SegmentKind::Mixed) // a folded run: a light top edge tells it from a segment
        dl->AddLine(ImVec2(a.x, a.y + 1), ImVec2(b.x, a.y + 1), IM_COL32(255, 255, 255, 90));
}

void draw_marker(ImDrawList* dl, ImVec2 c, record::MarkerKind kind, float r) {
    using record::MarkerKind;
    const ImU32 edge = IM_COL32(20, 22, 26, 255);
    switch (kind) {
    case MarkerKind::Created: // ▶ a task starts
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.6f, c.y - r), ImVec2(c.x - r * 0.6f, c.y + r),
                              ImVec2(c.x + r, c.y), IM_COL32(120, 220, 140, 255));
        break;
    case MarkerKind::Await: // ▼ suspends at an await
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.7f, c.y - r * 0.6f),
                              ImVec2(c.x + r * 0.7f, c.y - r * 0.6f), ImVec2(c.x, c.y + r * 0.6f),
                              IM_COL32(200, 205, 215, 255));
        break;
    case MarkerKind::Woken: // ▲ woken
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.7f, c.y + r * 0.6f),
                              ImVec2(c.x + r * 0.7f, c.y + r * 0.6f), ImVec2(c.x, c.y - r * 0.6f),
                              IM_COL32(240, 200, 90, 255));
        break;
    case MarkerKind::Cancelled: { // ✕
        const ImU32 col = IM_COL32(255, 170, 80, 255);
        dl->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col, 2);
        dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), col, 2);
        break;
    }
    case MarkerKind::Failed:
    case MarkerKind::Exception: // ◆
        dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                          ImVec2(c.x - r, c.y), IM_COL32(248, 81, 73, 255));
        dl->AddQuad(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                    ImVec2(c.x - r, c.y), edge);
        break;
    case MarkerKind::Output: // ■ printed
        dl->AddRectFilled(ImVec2(c.x - r * 0.6f, c.y - r * 0.6f),
                          ImVec2(c.x + r * 0.6f, c.y + r * 0.6f), IM_COL32(235, 235, 240, 255));
        dl->AddRect(ImVec2(c.x - r * 0.6f, c.y - r * 0.6f), ImVec2(c.x + r * 0.6f, c.y + r * 0.6f),
                    edge);
        break;
    case MarkerKind::Warning: // ● warning
        dl->AddCircleFilled(c, r * 0.8f, IM_COL32(255, 196, 0, 255), 10);
        dl->AddCircle(c, r * 0.8f, edge, 10);
        break;
    }
}

const char* marker_word(record::MarkerKind k) {
    using record::MarkerKind;
    switch (k) {
    case MarkerKind::Created: return "created";
    case MarkerKind::Await: return "await";
    case MarkerKind::Woken: return "woken";
    case MarkerKind::Cancelled: return "cancelled";
    case MarkerKind::Failed: return "failed";
    case MarkerKind::Exception: return "exception";
    case MarkerKind::Output: return "output";
    case MarkerKind::Warning: return "warning";
    }
    return "?";
}

std::string format_time(double t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "t=%.6g", t);
    return buf;
}

void legend(const ViewContext& ctx) {
    struct Entry {
        SegmentKind kind;
        const char* word;
    };
    const Entry entries[] = {
        {SegmentKind::TaskRunning, "running"}, {SegmentKind::TaskReady, "ready"},
        {SegmentKind::TaskWaiting, "waiting"}, {SegmentKind::LoopBlocked, "blocked"},
        {SegmentKind::TaskDone, "done"},       {SegmentKind::Mixed, "busy (zoom in)"},
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    for (const Entry& e : entries) {
        ImGui::SameLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 a(p.x, p.y + ImGui::GetStyle().FramePadding.y);
        const ImVec2 b(a.x + 2.2f * h, a.y + h);
        draw_segment_rect(dl, a, b, e.kind, ctx.scale);
        ImGui::Dummy(ImVec2(2.2f * h, h));
        ImGui::SameLine(0, 4 * ctx.scale);
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(theme::text_dim(), "%s", e.word);
    }
}

// Keeps the model in step with the recording shown.
void sync_model(const record::Recording& rec, TimelineState& st) {
    if (st.model_of == &rec && st.model_events == rec.size()) return;
    st.model = timeline::build_model(rec);
    st.model_of = &rec;
    st.model_events = rec.size();
    st.views[0] = st.model.domain(Axis::Time);
    st.views[1] = st.model.domain(Axis::Steps);
    st.scroll_y = 0;
    st.last_cursor = UINT64_MAX;
}

struct Geometry {
    ImVec2 plot_min, plot_max; // the lanes' area right of the names, below the axis
    float names_x = 0, names_w = 0;
    float axis_y = 0, axis_h = 0;
    float lane_h = 0;
    float pinned_y = 0, tasks_y = 0; // top of the pinned lanes, top of the task lanes
    float tasks_h = 0;
    float scrollbar_w = 0;
};

// Which lane the y coordinate is on, or -1.
long lane_at(const Geometry& g, const TimelineState& st, float y) {
    const auto pinned = static_cast<long>(st.model.pinned_lanes);
    if (y >= g.pinned_y && y < g.pinned_y + static_cast<float>(pinned) * g.lane_h)
        return static_cast<long>((y - g.pinned_y) / g.lane_h);
    if (y >= g.tasks_y && y < g.tasks_y + g.tasks_h) {
        const long i = pinned + static_cast<long>((y - g.tasks_y + st.scroll_y) / g.lane_h);
        return i < static_cast<long>(st.model.lanes.size()) ? i : -1;
    }
    return -1;
}

float task_content_h(const Geometry& g, const TimelineState& st) {
    return static_cast<float>(st.model.lanes.size() - st.model.pinned_lanes) * g.lane_h;
}

void clamp_scroll(const Geometry& g, TimelineState& st) {
    st.scroll_y = std::clamp(st.scroll_y, 0.0f, std::max(0.0f, task_content_h(g, st) - g.tasks_h));
}

void draw_lane(ImDrawList* dl, const Lane& lane, const Geometry& g, float y, TimelineState& st,
               const PixelMap& map, bool selected, const ViewContext& ctx) {
    const float x0 = g.plot_min.x, x1 = g.plot_max.x;
    if (selected)
        dl->AddRectFilled(ImVec2(g.names_x, y), ImVec2(x1, y + g.lane_h),
                          ImGui::GetColorU32(ImVec4(0.40f, 0.64f, 0.93f, 0.22f)));
    dl->AddLine(ImVec2(g.names_x, y + g.lane_h - 0.5f), ImVec2(x1, y + g.lane_h - 0.5f),
                IM_COL32(255, 255, 255, 14));

    const float pad = std::max(2.0f, 3 * ctx.scale);
    const float top = y + pad, bottom = y + g.lane_h - pad;
    st.items.clear();
    timeline::fold_segments(lane.segments, st.axis, map, kFoldPx * ctx.scale, st.items);
    const ImU32 label_col = IM_COL32(15, 17, 20, 255);
    for (const timeline::DrawItem& it : st.items) {
        const ImVec2 a(x0 + it.x0, top), b(x0 + it.x1, bottom);
        draw_segment_rect(dl, a, b, it.kind, ctx.scale);
        if (it.count == 1 && it.x1 - it.x0 > 40 * ctx.scale) {
            const std::string words = segment_words(lane.segments[it.first]);
            const float tw = ImGui::CalcTextSize(words.c_str()).x;
            const float vis0 = std::max(a.x, x0), vis1 = std::min(b.x, x1);
            if (tw + 8 * ctx.scale < vis1 - vis0) {
                const StateStyle stl = segment_style(it.kind);
                const bool dark_text = stl.pattern == FillPattern::Solid;
                dl->AddText(
                    ImVec2(vis0 + 4 * ctx.scale, (top + bottom - ImGui::GetFontSize()) * 0.5f),
                    dark_text ? label_col : ImGui::GetColorU32(theme::text()), words.c_str());
            }
        }
    }
    st.marks.clear();
    timeline::fold_markers(lane.markers, st.axis, map, kMarkerPx * ctx.scale, st.marks);
    const float r = std::max(3.0f, 3.5f * ctx.scale);
    for (const MarkerItem& m : st.marks)
        draw_marker(dl, ImVec2(x0 + m.x, top + r * 0.2f + (bottom - top) * 0.5f), m.kind, r);
}

void draw_lane_name(ImDrawList* dl, const Lane& lane, const Geometry& g, float y, bool selected,
                    const ViewContext& ctx) {
    const float sw = 4 * ctx.scale;
    const ImU32 swatch = lane.kind == LaneKind::Task   ? task_colour(lane.id)
                         : lane.kind == LaneKind::Loop ? ImGui::GetColorU32(theme::accent())
                                                       : IM_COL32(160, 164, 172, 255);
    dl->AddRectFilled(ImVec2(g.names_x + 2, y + 3), ImVec2(g.names_x + 2 + sw, y + g.lane_h - 3),
                      swatch);
    const ImVec4 col = selected ? theme::text() : theme::text_dim();
    const float text_x = g.names_x + 2 + sw + 5 * ctx.scale;
    dl->PushClipRect(ImVec2(g.names_x, y), ImVec2(g.names_x + g.names_w - 4, y + g.lane_h), true);
    dl->AddText(ImVec2(text_x, y + (g.lane_h - ImGui::GetFontSize()) * 0.5f),
                ImGui::GetColorU32(col), lane.name.c_str());
    dl->PopClipRect();
}

void draw_axis(ImDrawList* dl, const Geometry& g, const TimelineState& st, const PixelMap& map,
               const ViewContext& ctx) {
    const float x0 = g.plot_min.x;
    const double step = timeline::tick_step(map, 90 * ctx.scale, st.axis);
    const double first = std::ceil(map.view.begin / step) * step;
    const ImU32 tick = ImGui::GetColorU32(theme::text_dim());
    const ImU32 grid = IM_COL32(255, 255, 255, 18);
    for (double v = first; v <= map.view.end; v += step) {
        const float x = std::floor(x0 + map.to_px(v)) + 0.5f;
        dl->AddLine(ImVec2(x, g.axis_y + g.axis_h - 5 * ctx.scale), ImVec2(x, g.axis_y + g.axis_h),
                    tick);
        dl->AddLine(ImVec2(x, g.axis_y + g.axis_h), ImVec2(x, g.plot_max.y), grid);
        const std::string label = timeline::tick_label(v, step, st.axis);
        dl->AddText(ImVec2(x + 3 * ctx.scale, g.axis_y + 1), tick, label.c_str());
    }
}

void tooltip(const Lane& lane, const TimelineState& st, const PixelMap& map, float px,
             const ViewContext& ctx) {
    auto [mf, ml] = timeline::visible_markers(
        lane.markers, st.axis, map.to_value(px - 4 * ctx.scale), map.to_value(px + 4 * ctx.scale));
    const auto& segs = lane.segments;
    auto [f, l] =
        timeline::visible_segments(segs, st.axis, map.to_value(px - 1), map.to_value(px + 1));
    if (mf >= ml && f >= l) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(lane.name.c_str());
    if (mf < ml) {
        const timeline::MarkerPoint& m = lane.markers[mf];
        ImGui::Text("%s at event %llu, %s%s", marker_word(m.kind),
                    static_cast<unsigned long long>(m.index), format_time(m.time).c_str(),
                    ml - mf > 1 ? " (and more: zoom in)" : "");
    } else {
        const double width_px =
            (timeline::x_end(segs[f], st.axis) - timeline::x_begin(segs[f], st.axis)) *
            map.px_per_unit();
        if (l - f > 1 && width_px < kFoldPx * ctx.scale) {
            ImGui::TextColored(theme::text_dim(), "%zu segments here: zoom in to tell them apart",
                               l - f);
        } else {
            const timeline::Segment& s = segs[f];
            ImGui::TextUnformatted(segment_words(s).c_str());
            ImGui::TextColored(
                theme::text_dim(), "events %llu to %llu, %s to %s",
                static_cast<unsigned long long>(s.begin),
                static_cast<unsigned long long>(s.end > s.begin ? s.end - 1 : s.begin),
                format_time(s.begin_time).c_str(), format_time(s.end_time).c_str());
        }
    }
    ImGui::TextColored(theme::text_dim(), "click: move the cursor here");
    ImGui::EndTooltip();
}

} // namespace

float timeline_lane_height(const ViewContext& ctx) {
    return std::floor(ImGui::GetTextLineHeight() + 8 * ctx.scale);
}

void draw_timeline_view(const record::Recording& rec, TimelineState& st, std::uint64_t& cursor,
                        Selection& selection, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    const bool open = ImGui::Begin("##timeline", nullptr,
                                   pane_flags | ImGuiWindowFlags_NoScrollbar |
                                       ImGuiWindowFlags_NoScrollWithMouse);
    if (!open) {
        ImGui::End();
        return;
    }
    sync_model(rec, st);
    const timeline::Model& model = st.model;

    // Toolbar: the axis toggle, fit, the legend.
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::text_dim(), "TIMELINE");
    ImGui::SameLine();
    if (ImGui::RadioButton("steps", st.axis == Axis::Steps)) st.axis = Axis::Steps;
    ImGui::SameLine();
    if (ImGui::RadioButton("virtual time", st.axis == Axis::Time)) st.axis = Axis::Time;
    ImGui::SameLine();
    if (ImGui::SmallButton("fit")) st.view() = model.domain(st.axis);
    legend(ctx);
    if (st.axis == Axis::Time && model.end_time == 0) {
        ImGui::SameLine();
        ImGui::TextColored(theme::text_dim(), "(no virtual time passes in this run)");
    }

    Geometry g;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    g.lane_h = timeline_lane_height(ctx);
    g.names_x = origin.x;
    g.names_w = std::clamp(avail.x * 0.18f, 110 * ctx.scale, 200 * ctx.scale);
    g.scrollbar_w = ImGui::GetStyle().ScrollbarSize;
    g.axis_y = origin.y;
    g.axis_h = std::floor(ImGui::GetTextLineHeight() + 6 * ctx.scale);
    g.plot_min = ImVec2(origin.x + g.names_w, origin.y + g.axis_h);
    g.plot_max = ImVec2(origin.x + avail.x - g.scrollbar_w, origin.y + avail.y);
    g.pinned_y = g.plot_min.y;
    g.tasks_y = g.pinned_y + static_cast<float>(model.pinned_lanes) * g.lane_h + 2;
    g.tasks_h = std::max(0.0f, g.plot_max.y - g.tasks_y);
    const float plot_w = g.plot_max.x - g.plot_min.x;
    if (plot_w < 10 || g.plot_max.y - g.plot_min.y < g.lane_h) {
        ImGui::End();
        return;
    }

    st.layout = {g.plot_min, g.plot_max, g.names_x, g.pinned_y, g.tasks_y, g.lane_h};
    const Range domain = model.domain(st.axis);
    const double min_w = timeline::min_view_width(st.axis);
    if (st.view().width() <= 0) st.view() = domain;
    st.view() = timeline::clamp_view(st.view(), domain, min_w);
    const double cursor_time =
        rec.size() ? rec.event(std::min<std::uint64_t>(cursor, rec.size() - 1)).time : 0;

    // Follow the cursor when it moved elsewhere (stepping) and left the view.
    if (cursor != st.last_cursor) {
        const double cx = timeline::cursor_x(cursor, cursor_time, st.axis);
        Range v = st.view();
        if (st.last_cursor != UINT64_MAX && (cx < v.begin || cx > v.end)) {
            const double w = v.width();
            st.view() = timeline::clamp_view({cx - w * 0.5, cx + w * 0.5}, domain, min_w);
        }
        st.last_cursor = cursor;
    }
    // Bring a task selected elsewhere into view.
    if (selection.task != st.last_selected) {
        st.last_selected = selection.task;
        const std::size_t first_task = model.pinned_lanes;
        if (selection.task != 0 && first_task + selection.task - 1 < model.lanes.size()) {
            const float y = static_cast<float>(selection.task - 1) * g.lane_h;
            if (y < st.scroll_y || y + g.lane_h > st.scroll_y + g.tasks_h)
                st.scroll_y = y - g.tasks_h * 0.5f;
        }
    }

    // Input over the plot: wheel zooms around the mouse, Shift+wheel scrolls the lanes, a drag
    // pans both ways, a click moves the cursor.
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetCursorScreenPos(g.plot_min);
    ImGui::InvisibleButton("##plot", ImVec2(plot_w, g.plot_max.y - g.plot_min.y));
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemActivated()) st.dragged = false;
    if (hovered) {
        const float mx = io.MousePos.x - g.plot_min.x;
        PixelMap map{st.view(), plot_w};
        if (io.MouseWheel != 0 && io.KeyShift) {
            st.scroll_y -= io.MouseWheel * 3 * g.lane_h;
        } else if (io.MouseWheel != 0) {
            st.view() = timeline::zoom_around(st.view(), map.to_value(mx),
                                              std::pow(kWheelZoom, io.MouseWheel), domain, min_w);
        }
        if (io.MouseWheelH != 0)
            st.view() =
                timeline::pan_pixels(st.view(), io.MouseWheelH * 40 * ctx.scale, plot_w, domain);
    }
    if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3 * ctx.scale)) {
        st.dragged = true;
        st.view() = timeline::pan_pixels(st.view(), io.MouseDelta.x, plot_w, domain);
        st.scroll_y -= io.MouseDelta.y;
    }
    clamp_scroll(g, st);
    const PixelMap map{st.view(), plot_w};
    if (ImGui::IsItemDeactivated() && !st.dragged) {
        const long li = lane_at(g, st, io.MouseClickedPos[0].y);
        if (li >= 0) {
            const Lane& lane = model.lanes[static_cast<std::size_t>(li)];
            auto e = timeline::event_at_pixel(
                lane, st.axis, map, io.MouseClickedPos[0].x - g.plot_min.x, 4 * ctx.scale,
                model.event_count, [&](double t) { return timeline::first_event_at_time(rec, t); });
            if (e) {
                cursor = *e;
                st.last_cursor = cursor; // the view stays where the user clicked
            }
        }
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(g.names_x, g.axis_y), g.plot_max,
                      ImGui::GetColorU32(theme::code_bg()));
    draw_axis(dl, g, st, map, ctx);

    // Lane names: clicking a task's name selects it (and clicking it again clears the selection).
    auto name_button = [&](const Lane& lane, float y, std::size_t index) {
        if (lane.kind != LaneKind::Task) return;
        ImGui::SetCursorScreenPos(ImVec2(g.names_x, y));
        ImGui::PushID(static_cast<int>(index));
        if (ImGui::InvisibleButton("##name", ImVec2(g.names_w - 4, g.lane_h)))
            selection.task = selection.task == lane.id ? 0 : lane.id;
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s: click to select this task in every pane", lane.name.c_str());
        }
        ImGui::PopID();
    };

    dl->PushClipRect(ImVec2(g.names_x, g.pinned_y), g.plot_max, true);
    for (std::size_t i = 0; i < model.pinned_lanes; ++i) {
        const float y = g.pinned_y + static_cast<float>(i) * g.lane_h;
        dl->PushClipRect(g.plot_min, g.plot_max, true);
        draw_lane(dl, model.lanes[i], g, y, st, map, false, ctx);
        dl->PopClipRect();
        draw_lane_name(dl, model.lanes[i], g, y, false, ctx);
    }
    dl->AddLine(ImVec2(g.names_x, g.tasks_y - 1), ImVec2(g.plot_max.x, g.tasks_y - 1),
                ImGui::GetColorU32(theme::text_dim()));

    // Task lanes: only the rows on screen are looked at.
    dl->PushClipRect(ImVec2(g.names_x, g.tasks_y), g.plot_max, true);
    const std::size_t n_tasks = model.lanes.size() - model.pinned_lanes;
    const auto first_row = static_cast<std::size_t>(st.scroll_y / g.lane_h);
    const auto rows = static_cast<std::size_t>(g.tasks_h / g.lane_h) + 2;
    for (std::size_t r = first_row; r < std::min(n_tasks, first_row + rows); ++r) {
        const std::size_t li = model.pinned_lanes + r;
        const Lane& lane = model.lanes[li];
        const float y = g.tasks_y + static_cast<float>(r) * g.lane_h - st.scroll_y;
        const bool selected = lane.id == selection.task;
        dl->PushClipRect(ImVec2(g.names_x, std::max(y, g.tasks_y)), g.plot_max, true);
        draw_lane(dl, lane, g, y, st, map, selected, ctx);
        dl->PopClipRect();
        dl->PushClipRect(ImVec2(g.names_x, g.tasks_y), ImVec2(g.plot_min.x, g.plot_max.y), true);
        draw_lane_name(dl, lane, g, y, selected, ctx);
        dl->PopClipRect();
        if (y >= g.tasks_y - g.lane_h * 0.5f && y + g.lane_h * 0.5f <= g.plot_max.y)
            name_button(lane, y, li);
    }
    dl->PopClipRect();
    if (n_tasks == 0)
        dl->AddText(ImVec2(g.plot_min.x + 8 * ctx.scale, g.tasks_y + 4 * ctx.scale),
                    ImGui::GetColorU32(theme::text_dim()), "no tasks in this run");

    // The cursor: the state after event `cursor`.
    const float cx = g.plot_min.x + map.to_px(timeline::cursor_x(cursor, cursor_time, st.axis));
    if (cx >= g.plot_min.x && cx <= g.plot_max.x) {
        const ImU32 col = ImGui::GetColorU32(theme::accent());
        dl->AddLine(ImVec2(cx, g.axis_y), ImVec2(cx, g.plot_max.y), col, 2);
        const float t = 5 * ctx.scale;
        dl->AddTriangleFilled(ImVec2(cx - t, g.axis_y), ImVec2(cx + t, g.axis_y),
                              ImVec2(cx, g.axis_y + t), col);
    }
    dl->PopClipRect();

    // The task lanes' scrollbar.
    if (task_content_h(g, st) > g.tasks_h) {
        const ImRect bb(ImVec2(g.plot_max.x, g.tasks_y),
                        ImVec2(g.plot_max.x + g.scrollbar_w, g.plot_max.y));
        auto scroll = static_cast<ImS64>(st.scroll_y);
        if (ImGui::ScrollbarEx(bb, ImGui::GetID("##lanes_scroll"), ImGuiAxis_Y, &scroll,
                               static_cast<ImS64>(g.tasks_h),
                               static_cast<ImS64>(task_content_h(g, st)), ImDrawFlags_None))
            st.scroll_y = static_cast<float>(scroll);
    }

    if (hovered && !active) {
        const long li = lane_at(g, st, io.MousePos.y);
        if (li >= 0)
            tooltip(model.lanes[static_cast<std::size_t>(li)], st, map,
                    io.MousePos.x - g.plot_min.x, ctx);
    }
    ImGui::End();
}

} // namespace loopstep::app
