// The ImGui side of the app: the context and its GLFW/OpenGL3 backends, the fonts and theme, and
// the layout of one frame (menu bar, Lesson and Source panes, status bar, dialogs). main.cpp owns
// the window and the frame loop and calls in here once per frame.
#pragma once

#include "app/app_state.h"
#include "app/fonts.h"

#include <imgui.h>

#include <functional>
#include <string>

struct GLFWwindow;

namespace loopstep::app {

struct ViewContext;

// A pane drawn across the window under the others, given its place (the benchmark's timeline).
using BottomPane = std::function<void(const ViewContext&, ImVec2 pos, ImVec2 size)>;

class Ui {
  public:
    // Needs the window's GL context current. `scale` is the display's content scale.
    Ui(GLFWwindow* window, float scale);
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
};

} // namespace loopstep::app
