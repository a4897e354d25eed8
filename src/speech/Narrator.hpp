#pragma once
// Speaks a Script into a PcmSink: each utterance through the synthesizer, its own leading and
// trailing silence trimmed as it streams (SilenceTrimmer), then the script's pause after it. No
// utterance is held whole. Returns where each utterance sits in the audio, in samples at the synthesizer's rate.
// The caller owns the sink's lifetime: it calls init() before and done() after, so that it can finish
// what depends on the timeline (tags, chapters) before the output is closed.
//
//   Narrator narrator(tts);
//   sink.init(tts.sampleRate());
//   Timeline t = narrator.narrate(script, sink);
//   sink.done();

#include <string>
#include <utility>

#include "model/PcmSink.hpp"
#include "model/VoiceSettings.hpp"
#include "model/Script.hpp"
#include "model/Timeline.hpp"
#include "speech/Synthesizer.hpp"

namespace readcast {

// The voices a narration uses: the body's, and optionally another for the headline and headings.
struct NarratorVoices {
    std::string body;           // "en-us+m3"
    std::string headings;       // empty: the body's
    VoiceSettings settings;
};

class Narrator {
public:
    explicit Narrator(Synthesizer& tts) : tts_(tts) {}
    // Switches the synthesizer between the two voices as the roles change; starts with the body's.
    Narrator(Synthesizer& tts, NarratorVoices voices) : tts_(tts), voices_(std::move(voices)) {}
    Timeline narrate(const Script& script, PcmSink& sink);

private:
    Synthesizer& tts_;
    NarratorVoices voices_;
};

}  // namespace readcast
