// Writing the back buffer to a PNG; see screenshot.h.
#include "app/screenshot.h"

#include <glad/gl.h>

#include <stb_image_write.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace loopstep::app {

bool save_back_buffer_png(const std::string& path, int width, int height, std::string* error) {
    if (width <= 0 || height <= 0) {
        *error = "the window has no pixels to save (" + std::to_string(width) + "x" +
                 std::to_string(height) + ")";
        return false;
    }
    const size_t row = static_cast<size_t>(width) * 3;
    std::vector<unsigned char> pixels(row * static_cast<size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (GLenum e = glGetError(); e != GL_NO_ERROR) {
        *error = "glReadPixels failed with GL error " + std::to_string(e);
        return false;
    }
    // GL's first row is the bottom one; PNG's is the top one.
    std::vector<unsigned char> swap(row);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* a = pixels.data() + row * static_cast<size_t>(y);
        unsigned char* b = pixels.data() + row * static_cast<size_t>(height - 1 - y);
        std::memcpy(swap.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, swap.data(), row);
    }
    if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), static_cast<int>(row))) {
        *error = "cannot write '" + path + "': " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace loopstep::app
