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

#include <cstddef>
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
    int sampleRate() const { return tts_.sampleRate(); }
    std::size_t idleThreads() const { return tts_.idleThreads(); }
    Timeline narrate(const Script& script, PcmSink& sink) { return narrate(script, sink, 0, script.utterances.size()); }
    // Utterances [first, last) only, as if they were the whole script: the timeline counts from their
    // first sample and holds their timings alone.
    Timeline narrate(const Script& script, PcmSink& sink, std::size_t first, std::size_t last);

private:
    Synthesizer& tts_;
    NarratorVoices voices_;
};

}  // namespace readcast
