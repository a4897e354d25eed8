#pragma once
// The voices and variants eSpeak NG has installed, read from its data folder without starting the
// synthesizer: choosing a voice (`readcast script`, `readcast voices`) needs the list, not audio.
//
//   const VoiceCatalog& voices = VoiceCatalog::installed();
//   voices.has("en-gb+f2");   // a voice eSpeak NG knows, with a variant it has

#include <string>
#include <vector>

#include "core/Ascii.hpp"

namespace readcast {

struct EspeakVoice {
    std::string name;        // "English (Great Britain)"
    std::string identifier;  // file under espeak-ng-data/voices or lang: "gmw/en-GB-x-rp"
    std::string languages;   // "en-gb, en"
};

class VoiceCatalog {
public:
    // Read once per process. Throws Error(ExitCode::Synthesis) when eSpeak NG's data is missing.
    static const VoiceCatalog& installed();
    VoiceCatalog(std::vector<EspeakVoice> voices, std::vector<std::string> variants);

    const std::vector<EspeakVoice>& voices() const { return voices_; }
    const std::vector<std::string>& variants() const { return variants_; }
    // "en-gb", "gmw/en", "English (Great Britain)", each optionally with "+VARIANT".
    bool has(const std::string& name) const { return !identifierOf(name).empty(); }
    // What eSpeak NG's espeak_SetVoiceByName takes for `name`: the voice file's identifier with the
    // variant ("en-gb+f3" -> "gmw/en+f3"); "" when there is no such voice or variant. eSpeak NG finds
    // voices by file, so a language code such as "en-gb" must be resolved first.
    std::string identifierOf(const std::string& name) const;
    // The name each voice is listed and chosen by: its first language code, or its file name when
    // another voice has the same first code. Each name is listed once and resolves to its own voice.
    std::vector<std::string> listedNames() const;
    // The language a voice speaks: its first language code ("gmw/en+f3" -> "en-gb"); "" when unknown.
    std::string languageOf(const std::string& name) const;

private:
    std::vector<EspeakVoice> voices_;
    std::vector<std::string> variants_;
};

}  // namespace readcast
