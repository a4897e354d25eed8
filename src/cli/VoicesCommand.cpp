#include <cstdio>
#include <iostream>

#include "cli/Commands.hpp"
#include "core/Install.hpp"
#include "speech/NarratorProfile.hpp"
#include "speech/VoiceCatalog.hpp"

namespace readcast {

void runVoices(const VoicesOptions& o) {
    const std::string voicesDir = o.voices_dir.empty() ? defaultVoicesDir() : o.voices_dir;
    std::cout << "Narrator profiles (" << voicesDir << "):\n";
    char line[512];
    for (const NarratorProfile& p : listProfiles(voicesDir)) {
        std::snprintf(line, sizeof line, "  %-14s %-6s %-14s %3d wpm  %s%s\n", p.name.c_str(), p.language.c_str(),
                      p.espeakName().c_str(), p.settings.rate_wpm, p.default_for_language ? "[default] " : "",
                      p.description.c_str());
        std::cout << line;
    }
    const VoiceCatalog& catalog = VoiceCatalog::installed();
    std::cout << "\neSpeak NG voices (pass the first column to --voice; add +VARIANT for another speaker):\n";
    const std::vector<std::string> names = catalog.listedNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const EspeakVoice& v = catalog.voices()[i];
        const std::string& code = names[i];
        std::snprintf(line, sizeof line, "  %-14s %-28s %s\n", code.c_str(), v.name.c_str(), v.languages.c_str());
        std::cout << line;
    }
    std::cout << "\neSpeak NG variants:";
    for (const std::string& variant : catalog.variants()) std::cout << ' ' << variant;
    std::cout << '\n';
}

}  // namespace readcast
