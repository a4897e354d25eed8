#include <cstdio>
#include <iostream>

#include "cli/Commands.hpp"
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

}  // namespace

void runRender(const RenderOptions& o) {
    const RenderResult r = render(o.job);
    for (const std::string& warning : r.narration.warnings) std::cerr << "readcast: warning: " << warning << '\n';
    if (o.quiet) return;
    const NarratorProfile& voice = r.narration.narrator;
    std::cerr << "readcast: wrote " << (r.output == "-" ? std::string("stdout") : r.output) << ": " << clock(r.seconds)
              << ", " << r.narration.script.utterances.size() << " utterances, voice " << voice.name << " ("
              << voice.espeakName() << ", " << voice.settings.rate_wpm << " wpm), " << decibels(r.loudness_lufs) << " LUFS, true peak "
              << decibels(r.true_peak_dbtp) << " dBTP\n";
}

}  // namespace readcast
