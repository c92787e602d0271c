// The ImGui context, backends and per-frame layout; see ui.h.
#include "app/ui.h"

#include "app/dialogs.h"
#include "app/lesson_view.h"
#include "app/loop_view.h"
#include "app/menu_bar.h"
#include "app/source_view.h"
#include "app/status_bar.h"
#include "app/tasks_view.h"
#include "app/theme.h"
#include "app/view_context.h"
#include "core/record/recording.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace loopstep::app {

namespace {

std::string gl_string(GLenum name) {
    const GLubyte* s = glGetString(name);
    return s ? reinterpret_cast<const char*>(s) : "unknown";
}

// The open scenario's recording, made again when the document changes. The Tasks and Event loop
// panes show its last state until the controls move a cursor over it.
const record::Recording* recording_of(const AppState& state) {
    static std::shared_ptr<const record::Recording> rec;
    static std::uint64_t revision = 0;
    if (!state.doc) return nullptr;
    if (!rec || revision != state.doc_revision) {
        rec = record::record_program(state.doc->path.string(), state.doc->text).recording;
        revision = state.doc_revision;
    }
    return rec.get();
}

} // namespace

Ui::Ui(GLFWwindow* window, float scale) : scale_(scale), fonts_(scale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; nothing to remember between runs
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    theme::apply(scale);
    for (const LessonLanguage& l : lesson_languages) fonts_.add_text(l.name);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    gl_renderer_ = gl_string(GL_RENDERER);
    gl_version_ = gl_string(GL_VERSION);
}

Ui::~Ui() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

void Ui::frame(AppState& state) {
    const theme::Theme wanted = state.presentation ? theme::Theme::Projector : theme::Theme::Dark;
    if (wanted != theme::current()) theme::apply(scale_, wanted);
    // Presentation mode reads from the back of a classroom: half again as large.
    fonts_.set_user_scale(state.font_scale * (state.presentation ? 1.5f : 1.0f));
    for (const std::string& text : state.take_new_text()) fonts_.add_text(text);
    fonts_.set_language(state.lang);
    fonts_.rebuild_if_needed();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    const ViewContext ctx{fonts_, scale_, gl_renderer_, gl_version_, state.lang};
    handle_shortcuts(state);
    draw_menu_bar(state);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 origin = vp->WorkPos;
    const ImVec2 area = vp->WorkSize;
    const float status_h = ImGui::GetFrameHeight() + 6 * scale_;
    const float body_h = std::max(0.0f, area.y - status_h);
    const float lesson_w = std::clamp(area.x * 0.28f, 260 * scale_, 420 * scale_);
    draw_lesson_view(state, ctx, origin, ImVec2(lesson_w, body_h));
    const float right_w = std::max(0.0f, area.x - lesson_w);
    const record::Recording* rec = recording_of(state);
    const float source_h = rec ? std::round(body_h * 0.5f) : body_h;
    draw_source_view(state, ctx, ImVec2(origin.x + lesson_w, origin.y), ImVec2(right_w, source_h));
    if (rec) {
        const record::State at =
            rec->size() ? rec->state_at(rec->size() - 1) : rec->initial_state();
        const float tasks_w = std::round(right_w * 0.55f);
        const ImVec2 low(origin.x + lesson_w, origin.y + source_h);
        draw_tasks_view(*rec, at, state.selection, ctx, low, ImVec2(tasks_w, body_h - source_h));
        draw_loop_view(*rec, at, state.selection, ctx, ImVec2(low.x + tasks_w, low.y),
                       ImVec2(right_w - tasks_w, body_h - source_h));
    }
    draw_status_bar(state, ctx, ImVec2(origin.x, origin.y + body_h), ImVec2(area.x, status_h));
    draw_dialogs(state, ctx);

    ImGui::Render();
}

void Ui::render() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace loopstep::app
