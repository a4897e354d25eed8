#include "speech/VoiceCatalog.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstring>

#include "core/Error.hpp"

namespace readcast {
namespace {

// espeak_VOICE::languages is a list of (priority byte, NUL-terminated name), ended by an empty name.
std::string languageList(const char* languages) {
    std::string out;
    for (const char* p = languages; p != nullptr && *p != '\0';) {
        const char* name = p + 1;
        if (!out.empty()) out += ", ";
        out += name;
        p = name + std::strlen(name) + 1;
    }
    return out;
}

VoiceCatalog readInstalled() {
    // Only the data path is needed to list voices; no audio is set up.
    espeak_ng_InitializePath(nullptr);
    std::vector<EspeakVoice> voices;
    for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v != nullptr && *v != nullptr; ++v) {
        voices.push_back({(*v)->name, (*v)->identifier, languageList((*v)->languages)});
    }
    if (voices.empty()) {
        throw Error(ExitCode::Synthesis, "eSpeak NG has no voices: its data files were not found (espeak-ng-data)");
    }
    espeak_VOICE spec{};
    spec.languages = "variant";
    std::vector<std::string> variants;
    for (const espeak_VOICE** v = espeak_ListVoices(&spec); v != nullptr && *v != nullptr; ++v) {
        const std::string id = (*v)->identifier;
        const std::size_t slash = id.find_last_of('/');
        variants.push_back(slash == std::string::npos ? id : id.substr(slash + 1));
    }
    return VoiceCatalog(std::move(voices), std::move(variants));
}

}  // namespace

const VoiceCatalog& VoiceCatalog::installed() {
    static const VoiceCatalog catalog = readInstalled();
    return catalog;
}

VoiceCatalog::VoiceCatalog(std::vector<EspeakVoice> voices, std::vector<std::string> variants)
    : voices_(std::move(voices)), variants_(std::move(variants)) {}

bool VoiceCatalog::has(const std::string& name) const {
    const std::size_t plus = name.find('+');
    const std::string base = name.substr(0, plus);
    if (plus != std::string::npos &&
        std::find(variants_.begin(), variants_.end(), name.substr(plus + 1)) == variants_.end()) {
        return false;
    }
    for (const EspeakVoice& v : voices_) {
        if (v.name == base || v.identifier == base) return true;
        const std::size_t slash = v.identifier.find_last_of('/');
        if (slash != std::string::npos && v.identifier.substr(slash + 1) == base) return true;
        const std::string languages = ", " + v.languages + ",";
        if (languages.find(", " + base + ",") != std::string::npos) return true;
    }
    return false;
}

}  // namespace readcast
