#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/Commands.hpp"
#include "core/Text.hpp"
#include "render/Render.hpp"

namespace readcast {
namespace {

std::string clock(double seconds) {
    char buf[32];
    const int whole = static_cast<int>(seconds);
    std::snprintf(buf, sizeof buf, "%d:%02d.%d", whole / 60, whole % 60, static_cast<int>((seconds - whole) * 10));
    return buf;
}

std::string decibels(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", value);
    return buf;
}

// To `digits` decimals, as the nearest double to the decimal (dividing, not multiplying by a step).
double rounded(double value, int digits) {
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

// Everything a batch tool or a feed builder needs from a render, as one object.
nlohmann::json describe(const RenderResult& r, const RenderJob& job) {
    const NarratorProfile& voice = r.narration.narrator;
    nlohmann::json sidecars = nlohmann::json::array();
    for (std::size_t i = 1; i < r.files.size(); ++i) sidecars.push_back(r.files[i]);
    nlohmann::json chapters = nlohmann::json::array();
    for (const ChapterMark& c : r.chapters) {
        chapters.push_back({{"title", c.title}, {"start_s", c.start_ms / 1000.0}, {"end_s", c.end_ms / 1000.0}});
    }
    const Article& a = r.narration.article;
    return {
        {"output", r.output},
        {"format", formatExtension(r.format).substr(1)},
        {"duration_s", rounded(r.seconds, 3)},
        {"bytes", r.bytes},
        {"loudness", {{"integrated_lufs", rounded(r.loudness_lufs, 2)},
                      {"true_peak_dbtp", rounded(r.true_peak_dbtp, 2)},
                      {"measured", r.loudness_measured_decoded ? "decoded file" : "encoder input"},
                      {"target_lufs", job.loudness_lufs ? nlohmann::json(*job.loudness_lufs) : nlohmann::json(nullptr)},
                      {"speech_lufs", rounded(r.speech_lufs, 2)},
                      {"gain_db", rounded(r.gain_db, 2)}}},
        {"utterances", r.narration.script.utterances.size()},
        {"chapters", chapters},
        {"sidecars", sidecars},
        {"article", {{"title", a.title}, {"byline", a.byline}, {"site", a.site}, {"language", a.language},
                     {"published", a.published ? a.published->iso() : ""}, {"url", a.url}}},
        {"voice", {{"profile", voice.name}, {"espeak_voice", voice.espeakName()}, {"rate_wpm", voice.settings.rate_wpm},
                   {"pitch", voice.settings.pitch}}},
        {"encoder", {{"sample_rate_hz", r.encoder.sample_rate_hz},
                     {"bitrate_kbps", r.format == AudioFormat::Mp3 && r.encoder.vbr_quality < 0 ? nlohmann::json(r.encoder.bitrate_kbps) : nlohmann::json(nullptr)},
                     {"vbr_quality", r.format == AudioFormat::Mp3 && r.encoder.vbr_quality >= 0 ? nlohmann::json(r.encoder.vbr_quality) : nlohmann::json(nullptr)}}},
        {"warnings", r.narration.warnings},
    };
}

}  // namespace

void runRender(const RenderOptions& o) {
    const RenderResult r = render(o.job);
    for (const std::string& warning : r.narration.warnings) std::cerr << "readcast: warning: " << printable(warning) << '\n';
    if (o.json) std::cout << describe(r, o.job).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (o.quiet || o.json) return;
    const NarratorProfile& voice = r.narration.narrator;
    std::cerr << "readcast: wrote " << (r.output == "-" ? std::string("stdout") : printable(r.output)) << ": " << clock(r.seconds)
              << ", " << r.narration.script.utterances.size() << " utterances, voice " << voice.name << " ("
              << voice.espeakName() << ", " << voice.settings.rate_wpm << " wpm), " << decibels(r.loudness_lufs) << " LUFS, true peak "
              << decibels(r.true_peak_dbtp) << " dBTP" << (r.loudness_measured_decoded ? "" : " (as given to the encoder)") << "\n";
}

}  // namespace readcast
