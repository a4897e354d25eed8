#include "speech/VoiceChoice.hpp"

#include <algorithm>

#include "core/Error.hpp"
#include "core/Ascii.hpp"
#include "core/LanguageTag.hpp"

namespace readcast {
namespace {

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
                            const VoiceCatalog& voices, std::string* fallback_note) {
    if (!requested.empty()) {
        if (auto profile = findProfile(voices_dir, requested)) return *profile;
        if (voices.has(requested)) return espeakOnly(requested, voices.languageOf(requested));
        throw Error(ExitCode::Voice, "unknown voice '" + requested + "': no profile " + voices_dir + "/" + requested +
                                         ".toml and no eSpeak NG voice of that name (see readcast voices)");
    }
    const std::string lang = primaryLanguage(language);
    const std::vector<NarratorProfile> profiles = listProfiles(voices_dir);
    // A profile for the article's region first: a British voice for "en-GB", a Latin American one for "es-MX".
    if (const std::string region = regionOf(language); !region.empty()) {
        for (const NarratorProfile& p : profiles) {
            if (primaryLanguage(p.language) != lang) continue;
            for (const std::string& r : p.regions) {
                if (r == region) return p;
            }
        }
    }
    const NarratorProfile* fallback = nullptr;
    for (const NarratorProfile& p : profiles) {
        if (primaryLanguage(p.language) != lang) continue;
        if (p.default_for_language) return p;
        if (fallback == nullptr) fallback = &p;
    }
    if (fallback != nullptr) return *fallback;
    // eSpeak NG's voice for the language as the article tags it ("pt-br"), else for the language alone.
    if (const std::string tag = lowerAscii(language); tag != lang && voices.has(tag)) return espeakOnly(tag, voices.languageOf(tag));
    if (voices.has(lang)) return espeakOnly(lang, voices.languageOf(lang));
    if (lang != "en") {
        NarratorProfile english = chooseVoice(voices_dir, "", "en", voices);
        if (fallback_note != nullptr) {
            *fallback_note = "no voice for language '" + language + "'; reading with " + english.name +
                             " (add a profile to " + voices_dir + " or pass --voice)";
        }
        return english;
    }
    throw Error(ExitCode::Voice, "no English voice: add a profile to " + voices_dir + " or pass --voice");
}

}  // namespace readcast
