#include "speech/VoiceChoice.hpp"

#include <algorithm>

#include "core/Error.hpp"
#include "core/LanguageTag.hpp"

namespace readcast {
namespace {

// "en-gb+f2": a voice named, filed or listed for the language "en-gb", and a variant "f2" that exists.
bool espeakHasVoice(const EspeakSynthesizer& tts, const std::string& name) {
    const std::size_t plus = name.find('+');
    const std::string base = name.substr(0, plus);
    if (plus != std::string::npos) {
        const std::vector<std::string> variants = tts.variants();
        if (std::find(variants.begin(), variants.end(), name.substr(plus + 1)) == variants.end()) return false;
    }
    for (const EspeakVoice& v : tts.voices()) {
        if (v.name == base || v.identifier == base) return true;
        const std::size_t slash = v.identifier.find_last_of('/');
        if (slash != std::string::npos && v.identifier.substr(slash + 1) == base) return true;
        const std::string languages = ", " + v.languages + ",";
        if (languages.find(", " + base + ",") != std::string::npos) return true;
    }
    return false;
}

NarratorProfile espeakOnly(const std::string& espeakName, const std::string& language) {
    NarratorProfile p;
    p.name = espeakName;
    p.language = language;
    const std::size_t plus = espeakName.find('+');
    p.espeak_voice = espeakName.substr(0, plus);
    if (plus != std::string::npos) p.variant = espeakName.substr(plus + 1);
    return p;
}

}  // namespace

NarratorProfile chooseVoice(const std::string& voices_dir, const std::string& requested, const std::string& language,
                            const EspeakSynthesizer& tts, std::string* fallback_note) {
    if (!requested.empty()) {
        if (auto profile = findProfile(voices_dir, requested)) return *profile;
        if (espeakHasVoice(tts, requested)) return espeakOnly(requested, language);
        throw Error(ExitCode::Voice, "unknown voice '" + requested + "': no profile " + voices_dir + "/" + requested +
                                         ".toml and no eSpeak NG voice of that name (see readcast voices)");
    }
    const std::string lang = primaryLanguage(language);
    const std::vector<NarratorProfile> profiles = listProfiles(voices_dir);
    const NarratorProfile* fallback = nullptr;
    for (const NarratorProfile& p : profiles) {
        if (primaryLanguage(p.language) != lang) continue;
        if (p.default_for_language) return p;
        if (fallback == nullptr) fallback = &p;
    }
    if (fallback != nullptr) return *fallback;
    if (espeakHasVoice(tts, lang)) return espeakOnly(lang, language);
    if (lang != "en") {
        NarratorProfile english = chooseVoice(voices_dir, "", "en", tts);
        if (fallback_note != nullptr) {
            *fallback_note = "no voice for language '" + language + "'; reading with " + english.name +
                             " (add a profile to " + voices_dir + " or pass --voice)";
        }
        return english;
    }
    throw Error(ExitCode::Voice, "no English voice: add a profile to " + voices_dir + " or pass --voice");
}

}  // namespace readcast
