#pragma once
// What the narrator needs from a speech engine: a voice, and text turned into samples. eSpeak NG is
// the one real implementation (EspeakSynthesizer); tests drive the whole chain with a fake one.
//
//   Synthesizer& tts = ...;
//   tts.setVoice("en-us+m3", VoiceSettings{165, 45});
//   std::vector<float> pcm;
//   tts.speak("Hello there.", "", pcm);       // appends mono samples in [-1, 1] at tts.sampleRate()
//   tts.speak("Путин", "ru", pcm);            // with the engine's voice for Russian, then back

#include <string>
#include <vector>

#include "model/VoiceSettings.hpp"

namespace readcast {

class Synthesizer {
public:
    virtual ~Synthesizer() = default;
    virtual int sampleRate() const = 0;
    // The voice every later call speaks with. Throws Error(ExitCode::Voice) when it cannot be used.
    virtual void setVoice(const std::string& voice, const VoiceSettings& settings) = 0;
    // Appends the samples of `text`. A non-empty `language` asks for the engine's voice for that
    // language (a name written in another script), at the same rate; the current voice when it has none.
    virtual void speak(const std::string& text, const std::string& language, std::vector<float>& pcm) = 0;
};

}  // namespace readcast
