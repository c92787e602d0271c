// The ImGui context, backends and per-frame layout; see ui.h.
#include "app/ui.h"

#include "app/dialogs.h"
#include "app/lesson_view.h"
#include "app/menu_bar.h"
#include "app/source_view.h"
#include "app/status_bar.h"
#include "app/theme.h"
#include "app/view_context.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace loopstep::app {

namespace {

std::string gl_string(GLenum name) {
    const GLubyte* s = glGetString(name);
    return s ? reinterpret_cast<const char*>(s) : "unknown";
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

void Ui::frame(AppState& state, const BottomPane& bottom) {
    for (const std::string& text : state.take_new_text()) fonts_.add_text(text);
    fonts_.set_language(state.lang);
    fonts_.rebuild_if_needed();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    const ViewContext ctx{fonts_, scale_, gl_renderer_, gl_version_};
    handle_shortcuts(state);
    draw_menu_bar(state);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 origin = vp->WorkPos;
    const ImVec2 area = vp->WorkSize;
    const float status_h = ImGui::GetFrameHeight() + 6 * scale_;
    float body_h = std::max(0.0f, area.y - status_h);
    const float bottom_h = bottom ? std::floor(body_h * 0.45f) : 0;
    body_h -= bottom_h;
    const float lesson_w = std::clamp(area.x * 0.28f, 260 * scale_, 420 * scale_);
    draw_lesson_view(state, ctx, origin, ImVec2(lesson_w, body_h));
    draw_source_view(state, ctx, ImVec2(origin.x + lesson_w, origin.y),
                     ImVec2(std::max(0.0f, area.x - lesson_w), body_h));
    if (bottom) bottom(ctx, ImVec2(origin.x, origin.y + body_h), ImVec2(area.x, bottom_h));
    draw_status_bar(state, ctx, ImVec2(origin.x, origin.y + body_h + bottom_h),
                    ImVec2(area.x, status_h));
    draw_dialogs(state, ctx);

    ImGui::Render();
}

void Ui::render() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace loopstep::app
