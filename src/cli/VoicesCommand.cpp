#include <cstdio>
#include <iostream>

#include "cli/Commands.hpp"
#include "speech/EspeakSynthesizer.hpp"
#include "speech/NarratorProfile.hpp"

namespace readcast {

void runVoices(const VoicesOptions& o) {
    std::cout << "Narrator profiles (" << o.voices_dir << "):\n";
    char line[512];
    for (const NarratorProfile& p : listProfiles(o.voices_dir)) {
        std::snprintf(line, sizeof line, "  %-14s %-6s %-14s %3d wpm  %s%s\n", p.name.c_str(), p.language.c_str(),
                      p.espeakName().c_str(), p.rate_wpm, p.default_for_language ? "[default] " : "",
                      p.description.c_str());
        std::cout << line;
    }
    const EspeakSynthesizer tts;
    std::cout << "\neSpeak NG voices (pass the first column to --voice; add +VARIANT for another speaker):\n";
    for (const EspeakVoice& v : tts.voices()) {
        const std::string code = v.languages.substr(0, v.languages.find(','));
        std::snprintf(line, sizeof line, "  %-14s %-28s %s\n", code.c_str(), v.name.c_str(), v.languages.c_str());
        std::cout << line;
    }
    std::cout << "\neSpeak NG variants:";
    for (const std::string& variant : tts.variants()) std::cout << ' ' << variant;
    std::cout << '\n';
}

}  // namespace readcast
