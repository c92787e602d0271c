// The ImGui side of the app: the context and its GLFW/OpenGL3 backends, the fonts and theme, and
// the layout of one frame (menu bar, controls, the six panes between draggable splitters, status
// bar, dialogs). main.cpp owns the window and the frame loop and calls in here once per frame.
#pragma once

#include "app/app_state.h"
#include "app/fonts.h"
#include "app/frame.h"
#include "app/layout.h"

#include <imgui.h>

#include <filesystem>
#include <functional>
#include <string>

struct GLFWwindow;

namespace loopstep::app {

class Ui {
  public:
    // Needs the window's GL context current. `scale` is the display's content scale. The pane
    // layout is kept in `ini_file` (empty: nothing is saved, as in screenshot mode).
    Ui(GLFWwindow* window, float scale, const std::filesystem::path& ini_file);
    ~Ui();
    Ui(const Ui&) = delete;
    Ui& operator=(const Ui&) = delete;

    // Builds the ImGui frame for `state`: call between glfwPollEvents() and render().
    void frame(AppState& state, const BottomPane& bottom = {});
    // Draws the frame into the current framebuffer.
    void render();

  private:
    float scale_;
    FontLibrary fonts_;
    std::string gl_renderer_;
    std::string gl_version_;
    std::string ini_file_; // ImGui keeps the pointer
    FrameState frame_;
};

} // namespace loopstep::app
