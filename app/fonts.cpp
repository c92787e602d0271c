// Loading and rebuilding the font atlas; see fonts.h. Without Noto CJK the app falls back to
// ImGui's built-in font: Latin only, so Korean and Japanese text then shows as "?".
#include "app/fonts.h"

#include "app/scenario_document.h"
#include "app/ui_text.h"

#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

namespace loopstep::app {

namespace {

constexpr float ui_size = 17.0f;
constexpr float mono_size = 17.0f;
constexpr float heading_size = 23.0f;

// Faces inside NotoSansCJK-*.ttc (fc-query lists them): proportional JP/KR, then Mono JP/KR.
constexpr int noto_sans_jp = 0, noto_sans_kr = 1, noto_mono_jp = 5, noto_mono_kr = 6;

const char* const noto_regular_paths[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
};
const char* const noto_bold_paths[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
};

template <size_t N>
std::vector<char> read_first(const char* const (&paths)[N], std::string* found) {
    for (const char* p : paths) {
        if (auto data = read_file(p, nullptr)) {
            *found = p;
            return std::vector<char>(data->begin(), data->end());
        }
    }
    return {};
}

} // namespace

FontLibrary::FontLibrary(float scale) : scale_(scale > 0 ? scale : 1.0f) {
    std::string regular_path, bold_path;
    regular_ = read_first(noto_regular_paths, &regular_path);
    bold_ = read_first(noto_bold_paths, &bold_path);
    noto_ = !regular_.empty();
    source_ = noto_ ? regular_path : "Dear ImGui's built-in font (install fonts-noto-cjk)";

    // Latin, punctuation, arrows, box drawing and geometric shapes. The CJK faces draw "…" as a
    // centred full-width ellipsis and have no "▸", so the UI's own strings use "..." and ">".
    static const ImWchar base_ranges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x2190,
                                          0x21FF, 0x2500, 0x25FF, 0};
    glyphs_.AddRanges(base_ranges);
}

void FontLibrary::add_text(std::string_view utf8) {
    ImFontGlyphRangesBuilder incoming;
    incoming.AddText(utf8.data(), utf8.data() + utf8.size());
    glyphs_.UsedChars.resize(incoming.UsedChars.Size);
    for (int i = 0; i < incoming.UsedChars.Size; ++i) {
        ImU32 fresh = incoming.UsedChars[i] & ~glyphs_.UsedChars[i];
        if (fresh) {
            glyphs_.UsedChars[i] |= fresh;
            dirty_ = true;
        }
    }
}

void FontLibrary::set_language(std::string_view lang) {
    if (lang == lang_) return;
    lang_ = std::string(lang);
    dirty_ = noto_ || dirty_;
    add_text(all_text(lang_));
}

void FontLibrary::set_user_scale(float factor) {
    factor = std::clamp(factor, min_user_scale, max_user_scale);
    if (factor == user_scale_) return;
    user_scale_ = factor;
    dirty_ = true;
}

void FontLibrary::rebuild_if_needed() {
    if (!dirty_) return;
    dirty_ = false;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const bool uploaded = atlas->TexID != nullptr; // Clear() forgets the texture id
    atlas->Clear();
    ranges_.clear();
    glyphs_.BuildRanges(&ranges_);

    if (!noto_) {
        ImFontConfig cfg;
        // The built-in bitmap font blurs when scaled by fractions; round to whole multiples.
        cfg.SizePixels = 13.0f * std::max(1.0f, std::round(scale_ * user_scale_));
        ui_ = mono_ = heading_ = atlas->AddFontDefault(&cfg);
    } else {
        const bool korean = lang_ == "ko";
        auto add = [&](std::vector<char>& data, int face, float size) {
            ImFontConfig cfg;
            cfg.FontDataOwnedByAtlas = false;
            cfg.FontNo = face;
            cfg.OversampleH = 2;
            cfg.OversampleV = 1;
            return atlas->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()),
                                               size * scale_ * user_scale_, &cfg, ranges_.Data);
        };
        ui_ = add(regular_, korean ? noto_sans_kr : noto_sans_jp, ui_size);
        mono_ = add(regular_, korean ? noto_mono_kr : noto_mono_jp, mono_size);
        heading_ = add(bold_.empty() ? regular_ : bold_, korean ? noto_sans_kr : noto_sans_jp,
                       heading_size);
    }
    atlas->Build();
    ImGui::GetIO().FontDefault = ui_;
    if (uploaded) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

} // namespace loopstep::app
