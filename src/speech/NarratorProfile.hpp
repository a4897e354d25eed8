#pragma once
// A narrator profile: a small TOML file in voices/ naming the eSpeak NG voice and how it reads.
//
//   NarratorProfile p = loadProfile("voices/newsreader.toml");
//   auto all = listProfiles("voices");           // sorted by name
//   auto pick = findProfile("voices", "anchor"); // nullopt when there is no voices/anchor.toml

#include <optional>
#include <string>
#include <vector>

#include "model/Pauses.hpp"
#include "model/VoiceSettings.hpp"

namespace readcast {

struct NarratorProfile {
    std::string name;                 // file name without .toml
    std::string description;
    std::string language = "en";      // BCP 47; the profile reads articles in this language
    bool default_for_language = false;
    // Regions whose articles this profile reads by default, before the language's default ("GB", "IE"
    // for a British voice; "MX", "419" for a Latin American one), upper case.
    std::vector<std::string> regions;
    std::string espeak_voice = "en-us";
    std::string variant;              // eSpeak NG variant ("m3", "f2"); empty for the voice's own
    // Another voice for the headline and headings ("en-gb", "f3"); empty: the body's.
    std::string heading_espeak_voice;
    std::string heading_variant;
    VoiceSettings settings;           // rate in words per minute and pitch
    Pauses pauses;
    // [framing] intro/outro: replace voices/framing.toml's for this narrator ("" says nothing).
    std::optional<std::string> intro_template;
    std::optional<std::string> outro_template;

    // "en-us+m3": the name eSpeak NG's espeak_SetVoiceByName takes.
    std::string espeakName() const;
    // The same for the headline and headings: empty when they use the body's voice.
    std::string headingEspeakName() const;
};

// voices/framing.toml is not a profile: it holds what is said around articles, by language.
inline constexpr const char* kFramingFile = "framing";

NarratorProfile loadProfile(const std::string& path);
// The profile in `text`, as if read from `path` (which names it and its errors).
NarratorProfile parseProfile(const std::string& text, const std::string& path);
std::vector<NarratorProfile> listProfiles(const std::string& voices_dir);
std::optional<NarratorProfile> findProfile(const std::string& voices_dir, const std::string& name);

}  // namespace readcast
