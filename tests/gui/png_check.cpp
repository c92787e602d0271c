// Checks a screenshot from `loopstep --screenshot`: it must be a PNG of the expected size that
// shows something, not one flat colour (a black frame is what a broken font texture or a failed
// GL context leaves), with text in the menu bar along the top.
// Usage: png_check FILE.png WIDTH HEIGHT
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unordered_map>

namespace {

unsigned colour_at(const unsigned char* p) {
    return (p[0] << 16) | (p[1] << 8) | p[2];
}

int fail(const char* what, const char* file) {
    std::fprintf(stderr, "png_check: %s: %s\n", file, what);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png_check FILE.png WIDTH HEIGHT\n");
        return 2;
    }
    const char* file = argv[1];
    const int want_w = std::atoi(argv[2]);
    const int want_h = std::atoi(argv[3]);
    int w = 0, h = 0, channels = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(file, &w, &h, &channels, 3),
                                                           stbi_image_free);
    if (!pixels) return fail(stbi_failure_reason(), file);
    std::printf("png_check: %s is %dx%d\n", file, w, h);
    if (w != want_w || h != want_h) {
        std::fprintf(stderr, "png_check: %s: size %dx%d, expected %dx%d\n", file, w, h, want_w,
                     want_h);
        return 1;
    }

    std::unordered_map<unsigned, long> counts;
    for (long i = 0; i < static_cast<long>(w) * h; ++i) ++counts[colour_at(pixels.get() + i * 3)];
    long dominant = 0;
    for (const auto& [colour, n] : counts) dominant = std::max(dominant, n);
    const double dominant_share = static_cast<double>(dominant) / (static_cast<double>(w) * h);
    std::printf("png_check: %zu distinct colours, the commonest covers %.1f%%\n", counts.size(),
                dominant_share * 100);
    // Anti-aliased text alone yields dozens of shades; a blank or single-colour frame yields one.
    if (counts.size() < 16) return fail("fewer than 16 distinct colours: the frame is blank", file);
    if (dominant_share > 0.95) return fail("one colour covers more than 95% of the frame", file);

    // The menu bar is the top rows; its labels make it more than one colour.
    const int band = std::min(h, 24);
    std::unordered_map<unsigned, long> top;
    for (long i = 0; i < static_cast<long>(w) * band; ++i) ++top[colour_at(pixels.get() + i * 3)];
    std::printf("png_check: %zu distinct colours in the top %d rows\n", top.size(), band);
    if (top.size() < 4) return fail("the top rows (the menu bar) show no text", file);
    return 0;
}
