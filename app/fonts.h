// The app's fonts: a UI face, a monospaced face for code and a bold face for headings, from the
// Noto Sans CJK collection (fonts-noto-cjk), so English, Korean and Japanese lessons all render.
// The atlas holds only the glyphs of text the app has actually shown (plus Latin and common
// symbols): all of Hangul and the kanji would take seconds to rasterise and a huge texture.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

class FontLibrary {
  public:
    // `scale` is the display's content scale (1 on an ordinary monitor).
    explicit FontLibrary(float scale);

    // Makes sure the glyphs of `utf8` will be in the atlas from the next rebuild on.
    void add_text(std::string_view utf8);
    // Picks the regional variant (Korean or Japanese glyph forms) for the lesson language, and
    // adds the glyphs of the interface's strings in that language (ui_text).
    void set_language(std::string_view lang);
    // Multiplies every font size by `factor` (Ctrl + / Ctrl -, presentation mode), from the next
    // rebuild on. Clamped to [min_user_scale, max_user_scale].
    void set_user_scale(float factor);
    float user_scale() const { return user_scale_; }
    static constexpr float min_user_scale = 0.6f;
    static constexpr float max_user_scale = 3.0f;

    // Rebuilds the atlas when glyphs or the language changed. Call between frames. The renderer's
    // font texture is replaced if it exists already; before the first frame the backend makes it.
    void rebuild_if_needed();

    ImFont* ui() const { return ui_; }
    ImFont* mono() const { return mono_; }
    ImFont* heading() const { return heading_; }
    // Where the faces came from, for Help ▸ About.
    const std::string& source() const { return source_; }

  private:
    float scale_;
    float user_scale_ = 1.0f;
    std::string lang_ = "en";
    bool dirty_ = true;
    ImFontGlyphRangesBuilder glyphs_;
    ImVector<ImWchar> ranges_;  // must outlive every atlas build that uses it
    std::vector<char> regular_; // font files, kept in memory so a rebuild does not re-read them
    std::vector<char> bold_;
    bool noto_ = false;
    std::string source_;
    ImFont* ui_ = nullptr;
    ImFont* mono_ = nullptr;
    ImFont* heading_ = nullptr;
};

} // namespace loopstep::app
