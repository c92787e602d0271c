// The ImGui context and its backends, the theme and fonts; the frame itself is in frame.cpp. See
// ui.h.
#include "app/ui.h"

#include "app/frame.h"
#include "app/theme.h"
#include "app/view_context.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace loopstep::app {

namespace {

std::string gl_string(GLenum name) {
    const GLubyte* s = glGetString(name);
    return s ? reinterpret_cast<const char*>(s) : "unknown";
}

} // namespace

Ui::Ui(GLFWwindow* window, float scale, const std::filesystem::path& ini_file)
    : scale_(scale), fonts_(scale), ini_file_(ini_file.string()) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = ini_file_.empty() ? nullptr : ini_file_.c_str();
    // No keyboard navigation of widgets: the arrow keys and Space step through the program.
    register_layout_settings(frame_.layout);
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
    state.watch_file(ImGui::GetTime());
    draw_frame(state, ctx, frame_, bottom);
    ImGui::Render();
}

void Ui::render() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace loopstep::app
